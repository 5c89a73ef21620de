import { describeLength, formatClock } from '../session/format';
import { notReportingSince, type BoardRoom } from './board-rooms';

/** What one room's card on the clinic board says, on the board computer's clock. */
export interface BoardCard {
  roomId: string;
  roomName: string;
  /** The phase, or what the room is doing when there is none to name. */
  headline: string;
  /** "Not reporting for 2 min", when the board no longer knows. */
  notReporting: string | null;
  sinceDose: string | null;
  dueChecks: { text: string; when: string }[];
  nextCheck: { text: string; at: number; when: string } | null;
  discharge: { at: number; when: string } | null;
  flags: string[];
  alerts: string[];
}

const STATUS_WORDS = {
  idle: 'No session',
  treatment: 'Treatment',
  recovery: 'Recovery',
  dischargeReady: 'Minimum time reached',
  closed: 'Session closed',
} as const;

const ago = (ms: number) => `${describeLength(ms / 1000)} ago`;
const within = (ms: number) => (ms <= 0 ? 'now' : `in ${describeLength(ms / 1000)}`);

/**
 * A room's card at `now`. The room's clocks go on from what it last said: its times are moved
 * onto the board's clock by when the board heard them, so two computers' clocks need not agree.
 */
export function boardCard(room: BoardRoom, now: number): BoardCard {
  const state = room.state;
  const silentSince = notReportingSince(room, now);
  const base = {
    roomId: room.roomId,
    roomName: state?.roomName || room.roomId,
    notReporting: silentSince === null ? null : `Not reporting for ${describeLength((now - silentSince) / 1000)}`,
  };
  if (!state) {
    return {
      ...base,
      headline: 'Nothing heard yet',
      sinceDose: null,
      dueChecks: [],
      nextCheck: null,
      discharge: null,
      flags: [],
      alerts: [],
    };
  }
  const shift = room.lastHeardAt - state.writtenAt;
  const running = state.status !== 'idle' && state.status !== 'closed';
  const elapsedSec = running && silentSince === null ? Math.max(0, now - room.lastHeardAt) / 1000 : 0;
  const headline = state.status === 'dischargeReady' || !state.phase ? STATUS_WORDS[state.status] : state.phase;
  const nextAt = state.nextCheck && state.nextCheck.dueAt + shift;
  const dischargeAt = state.earliestDischargeAt === null ? null : state.earliestDischargeAt + shift;
  return {
    ...base,
    headline,
    sinceDose: state.sinceDoseSec === null ? null : formatClock(state.sinceDoseSec + elapsedSec),
    dueChecks: state.dueChecks.map((check) => ({ text: check.text, when: `due ${ago(now - (check.dueAt + shift))}` })),
    nextCheck:
      state.nextCheck && nextAt !== null
        ? { text: state.nextCheck.text, at: nextAt, when: within(nextAt - now) }
        : null,
    discharge:
      dischargeAt === null
        ? null
        : { at: dischargeAt, when: dischargeAt <= now ? 'Minimum time reached' : within(dischargeAt - now) },
    flags: [state.paused && 'Paused', state.quiet && 'Quiet', state.staffLight && 'Staff light'].filter(
      (flag): flag is string => typeof flag === 'string',
    ),
    alerts: state.soundAlerts.map((alert) => alert.text),
  };
}
