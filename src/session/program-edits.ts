import type { ChecklistItem } from './checklist';
import { hasPreDosePhase, treatmentPhases, type Phase, type Program, type Reminder } from './program';

/**
 * The changes a clinic makes to one of its programs, as plain functions from program to
 * program. None of them validates: the editor checks every result against `Program` before
 * it is kept, so an invalid one is shown and never saved.
 */

const MINUTE = 60;

/** `<prefix>-<n>` numbered past every `<prefix>-<n>` in use, so a new phase or reminder never takes an old id. */
export function nextLocalId(prefix: string, ids: readonly string[]): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  const used = ids.map((id) => Number(pattern.exec(id)?.[1] ?? 0));
  return `${prefix}-${Math.max(0, ...used) + 1}`;
}

/** Changes one phase, found by id. */
export function withPhase(program: Program, phaseId: string, change: (phase: Phase) => Phase): Program {
  return { ...program, phases: program.phases.map((p) => (p.id === phaseId ? change(p) : p)) };
}

/** Changes one reminder, found by id. */
export function withReminder(program: Program, reminderId: string, change: (r: Reminder) => Reminder): Program {
  return { ...program, reminders: program.reminders.map((r) => (r.id === reminderId ? change(r) : r)) };
}

/**
 * A new treatment phase just before recovery, ten minutes long, lit and sounding like the
 * treatment phase before it so the room does not change until the clinic says so.
 */
export function withNewTreatmentPhase(program: Program): Program {
  const recovery = program.phases.at(-1)!;
  const before = program.phases.slice(0, -1);
  const model = before.at(-1) ?? recovery;
  const phase: Phase = {
    id: nextLocalId(
      'phase',
      program.phases.map((p) => p.id),
    ),
    name: `Phase ${treatmentPhases(program).length + 1}`,
    kind: 'treatment',
    durationSec: 10 * MINUTE,
    light: { ...model.light },
    sound: { ...model.sound },
  };
  return { ...program, phases: [...before, phase, recovery] };
}

/**
 * A settling-in phase before the dose, for a program that has none: open-ended until Dose
 * given, the room lit softly with calm sound.
 */
export function withPreDosePhase(program: Program): Program {
  if (hasPreDosePhase(program)) return program;
  const phase: Phase = {
    id: nextLocalId(
      'settling',
      program.phases.map((p) => p.id),
    ),
    name: 'Settling in',
    kind: 'preDose',
    durationSec: 10 * MINUTE,
    light: { levelPct: 50, fadeSec: 60 },
    sound: { ambience: 'soft-rain', volume: 0.6 },
  };
  return { ...program, phases: [phase, ...program.phases] };
}

/**
 * Planned start of each phase counted from the dose: the first treatment phase begins at the
 * dose. A pre-dose phase counts as the dose itself, which is what Start session marks once it
 * is gone.
 */
function phaseStarts(program: Program): Map<string, number> {
  const starts = new Map<string, number>();
  let at = 0;
  for (const phase of program.phases) {
    starts.set(phase.id, at);
    if (phase.kind !== 'preDose') at += phase.durationSec;
  }
  return starts;
}

/**
 * Removes a phase before recovery. Reminders counted from its start keep their moment: they
 * are counted from the dose instead, at the time the phase was planned to begin plus their own
 * offset. The recovery phase is never removed.
 */
export function withoutPhase(program: Program, phaseId: string): Program {
  const phase = program.phases.find((p) => p.id === phaseId);
  if (!phase || phase.kind === 'recovery') return program;
  const start = phaseStarts(program).get(phaseId)!;
  return {
    ...program,
    phases: program.phases.filter((p) => p.id !== phaseId),
    reminders: program.reminders.map((r) => {
      if (r.phaseId !== phaseId) return r;
      const { phaseId: _gone, ...rest } = r;
      return { ...rest, atSec: start + r.atSec };
    }),
  };
}

/**
 * True when the phase can move one place up (-1) or down (+1): treatment phases only, among
 * themselves; settling in stays first and recovery last.
 */
export function canMovePhase(program: Program, phaseId: string, by: -1 | 1): boolean {
  const index = program.phases.findIndex((p) => p.id === phaseId);
  const target = index + by;
  const firstTreatment = hasPreDosePhase(program) ? 1 : 0;
  const lastTreatment = program.phases.length - 2;
  return (
    index >= 0 && program.phases[index]!.kind === 'treatment' && target >= firstTreatment && target <= lastTreatment
  );
}

/** Moves a treatment phase one place up or down among the treatment phases. */
export function withPhaseMoved(program: Program, phaseId: string, by: -1 | 1): Program {
  if (!canMovePhase(program, phaseId, by)) return program;
  const phases = [...program.phases];
  const index = phases.findIndex((p) => p.id === phaseId);
  [phases[index], phases[index + by]] = [phases[index + by]!, phases[index]!];
  return { ...program, phases };
}

/** A new reminder ten minutes after the dose, with wording the clinic is expected to change. */
export function withNewReminder(program: Program): Program {
  const reminder: Reminder = {
    id: nextLocalId(
      'reminder',
      program.reminders.map((r) => r.id),
    ),
    text: 'Check on the patient',
    atSec: 10 * MINUTE,
  };
  return { ...program, reminders: [...program.reminders, reminder] };
}

/** Removes a reminder. */
export function withoutReminder(program: Program, reminderId: string): Program {
  return { ...program, reminders: program.reminders.filter((r) => r.id !== reminderId) };
}

/** The program's own discharge items, changed as a whole list (add, rename, remove). */
export function withChecklist(program: Program, checklist: ChecklistItem[]): Program {
  return { ...program, checklist };
}
