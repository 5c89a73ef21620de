import { z } from 'zod';
import { MAX_RUN_EVENTS, type RunEvent, type SessionRun } from './run-log';
import { stateAt, type SessionState } from './state-at';

export const EXTEND_SEC = 5 * 60;
export const EXTEND_RECOVERY_SEC = 10 * 60;
/** A repeat press of the same control this soon after the first is a double click, not a decision. */
export const DOUBLE_PRESS_GUARD_MS = 800;

export const Control = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('nextPhase') }),
  z.object({ type: z.literal('extend') }),
  z.object({ type: z.literal('dose') }),
  /** The dose's real time as staff correct it (session clock, epoch ms). */
  z.object({ type: z.literal('correctDose'), doseAt: z.number().finite() }),
  z.object({ type: z.literal('endTreatment') }),
  z.object({ type: z.literal('extendRecovery') }),
  z.object({ type: z.literal('quiet') }),
  z.object({ type: z.literal('soundBack') }),
  z.object({ type: z.literal('staffLightOn') }),
  z.object({ type: z.literal('staffLightOff') }),
  z.object({ type: z.literal('reminderDone'), reminderId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('checklist'), itemId: z.string().min(1).max(50), done: z.boolean() }),
  /** Reported by the window that plays the sound, not pressed: the room's output went, or came back. */
  z.object({ type: z.literal('outputLost') }),
  z.object({ type: z.literal('outputBack') }),
  z.object({
    type: z.literal('close'),
    /** Required before the earliest discharge: one of the session's early-close reasons, by id. */
    reasonId: z.string().min(1).max(40).optional(),
    /** Staff saw the unticked checklist items named and chose to close anyway. */
    uncheckedConfirmed: z.boolean().optional(),
  }),
]);
export type Control = z.infer<typeof Control>;

export type ControlResult = { ok: true; run: SessionRun; ignored: boolean } | { ok: false; reason: string };

/** Why nothing more can be recorded in a session that has logged all it may. */
export const LOG_FULL =
  `This session's log holds ${MAX_RUN_EVENTS.toLocaleString('en-US')} entries, the most one session keeps. ` +
  'Close the session and start a new one to go on.';

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
  dose: 'dose',
  correctDose: 'correctDose',
  endTreatment: 'endTreatment',
  extendRecovery: 'extendRecovery',
  reminderDone: 'reminderDone',
  checklist: 'checklist',
  close: 'close',
  outputLost: 'outputLost',
  outputBack: 'outputBack',
};

/** What the sound's window reports rather than staff press: a device that comes and goes fast is no double click. */
const REPORTS: ReadonlySet<Control['type']> = new Set(['outputLost', 'outputBack']);

/** Which on-screen button a control or a logged event came from; items have a button each. */
export function buttonOf(entry: { type: string; reminderId?: string; itemId?: string }): string {
  const button = BUTTON[entry.type as Control['type']] ?? entry.type;
  return `${button}:${entry.reminderId ?? entry.itemId ?? ''}`;
}

/** The controls that make sense in a state, as one answer for the console and for the check below. */
export function availableControls(state: SessionState, run: SessionRun): Set<Control['type']> {
  const available = new Set<Control['type']>();
  if (state.status === 'closed') return available;
  const inTreatment = state.status === 'treatment';
  const lastTreatment = state.phaseIndex >= run.program.phases.length - 2;
  available.add(state.paused ? 'resume' : 'pause');
  available.add(state.sound.quiet ? 'soundBack' : 'quiet');
  available.add(state.light.staffLight ? 'staffLightOff' : 'staffLightOn');
  available.add(state.outputLostSince === null ? 'outputLost' : 'outputBack');
  if (state.awaitingDose) available.add('dose');
  if (state.dose) available.add('correctDose');
  if (inTreatment && !state.awaitingDose && !lastTreatment) available.add('nextPhase');
  if (inTreatment && !state.awaitingDose) available.add('extend');
  if (inTreatment) available.add('endTreatment');
  if (!inTreatment) available.add('extendRecovery');
  if (state.dueReminders.length > 0) available.add('reminderDone');
  if (!inTreatment) available.add('checklist').add('close');
  return available;
}

/** Why a control cannot apply now, in words staff can act on. */
const REFUSALS: Record<Control['type'], (state: SessionState) => string> = {
  pause: () => 'The session is already paused.',
  resume: () => 'The session is not paused.',
  nextPhase: (s) =>
    s.awaitingDose
      ? 'The session waits for the dose. Press Dose given when it is given.'
      : s.status !== 'treatment'
        ? 'Treatment has ended; there is no next phase.'
        : 'This is the last treatment phase. Press End treatment when the treatment ends.',
  extend: (s) =>
    s.awaitingDose
      ? 'Settling in lasts until the dose; there is nothing to extend.'
      : 'Treatment has ended; use Extend recovery instead.',
  dose: (s) => (s.dose ? 'The dose is already marked. Use Change to correct its time.' : 'Treatment has ended.'),
  correctDose: () => 'No dose is marked yet. Press Dose given first.',
  endTreatment: () => 'Treatment has already ended.',
  extendRecovery: () => 'Recovery has not begun. End treatment first.',
  quiet: () => 'Sound is already quiet.',
  soundBack: () => 'Sound is not quiet.',
  staffLightOn: () => 'Staff light is already on.',
  staffLightOff: () => 'Staff light is not on.',
  reminderDone: () => 'That reminder is not due.',
  checklist: () => 'The discharge checklist opens when treatment ends.',
  close: () => 'End treatment before closing the session.',
  outputLost: () => 'The sound output is already noted as lost.',
  outputBack: () => 'The sound output was not lost.',
};

const uncheckedLabels = (state: SessionState) => state.checklist.filter((item) => !item.done).map((item) => item.label);

/** A check of the control's own details, once the control itself is available. */
function detailRefusal(control: Control, state: SessionState, run: SessionRun, at: number): string | null {
  switch (control.type) {
    case 'reminderDone':
      return state.dueReminders.some((d) => d.reminder.id === control.reminderId) ? null : 'That reminder is not due.';
    case 'checklist':
      return state.checklist.some((item) => item.id === control.itemId) ? null : 'That checklist item does not exist.';
    case 'correctDose':
      return control.doseAt < run.events[0]!.at || control.doseAt > at
        ? 'The dose time must lie between the start of the session and now.'
        : null;
    case 'close': {
      const unchecked = uncheckedLabels(state);
      if (unchecked.length > 0 && !control.uncheckedConfirmed)
        return `Not ticked: ${unchecked.join(', ')}. Tick them, or confirm closing without them.`;
      if (state.status === 'dischargeReady') return null;
      if (control.reasonId === undefined)
        return 'The earliest discharge has not been reached. Choose why the session closes now.';
      return run.earlyCloseReasons.some((r) => r.id === control.reasonId) ? null : 'Choose one of the listed reasons.';
    }
    default:
      return null;
  }
}

function toEvent(control: Control, at: number, state: SessionState, run: SessionRun): RunEvent {
  switch (control.type) {
    case 'extend':
      return { type: 'extend', at, sec: EXTEND_SEC };
    case 'extendRecovery':
      return { type: 'extendRecovery', at, sec: EXTEND_RECOVERY_SEC };
    case 'correctDose':
      return { type: 'doseCorrected', at, doseAt: control.doseAt };
    case 'reminderDone':
      return { type: 'reminderDone', at, reminderId: control.reminderId };
    case 'checklist':
      return { type: 'checklist', at, itemId: control.itemId, done: control.done };
    case 'close': {
      const early = state.status !== 'dischargeReady';
      return {
        type: 'close',
        at,
        early,
        reason: early ? (run.earlyCloseReasons.find((r) => r.id === control.reasonId)?.label ?? null) : null,
        unchecked: uncheckedLabels(state),
      };
    }
    default:
      return { type: control.type, at };
  }
}

/**
 * Records a control in the run log, or says clearly why it cannot apply now. The double-press
 * guard counts from the previous press of the same button: `sincePreviousPressMs` as the caller
 * measured it on its monotonic clock (null when it saw none), or else from the log, where a
 * clock that reads earlier than the last entry can tell nothing, so nothing is ignored.
 */
export function applyControl(
  run: SessionRun,
  control: Control,
  now: number,
  options: { sincePreviousPressMs?: number | null } = {},
): ControlResult {
  const last = run.events.at(-1)!;
  const sincePrevious = REPORTS.has(control.type)
    ? null
    : options.sincePreviousPressMs !== undefined
      ? options.sincePreviousPressMs
      : last.type !== 'start' && buttonOf(last) === buttonOf(control)
        ? now - last.at
        : null;
  if (sincePrevious !== null && sincePrevious >= 0 && sincePrevious < DOUBLE_PRESS_GUARD_MS) {
    return { ok: true, run, ignored: true };
  }
  // What is saved must load again: the log stops short of its limit, keeping the last place for Close.
  if (run.events.length >= MAX_RUN_EVENTS - (control.type === 'close' ? 0 : 1)) {
    return { ok: false, reason: LOG_FULL };
  }
  // The log stays in time order even if the clock reads a little behind its last entry.
  const at = Math.max(now, last.at);
  const state = stateAt(run, at);
  if (state.status === 'closed') return { ok: false, reason: 'The session is already closed.' };
  if (!availableControls(state, run).has(control.type)) return { ok: false, reason: REFUSALS[control.type](state) };
  const reason = detailRefusal(control, state, run, at);
  if (reason) return { ok: false, reason };
  return { ok: true, run: { ...run, events: [...run.events, toEvent(control, at, state, run)] }, ignored: false };
}
