import type { RoomStateMessage } from './room-state';

/** A room that has sent nothing for this long is shown as Not reporting (three missed heartbeats). */
export const NOT_REPORTING_AFTER_MS = 30_000;

/** What the board knows of one room: its last state, its availability and when it last heard from it. */
export interface BoardRoom {
  roomId: string;
  state: RoomStateMessage | null;
  /** False once the broker published the room's last will (`offline`). */
  online: boolean;
  /** On the board's own clock. */
  lastHeardAt: number;
}

/** Offline, or silent for 30 s: the board no longer knows what happens in the room. Since when, if so. */
export function notReportingSince(room: BoardRoom, now: number): number | null {
  if (!room.online) return room.lastHeardAt;
  return now - room.lastHeardAt >= NOT_REPORTING_AFTER_MS ? room.lastHeardAt : null;
}

/**
 * Lower needs attention sooner: a due check, then a room that stopped reporting, a sound alert,
 * a patient ready for discharge, a running session, and last an idle room.
 */
export function attentionRank(room: BoardRoom, now: number): number {
  const state = room.state;
  if (state && state.dueChecks.length > 0 && room.online) return 0;
  if (notReportingSince(room, now) !== null) return 1;
  if (state === null) return 5;
  if (state.soundAlerts.length > 0) return 2;
  if (state.status === 'dischargeReady') return 3;
  if (state.status === 'treatment' || state.status === 'recovery') return 4;
  return 5;
}

/** The moment that orders rooms of the same rank: the oldest due check, else the next one due. */
function urgency(room: BoardRoom): number {
  const state = room.state;
  return state?.dueChecks[0]?.dueAt ?? state?.nextCheck?.dueAt ?? state?.earliestDischargeAt ?? Infinity;
}

/** The rooms in the order the board shows them: what needs attention first, then by name. */
export function sortByAttention(rooms: readonly BoardRoom[], now: number): BoardRoom[] {
  const name = (room: BoardRoom) => room.state?.roomName ?? room.roomId;
  return [...rooms].sort(
    (a, b) =>
      attentionRank(a, now) - attentionRank(b, now) ||
      urgency(a) - urgency(b) ||
      name(a).localeCompare(name(b)) ||
      a.roomId.localeCompare(b.roomId),
  );
}
