import { z } from 'zod';
import type { RunEvent, SessionRun } from './run-log';
import { stateAt, type SessionState } from './state-at';

export const EXTEND_SEC = 5 * 60;
/** A repeat press of the same control this soon after the first is a double click, not a decision. */
export const DOUBLE_PRESS_GUARD_MS = 800;

export const Control = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('nextPhase') }),
  z.object({ type: z.literal('extend') }),
  z.object({ type: z.literal('endTreatment') }),
  z.object({ type: z.literal('quiet') }),
  z.object({ type: z.literal('soundBack') }),
  z.object({ type: z.literal('staffLightOn') }),
  z.object({ type: z.literal('staffLightOff') }),
  z.object({ type: z.literal('reminderDone'), reminderId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('checklist'), itemId: z.string().min(1).max(40), done: z.boolean() }),
  z.object({ type: z.literal('close') }),
]);
export type Control = z.infer<typeof Control>;

export type ControlResult = { ok: true; run: SessionRun; ignored: boolean } | { ok: false; reason: string };

/** Controls that share one button on the console, so a double click is caught across the pair. */
const BUTTON: Record<Control['type'], string> = {
  pause: 'pause',
  resume: 'pause',
  quiet: 'quiet',
  soundBack: 'quiet',
  staffLightOn: 'staffLight',
  staffLightOff: 'staffLight',
  nextPhase: 'nextPhase',
  extend: 'extend',
  endTreatment: 'endTreatment',
  reminderDone: 'reminderDone',
  checklist: 'checklist',
  close: 'close',
};

/** Which on-screen button a control or a logged event came from; items have a button each. */
function buttonOf(entry: { type: string; reminderId?: string; itemId?: string }): string {
  const button = BUTTON[entry.type as Control['type']] ?? entry.type;
  return `${button}:${entry.reminderId ?? entry.itemId ?? ''}`;
}

function refusal(control: Control, state: SessionState, run: SessionRun): string | null {
  if (state.status === 'closed') return 'The session is already closed.';
  const inTreatment = state.status === 'treatment';
  const lastTreatment = run.program.phases.length - 2;
  switch (control.type) {
    case 'pause':
      return state.paused ? 'The session is already paused.' : null;
    case 'resume':
      return state.paused ? null : 'The session is not paused.';
    case 'nextPhase':
      if (!inTreatment) return 'Treatment has ended; there is no next phase.';
      return state.phaseIndex >= lastTreatment
        ? 'This is the last treatment phase. Press End treatment when the treatment ends.'
        : null;
    case 'extend':
      return inTreatment ? null : 'Treatment has ended; recovery cannot be extended.';
    case 'endTreatment':
      return inTreatment ? null : 'Treatment has already ended.';
    case 'quiet':
      return state.sound.quiet ? 'Sound is already quiet.' : null;
    case 'soundBack':
      return state.sound.quiet ? null : 'Sound is not quiet.';
    case 'staffLightOn':
      return state.light.staffLight ? 'Staff light is already on.' : null;
    case 'staffLightOff':
      return state.light.staffLight ? null : 'Staff light is not on.';
    case 'reminderDone':
      return state.dueReminders.some((d) => d.reminder.id === control.reminderId) ? null : 'That reminder is not due.';
    case 'checklist':
      if (!state.checklist.some((item) => item.id === control.itemId)) return 'That checklist item does not exist.';
      return state.status === 'treatment' ? 'The discharge checklist opens when treatment ends.' : null;
    case 'close':
      return null;
  }
}

function toEvent(control: Control, at: number, state: SessionState): RunEvent {
  switch (control.type) {
    case 'extend':
      return { type: 'extend', at, sec: EXTEND_SEC };
    case 'reminderDone':
      return { type: 'reminderDone', at, reminderId: control.reminderId };
    case 'checklist':
      return { type: 'checklist', at, itemId: control.itemId, done: control.done };
    case 'close':
      return { type: 'close', at, early: state.status !== 'dischargeReady' };
    default:
      return { type: control.type, at };
  }
}

/** Records a control in the run log, or says clearly why it cannot apply now. */
export function applyControl(run: SessionRun, control: Control, now: number): ControlResult {
  const last = run.events.at(-1)!;
  // The session clock is monotonic, but a restored log may end a little ahead of it.
  const at = Math.max(now, last.at);
  if (last.type !== 'start' && buttonOf(last) === buttonOf(control) && at - last.at < DOUBLE_PRESS_GUARD_MS) {
    return { ok: true, run, ignored: true };
  }
  const state = stateAt(run, at);
  const reason = refusal(control, state, run);
  if (reason) return { ok: false, reason };
  return { ok: true, run: { ...run, events: [...run.events, toEvent(control, at, state)] }, ignored: false };
}
