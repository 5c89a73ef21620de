import { z } from 'zod';
import { stateAt } from '../session/state-at';
import type { SessionRun } from '../session/run-log';
import { RoomId } from './topics';

/** Raised when a field's meaning changes; a board shows a room on a newer version as not readable. */
export const ROOM_STATE_VERSION = 1;

const epochMs = z.number().int().nonnegative();
const seconds = z.number().nonnegative();
const label = z.string().max(120);
const Check = z.object({ text: label, dueAt: epochMs }).strict();

/**
 * What a room publishes on `stillroom/<clinic>/<room>/state`. Only the room's clocks, plan and
 * alerts: nothing about the patient (no intention, no journey, no typed text, no names).
 * Times are epoch milliseconds on the room's clock; durations are as of `writtenAt`.
 */
export const RoomStateMessage = z
  .object({
    version: z.literal(ROOM_STATE_VERSION),
    roomId: RoomId,
    /** The room's name as staff set it: a label only; the room id is what identifies it. */
    roomName: label,
    status: z.enum(['idle', 'treatment', 'recovery', 'dischargeReady', 'closed']),
    program: label.nullable(),
    phase: label.nullable(),
    /** Until the phase's planned end; null while it waits for the dose or outside a session. */
    phaseLeftSec: seconds.nullable(),
    /** Real time since the dose; null before Dose given. */
    sinceDoseSec: seconds.nullable(),
    paused: z.boolean(),
    quiet: z.boolean(),
    staffLight: z.boolean(),
    lightPct: z.number().min(0).max(100).nullable(),
    /** Reminders due and not yet done, oldest first. */
    dueChecks: z.array(Check).max(48),
    nextCheck: Check.nullable(),
    earliestDischargeAt: epochMs.nullable(),
    soundAlerts: z.array(z.object({ text: label, since: epochMs }).strict()).max(8),
    writtenAt: epochMs,
  })
  .strict();
export type RoomStateMessage = z.infer<typeof RoomStateMessage>;

/** The room as the board names it: its stable id and its name, which is only a label. */
export interface RoomLabel {
  id: string;
  name: string;
}

/** The room's state at `now` as it goes on the wire; `run` is null when no session is open. */
export function roomStateMessage(room: RoomLabel, run: SessionRun | null, now: number): RoomStateMessage {
  const idle = {
    version: ROOM_STATE_VERSION,
    roomId: room.id,
    roomName: room.name,
    writtenAt: Math.round(now),
  } as const;
  if (run === null) {
    return {
      ...idle,
      status: 'idle',
      program: null,
      phase: null,
      phaseLeftSec: null,
      sinceDoseSec: null,
      paused: false,
      quiet: false,
      staffLight: false,
      lightPct: null,
      dueChecks: [],
      nextCheck: null,
      earliestDischargeAt: null,
      soundAlerts: [],
    };
  }
  const state = stateAt(run, now);
  const check = ({ reminder, dueAt }: { reminder: { text: string }; dueAt: number }) => ({
    text: reminder.text,
    dueAt: Math.round(dueAt),
  });
  return {
    ...idle,
    status: state.status,
    program: run.program.name,
    phase: state.phase.name,
    phaseLeftSec: Number.isFinite(state.phaseRemainingSec) ? Math.round(state.phaseRemainingSec) : null,
    sinceDoseSec: state.sinceDoseSec === null ? null : Math.floor(state.sinceDoseSec),
    paused: state.paused,
    quiet: state.sound.quiet,
    staffLight: state.light.staffLight,
    lightPct: Math.round(state.light.levelPct),
    dueChecks: state.dueReminders.map(check),
    nextCheck: state.nextReminder && check(state.nextReminder),
    earliestDischargeAt: state.earliestDischargeAt === null ? null : Math.round(state.earliestDischargeAt),
    soundAlerts:
      state.outputLostSince === null
        ? []
        : [{ text: 'Sound output lost: no sound in the room', since: Math.round(state.outputLostSince) }],
  };
}
