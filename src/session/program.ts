import { z } from 'zod';
import { AMBIENCE_IDS } from '../audio/ambience';
import { ChecklistItem, MAX_CHECKLIST_ITEMS } from './checklist';
import { describeIssues } from '../zod-issues';

/** Limits that keep a program sane to run and to show on one screen. */
export const PROGRAM_LIMITS = {
  maxPhases: 24,
  maxReminders: 48,
  maxPhaseSec: 8 * 60 * 60,
  maxFadeSec: 30 * 60,
  maxNameLength: 80,
} as const;

const name = z.string().trim().min(1, 'must not be empty').max(PROGRAM_LIMITS.maxNameLength);
const seconds = (max: number) => z.number().finite('must be a finite number').min(0, 'must not be negative').max(max);

/**
 * `preDose`: the open-ended settling before the dose, left only by Dose given; `treatment`:
 * phases timed from the dose; `recovery`: always last, begun by End treatment.
 */
export const PhaseKind = z.enum(['preDose', 'treatment', 'recovery']);
export type PhaseKind = z.infer<typeof PhaseKind>;

/** What part of the journey a phase is, so a journey can give each part its own music. */
export const PHASE_ROLES = ['settling', 'opening', 'deep', 'closing', 'recovery'] as const;
export const PhaseRole = z.enum(PHASE_ROLES);
export type PhaseRole = z.infer<typeof PhaseRole>;

const volume = z.number().min(0).max(1);

/** What a phase plays: a built-in ambience loop, or one of the clinic's playlists. */
export const PhaseSound = z.union([
  z.object({ ambience: z.enum(AMBIENCE_IDS), volume }).strict(),
  z.object({ playlistId: z.string().min(1).max(100), volume }).strict(),
]);
export type PhaseSound = z.infer<typeof PhaseSound>;

/** Phases whose sounds share this key play as one uninterrupted sound. */
export function soundKey(sound: PhaseSound): string {
  return 'ambience' in sound ? `ambience:${sound.ambience}` : `playlist:${sound.playlistId}`;
}

export const Phase = z.object({
  id: z.string().min(1).max(100),
  name,
  kind: PhaseKind,
  /** Planned length on the program clock; for a pre-dose phase, its usual length (it lasts until the dose). */
  durationSec: seconds(PROGRAM_LIMITS.maxPhaseSec).positive('must be longer than zero'),
  light: z.object({
    levelPct: z.number().min(0).max(100),
    fadeSec: seconds(PROGRAM_LIMITS.maxFadeSec),
  }),
  sound: PhaseSound,
  /** Which music of a journey this phase plays; worked out from its place when left out. */
  role: PhaseRole.optional(),
});
export type Phase = z.infer<typeof Phase>;

export const Reminder = z.object({
  id: z.string().min(1).max(100),
  text: name,
  /**
   * Real seconds after the dose, or after `phaseId` really began when given. Pausing the room's
   * sound and light never moves a reminder: the drug keeps working.
   */
  atSec: seconds(PROGRAM_LIMITS.maxPhaseSec * 4),
  phaseId: z.string().min(1).max(100).optional(),
});
export type Reminder = z.infer<typeof Reminder>;

export const Program = z
  .object({
    id: z.string().min(1).max(100),
    name,
    description: z.string().max(400).default(''),
    phases: z.array(Phase).min(2).max(PROGRAM_LIMITS.maxPhases),
    reminders: z.array(Reminder).max(PROGRAM_LIMITS.maxReminders).default([]),
    /** Earliest discharge, in real seconds from the dose (e.g. 2 h after intranasal dosing). */
    minimumObservationSec: seconds(PROGRAM_LIMITS.maxPhaseSec * 4).default(0),
    /** The program's own discharge items, ticked after the clinic's list (e.g. "IV removed"). */
    checklist: z.array(ChecklistItem).max(MAX_CHECKLIST_ITEMS).default([]),
    /** For teaching staff only: kept apart on the start screen and out of the history by default. */
    training: z.boolean().default(false),
  })
  .superRefine((program, ctx) => {
    const kinds = program.phases.map((p) => p.kind);
    if (kinds.at(-1) !== 'recovery' || kinds.indexOf('recovery') !== kinds.length - 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases'],
        message: 'must end with exactly one recovery phase',
      });
    }
    if (kinds.lastIndexOf('preDose') > 0) {
      ctx.addIssue({ code: 'custom', path: ['phases'], message: 'may have one pre-dose phase, and only first' });
    }
    if (!kinds.includes('treatment')) {
      ctx.addIssue({ code: 'custom', path: ['phases'], message: 'must have at least one treatment phase' });
    }
    const ids = new Set<string>();
    program.phases.forEach((phase, i) => {
      if (ids.has(phase.id)) {
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'id'], message: 'is used twice' });
      }
      ids.add(phase.id);
    });
    program.reminders.forEach((reminder, i) => {
      if (reminder.phaseId !== undefined && !ids.has(reminder.phaseId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reminders', i, 'phaseId'],
          message: `names a phase that does not exist (${reminder.phaseId})`,
        });
      }
    });
  });
export type Program = z.infer<typeof Program>;

export type ProgramResult = { ok: true; program: Program } | { ok: false; error: string };

/** Validates an untrusted program; the error names the first bad field. */
export function parseProgram(input: unknown): ProgramResult {
  const result = Program.safeParse(input);
  if (result.success) return { ok: true, program: result.data };
  return { ok: false, error: describeIssues(result.error) };
}

/**
 * The part of the journey phase `index` is: as the program says, or else settling before the
 * dose, recovery for the recovery phase, and among the treatment phases opening for the first,
 * closing for the last of three or more, deep between.
 */
export function phaseRole(program: Program, index: number): PhaseRole {
  const phase = program.phases[index]!;
  if (phase.role) return phase.role;
  if (phase.kind === 'preDose') return 'settling';
  if (phase.kind === 'recovery') return 'recovery';
  const treatment = treatmentPhases(program).length;
  const place = index - (hasPreDosePhase(program) ? 1 : 0);
  if (place === 0 && treatment > 1) return 'opening';
  if (place === treatment - 1 && treatment > 2) return 'closing';
  return 'deep';
}

/** True when the program opens with an open-ended phase that Dose given ends; otherwise Start session marks the dose. */
export function hasPreDosePhase(program: Program): boolean {
  return program.phases[0]?.kind === 'preDose';
}

export function treatmentPhases(program: Program): Phase[] {
  return program.phases.filter((p) => p.kind === 'treatment');
}

export function recoveryPhase(program: Program): Phase {
  const last = program.phases.at(-1);
  if (!last || last.kind !== 'recovery') throw new Error('program has no recovery phase');
  return last;
}

/** Planned length of the treatment part (from the dose to recovery), in seconds. */
export function plannedTreatmentSec(program: Program): number {
  return treatmentPhases(program).reduce((sum, p) => sum + p.durationSec, 0);
}
