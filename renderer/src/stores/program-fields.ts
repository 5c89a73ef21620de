import {
  nextLocalId,
  withChecklist,
  withNewReminder,
  withNewTreatmentPhase,
  withPreDosePhase,
  withoutPhase,
  withoutReminder,
  withPhase,
  withPhaseMoved,
  withReminder,
} from '@domain/session/program-edits';
import type { JourneySound } from '@domain/music/journey';
import type { Phase, PhaseRole, Program } from '@domain/session/program';
import { copyName, newClinicId } from './collection-editor-model';
import type { Edit as EditOf } from './editor-model';
import { minutesToSec, parseTyped, percentToFraction } from './units';

/**
 * Each field of the program editor as an edit for the editor store: what it changes (typed
 * minutes and percentages converted to the schema's seconds and fractions), where its errors
 * show and what Undo calls it.
 */

type Edit = EditOf<Program>;

const phaseIndex = (program: Program, phaseId: string) => program.phases.findIndex((p) => p.id === phaseId);
const reminderIndex = (program: Program, id: string) => program.reminders.findIndex((r) => r.id === id);
const phaseName = (program: Program, phaseId: string) =>
  program.phases.find((p) => p.id === phaseId)?.name.trim() || 'phase';

/** The program's name or description, as typed. */
export function programText(field: 'name' | 'description', text: string): Edit {
  return {
    part: field,
    label: field === 'name' ? 'program name' : 'description',
    at: [field],
    value: text,
    next: (program) => ({ ...program, [field]: text }),
    typing: true,
  };
}

/** A phase field typed as text: its name, or a number of minutes, seconds or percent. */
export type PhaseTypedField = 'name' | 'durationMin' | 'levelPct' | 'fadeSec' | 'volumePct';

const PHASE_FIELDS: Record<
  PhaseTypedField,
  { label: string; path: PropertyKey[]; apply: (phase: Phase, text: string) => Phase }
> = {
  name: { label: 'name', path: ['name'], apply: (phase, text) => ({ ...phase, name: text }) },
  durationMin: {
    label: 'length',
    path: ['durationSec'],
    apply: (phase, text) => ({ ...phase, durationSec: minutesToSec(parseTyped(text)) }),
  },
  levelPct: {
    label: 'light level',
    path: ['light', 'levelPct'],
    apply: (phase, text) => ({ ...phase, light: { ...phase.light, levelPct: parseTyped(text) } }),
  },
  fadeSec: {
    label: 'light fade',
    path: ['light', 'fadeSec'],
    apply: (phase, text) => ({ ...phase, light: { ...phase.light, fadeSec: parseTyped(text) } }),
  },
  volumePct: {
    label: 'volume',
    path: ['sound', 'volume'],
    apply: (phase, text) => ({ ...phase, sound: { ...phase.sound, volume: percentToFraction(parseTyped(text)) } }),
  },
};

/** One of a phase's typed fields. */
export function phaseTyped(program: Program, phaseId: string, field: PhaseTypedField, text: string): Edit {
  const { label, path, apply } = PHASE_FIELDS[field];
  const isRecovery = program.phases.find((p) => p.id === phaseId)?.kind === 'recovery';
  return {
    part: `phase.${phaseId}.${field}`,
    label: isRecovery && field === 'durationMin' ? 'recovery length' : `${phaseName(program, phaseId)} ${label}`,
    at: ['phases', phaseIndex(program, phaseId), ...path],
    value: text,
    next: (p) => withPhase(p, phaseId, (phase) => apply(phase, text)),
    typing: true,
  };
}

/** What a phase plays, keeping its volume. */
export function phaseSound(program: Program, phaseId: string, sound: JourneySound): Edit {
  return {
    part: `phase.${phaseId}.sound`,
    label: `${phaseName(program, phaseId)} sound`,
    at: ['phases', phaseIndex(program, phaseId), 'sound'],
    value: sound,
    next: (p) => withPhase(p, phaseId, (phase) => ({ ...phase, sound: { ...sound, volume: phase.sound.volume } })),
  };
}

/** Which part of a journey a phase plays; null works it out from the phase's place. */
export function phaseRoleEdit(program: Program, phaseId: string, role: PhaseRole | null): Edit {
  return {
    part: `phase.${phaseId}.role`,
    label: `${phaseName(program, phaseId)} part of the journey`,
    at: ['phases', phaseIndex(program, phaseId), 'role'],
    value: role,
    next: (p) => withPhase(p, phaseId, ({ role: _old, ...phase }) => (role === null ? phase : { ...phase, role })),
  };
}

/** Changes of the phase list as a whole: add, remove, move. */
export function phaseList(
  program: Program,
  change: { add: true } | { addPreDose: true } | { remove: string } | { move: string; by: -1 | 1 },
): Edit {
  if ('add' in change) {
    return { part: 'phases', label: 'added phase', at: [], value: null, next: withNewTreatmentPhase };
  }
  if ('addPreDose' in change) {
    return { part: 'phases', label: 'added settling in', at: [], value: null, next: withPreDosePhase };
  }
  if ('remove' in change) {
    const name = phaseName(program, change.remove);
    return {
      part: 'phases',
      label: `removed ${name}`,
      at: [],
      value: null,
      next: (p) => withoutPhase(p, change.remove),
    };
  }
  return {
    part: 'phases',
    label: `moved ${phaseName(program, change.move)}`,
    at: [],
    value: null,
    next: (p) => withPhaseMoved(p, change.move, change.by),
  };
}

/** A reminder's text or minutes, as typed. */
export function reminderTyped(program: Program, id: string, field: 'text' | 'atMin', text: string): Edit {
  return {
    part: `reminder.${id}.${field}`,
    label: field === 'text' ? 'reminder text' : 'reminder time',
    at: ['reminders', reminderIndex(program, id), field === 'text' ? 'text' : 'atSec'],
    value: text,
    next: (p) =>
      withReminder(p, id, (r) => (field === 'text' ? { ...r, text } : { ...r, atSec: minutesToSec(parseTyped(text)) })),
    typing: true,
  };
}

/** What a reminder's time counts from: the dose (null) or the real start of a phase. */
export function reminderFrom(program: Program, id: string, phaseId: string | null): Edit {
  return {
    part: `reminder.${id}.from`,
    label: 'when a reminder is counted from',
    at: ['reminders', reminderIndex(program, id), 'phaseId'],
    value: phaseId,
    next: (p) => withReminder(p, id, ({ phaseId: _old, ...r }) => (phaseId === null ? r : { ...r, phaseId })),
  };
}

/** Adds a reminder, or removes one. */
export function reminderList(change: { add: true } | { remove: string }): Edit {
  if ('add' in change)
    return { part: 'reminders', label: 'added reminder', at: [], value: null, next: withNewReminder };
  return {
    part: 'reminders',
    label: 'removed reminder',
    at: [],
    value: null,
    next: (p) => withoutReminder(p, change.remove),
  };
}

/** The earliest discharge, in minutes from the dose as typed. */
export function minimumObservation(text: string): Edit {
  return {
    part: 'minimumObservationSec',
    label: 'minimum observation',
    at: ['minimumObservationSec'],
    value: text,
    next: (p) => ({ ...p, minimumObservationSec: minutesToSec(parseTyped(text)) }),
    typing: true,
  };
}

/** The program's own discharge items: one added, renamed as typed, or removed. */
export function programChecklist(
  program: Program,
  change: { add: true } | { rename: string; label: string } | { remove: string },
): Edit {
  const items = program.checklist;
  if ('add' in change) {
    const id = nextLocalId(
      'item',
      items.map((item) => item.id),
    );
    return {
      part: 'checklist',
      label: 'added discharge item',
      at: ['checklist', items.length],
      value: null,
      next: (p) => withChecklist(p, [...p.checklist, { id, label: 'New discharge item' }]),
    };
  }
  if ('remove' in change) {
    return {
      part: 'checklist',
      label: 'removed discharge item',
      at: [],
      value: null,
      next: (p) =>
        withChecklist(
          p,
          p.checklist.filter((item) => item.id !== change.remove),
        ),
    };
  }
  return {
    part: `checklist.${change.rename}`,
    label: 'discharge item',
    at: ['checklist', items.findIndex((item) => item.id === change.rename), 'label'],
    value: change.label,
    next: (p) =>
      withChecklist(
        p,
        p.checklist.map((item) => (item.id === change.rename ? { ...item, label: change.label } : item)),
      ),
    typing: true,
  };
}

/** A copy of any program as the clinic's own, under a new id and name. */
export function programCopy(program: Program, taken: readonly Program[], id = newClinicId()): Program {
  return {
    ...structuredClone(program),
    id,
    name: copyName(
      program.name,
      taken.map((p) => p.name),
    ),
  };
}
