import { soundPlanAt, type SoundPlan } from '../audio/sound-plan';
import { lightLevelAt } from '../light/light-plan';
import type { Phase, Reminder } from './program';
import type { SessionRun } from './run-log';
import { Timeline } from './timeline';

export type SessionStatus = 'treatment' | 'recovery' | 'dischargeReady' | 'closed';

export interface DueReminder {
  reminder: Reminder;
  /** Session second at which it became due. */
  dueSec: number;
}

/** Everything the room should be doing at one moment of a session. */
export interface SessionState {
  status: SessionStatus;
  paused: boolean;
  /** Session time: seconds since start, less time spent paused. */
  elapsedSec: number;
  phaseIndex: number;
  phase: Phase;
  phaseElapsedSec: number;
  /** Until the phase's planned end; 0 when the last treatment phase runs over. */
  phaseRemainingSec: number;
  /** How far past its planned end the treatment runs while End treatment is awaited. */
  treatmentOvertimeSec: number;
  /** Until the earliest planned discharge; null before recovery. */
  recoveryRemainingSec: number | null;
  light: { levelPct: number; staffLight: boolean };
  sound: SoundPlan & { quiet: boolean };
  dueReminders: DueReminder[];
  /** The discharge checklist and what has been ticked. */
  checklist: { id: string; label: string; done: boolean }[];
  /** Session second at which the next reminder falls due, if one is still ahead. */
  nextReminderSec: number | null;
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
  const { program, events } = timeline;
  const elapsedSec = timeline.activeSec(now);
  const segments = timeline.segments(elapsedSec);
  const current = segments.at(-1)!;
  const closed = events.some((e) => e.type === 'close');

  let recoveryRemainingSec: number | null = null;
  const treatmentEnd = timeline.treatmentEndSec;
  if (treatmentEnd !== null && treatmentEnd <= elapsedSec) {
    const earliestDischarge = Math.max(treatmentEnd + current.phase.durationSec, program.minimumObservationSec);
    recoveryRemainingSec = Math.max(0, earliestDischarge - elapsedSec);
  }

  const status: SessionStatus = closed
    ? 'closed'
    : recoveryRemainingSec === null
      ? 'treatment'
      : recoveryRemainingSec > 0
        ? 'recovery'
        : 'dischargeReady';

  const phaseElapsedSec = elapsedSec - current.startSec;
  const inTreatment = current.phase.kind === 'treatment';
  const plannedEnd = inTreatment
    ? Math.min(current.endSec, timeline.plannedTreatmentEndSec)
    : current.startSec + current.phase.durationSec;

  return {
    status,
    paused: timeline.pausedSince !== null,
    elapsedSec,
    phaseIndex: current.phaseIndex,
    phase: current.phase,
    phaseElapsedSec,
    phaseRemainingSec: Math.max(0, plannedEnd - elapsedSec),
    treatmentOvertimeSec: inTreatment ? Math.max(0, elapsedSec - timeline.plannedTreatmentEndSec) : 0,
    recoveryRemainingSec,
    light: lightLevelAt(timeline, now),
    checklist: run.checklist.map((item) => ({ ...item, done: checklistDone(events, item.id) })),
    sound: { ...soundPlanAt(timeline, now), quiet: lastOf(events, 'quiet', 'soundBack') },
    ...(closed ? { dueReminders: [], nextReminderSec: null } : reminders(run, timeline, elapsedSec)),
  };
}

function checklistDone(events: SessionRun['events'], itemId: string): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'checklist' && event.itemId === itemId) return event.done;
  }
  return false;
}

function reminders(
  run: SessionRun,
  timeline: Timeline,
  elapsedSec: number,
): { dueReminders: DueReminder[]; nextReminderSec: number | null } {
  const done = new Set(timeline.events.flatMap((e) => (e.type === 'reminderDone' ? [e.reminderId] : [])));
  const segments = timeline.segments(elapsedSec);
  const due: DueReminder[] = [];
  let nextReminderSec: number | null = null;
  for (const reminder of run.program.reminders) {
    if (done.has(reminder.id)) continue;
    let base = 0;
    if (reminder.phaseId !== undefined) {
      const segment = segments.find((s) => s.phase.id === reminder.phaseId);
      if (!segment) continue;
      base = segment.startSec;
    }
    const dueSec = base + reminder.atSec;
    if (dueSec <= elapsedSec) due.push({ reminder, dueSec });
    else nextReminderSec = Math.min(nextReminderSec ?? Infinity, dueSec);
  }
  return { dueReminders: due.sort((a, b) => a.dueSec - b.dueSec), nextReminderSec };
}
