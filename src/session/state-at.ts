import { soundPlanAt, type SoundPlan } from '../audio/sound-plan';
import { lightLevelAt } from '../light/light-plan';
import type { Phase, Reminder } from './program';
import type { SessionRun } from './run-log';
import { Timeline } from './timeline';

export type SessionStatus = 'treatment' | 'recovery' | 'dischargeReady' | 'closed';

/** How long after Start session a dose not yet marked earns a quiet nudge. */
export const DOSE_NUDGE_MS = 10 * 60_000;

export interface DueReminder {
  reminder: Reminder;
  /** The real moment (session clock, epoch ms) it fell due. */
  dueAt: number;
}

/** Everything the room should be doing at one moment of a session. */
export interface SessionState {
  status: SessionStatus;
  paused: boolean;
  /** Program time: seconds since start, less time spent paused. Phases, sound and light follow it. */
  programSec: number;
  /** Real seconds since the dose; null before Dose given. Pausing never holds it. */
  sinceDoseSec: number | null;
  /** The dose's real time and whether staff corrected it; null before Dose given. */
  dose: { at: number; corrected: boolean } | null;
  /** The pre-dose phase runs and waits for Dose given. */
  awaitingDose: boolean;
  /** Ten minutes after Start session and still no dose marked: say so, quietly. */
  doseNudge: boolean;
  phaseIndex: number;
  phase: Phase;
  phaseElapsedSec: number;
  /** Until the phase's planned end; 0 when the last treatment phase runs over, Infinity before the dose. */
  phaseRemainingSec: number;
  /** How far past its planned end the treatment runs while End treatment is awaited. */
  treatmentOvertimeSec: number;
  /**
   * The earliest discharge (real time): the later of End treatment plus the recovery length (and
   * any extensions) and the dose plus the program's minimum observation. Null before End treatment.
   */
  earliestDischargeAt: number | null;
  /** Real seconds until the earliest discharge; null before recovery. */
  recoveryRemainingSec: number | null;
  light: { levelPct: number; staffLight: boolean };
  sound: SoundPlan & { quiet: boolean };
  dueReminders: DueReminder[];
  /** The reminder that falls due next, if one is still ahead (the clinic board names it). */
  nextReminder: DueReminder | null;
  /** The discharge checklist and what has been ticked. */
  checklist: { id: string; label: string; done: boolean }[];
  /** The next real moment a reminder or the dose nudge falls due, if one is still ahead. */
  nextDueAt: number | null;
  /** When the room's sound output was lost, while it still is; null while sound has somewhere to go. */
  outputLostSince: number | null;
}

function lastOf<T extends string>(events: { type: string }[], on: T, off: string): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const type = events[i]!.type;
    if (type === on) return true;
    if (type === off) return false;
  }
  return false;
}

/** The state of a session at moment `now` (session clock, epoch ms), from its run log alone. */
export function stateAt(run: SessionRun, now: number): SessionState {
  const timeline = new Timeline(run, now);
  const { events } = timeline;
  const closedAt = events.find((e) => e.type === 'close')?.at ?? null;
  const closed = closedAt !== null;
  // A closed session's clocks stop at the close; only its sound and light go on fading.
  const clockAt = closedAt ?? now;
  const programSec = timeline.activeSec(clockAt);
  const segments = timeline.segments(programSec);
  const current = segments.at(-1)!;
  const doseAt = timeline.doseAt;
  const awaitingDose = current.phase.kind === 'preDose' && doseAt === null;

  const earliestDischargeAt = earliestDischarge(timeline);
  const recoveryRemainingSec =
    earliestDischargeAt === null ? null : Math.max(0, (earliestDischargeAt - clockAt) / 1000);

  const status: SessionStatus = closed
    ? 'closed'
    : recoveryRemainingSec === null
      ? 'treatment'
      : recoveryRemainingSec > 0
        ? 'recovery'
        : 'dischargeReady';

  const inTreatment = current.phase.kind !== 'recovery';
  const plannedEnd = inTreatment
    ? Math.min(current.endSec, timeline.plannedTreatmentEndSec)
    : current.startSec + current.phase.durationSec;
  const nudgeAt = timeline.startedAt + DOSE_NUDGE_MS;
  const due = closed ? { dueReminders: [], nextReminder: null } : reminders(run, timeline, programSec, now);
  const nudgeAhead = awaitingDose && !closed && nudgeAt > now ? nudgeAt : null;

  return {
    status,
    paused: timeline.pausedSince !== null,
    programSec,
    sinceDoseSec: doseAt === null ? null : Math.max(0, (clockAt - doseAt) / 1000),
    dose: doseAt === null ? null : { at: doseAt, corrected: timeline.doseCorrected },
    awaitingDose,
    doseNudge: awaitingDose && !closed && now >= nudgeAt,
    phaseIndex: current.phaseIndex,
    phase: current.phase,
    phaseElapsedSec: programSec - current.startSec,
    phaseRemainingSec: Math.max(0, plannedEnd - programSec),
    treatmentOvertimeSec: inTreatment ? Math.max(0, programSec - timeline.plannedTreatmentEndSec) : 0,
    earliestDischargeAt,
    recoveryRemainingSec,
    light: lightLevelAt(timeline, now),
    checklist: run.checklist.map((item) => ({ ...item, done: checklistDone(events, item.id) })),
    sound: { ...soundPlanAt(timeline, now), quiet: lastOf(events, 'quiet', 'soundBack') },
    dueReminders: due.dueReminders,
    nextReminder: due.nextReminder,
    nextDueAt: earliest(due.nextReminder?.dueAt ?? null, nudgeAhead),
    outputLostSince: closed ? null : outputLostSince(events),
  };
}

/** When the room's sound output was last lost, if it has not come back since. */
export function outputLostSince(events: SessionRun['events']): number | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'outputLost') return event.at;
    if (event.type === 'outputBack') return null;
  }
  return null;
}

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * The earliest discharge in real time, or null before End treatment. Each Extend recovery adds
 * its time to the later of the earliest discharge so far and the moment it was pressed.
 */
function earliestDischarge(timeline: Timeline): number | null {
  const ended = timeline.treatmentEnded;
  if (!ended) return null;
  const { program } = timeline;
  const recoverySec = program.phases.at(-1)!.durationSec;
  const doseAt = timeline.doseAt;
  let at = Math.max(
    ended.at + recoverySec * 1000,
    doseAt === null ? -Infinity : doseAt + program.minimumObservationSec * 1000,
  );
  for (const event of timeline.events) {
    if (event.type === 'extendRecovery') at = Math.max(at, event.at) + event.sec * 1000;
  }
  return at;
}

function checklistDone(events: SessionRun['events'], itemId: string): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'checklist' && event.itemId === itemId) return event.done;
  }
  return false;
}

/**
 * Reminders run in real time: from the dose, or from the real moment their phase began. A
 * reminder counted from the dose waits until the dose is marked.
 */
function reminders(
  run: SessionRun,
  timeline: Timeline,
  programSec: number,
  now: number,
): { dueReminders: DueReminder[]; nextReminder: DueReminder | null } {
  const done = new Set(timeline.events.flatMap((e) => (e.type === 'reminderDone' ? [e.reminderId] : [])));
  const segments = timeline.segments(programSec);
  const due: DueReminder[] = [];
  let next: DueReminder | null = null;
  for (const reminder of run.program.reminders) {
    if (done.has(reminder.id)) continue;
    const from =
      reminder.phaseId === undefined
        ? timeline.doseAt
        : (segments.find((s) => s.phase.id === reminder.phaseId)?.startedAt ?? null);
    if (from === null || from === Infinity) continue;
    const dueAt = from + reminder.atSec * 1000;
    if (dueAt <= now) due.push({ reminder, dueAt });
    else if (next === null || dueAt < next.dueAt) next = { reminder, dueAt };
  }
  return { dueReminders: due.sort((a, b) => a.dueAt - b.dueAt), nextReminder: next };
}
