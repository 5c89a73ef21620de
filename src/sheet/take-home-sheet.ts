import { z } from 'zod';
import type { ClinicConfig } from '../clinic/clinic-config';
import { clinicPromptLibrary } from './prompt-library';
import { choosePrompts } from './prompt-selection';
import { Language, type Translated } from './prompt-types';
import { DEFAULT_SHEET_WORDING } from './sheet-wording';

const line = z.string().max(600);

/** The one-page sheet a patient takes home, in one language, ready to lay out. */
export const TakeHomeSheet = z.object({
  language: Language,
  clinicName: line,
  clinicPhone: line,
  /** Printed beside the phone when the clinic has one; empty prints none. */
  afterHoursPhone: line.default(''),
  /** The clinic's logo file (in the app's branding folder), when it has one. */
  logo: z.string().max(60).nullable(),
  /** ISO date (yyyy-mm-dd) of the session, in the room's local time. */
  date: z
    .string()
    .max(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/),
  sessionNumber: z.number().int().positive().nullable(),
  /** The patient's own words, if they wrote any; kept only for this sheet. */
  intention: z.string().max(1_000).nullable(),
  tonight: z.array(line).max(10),
  prompts: z.array(z.object({ id: z.string().max(60), text: line })).max(10),
  thisWeek: z.array(line).max(10),
  weeklyCheckIn: line,
  crisisLine: line,
});
export type TakeHomeSheet = z.infer<typeof TakeHomeSheet>;

/** Local calendar date of an epoch-ms moment, as yyyy-mm-dd. */
export function localIsoDate(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A stable number from a text (FNV-1a), to seed choices that must not change between renders. */
export function seedFrom(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/**
 * The sheet for one patient after one session: the clinic's wording (or the built-in one) in
 * the chosen language, and prompts chosen for where the patient is in their series.
 */
export function composeTakeHomeSheet(options: {
  clinic: ClinicConfig;
  language: Language;
  sessionNumber: number | null;
  intention: string;
  sessionStartedAt: number;
  /** Used only when sessions are not counted: varies the prompts from sheet to sheet. */
  sessionId: string;
}): TakeHomeSheet {
  const { clinic, language, sessionNumber } = options;
  const wording = { ...DEFAULT_SHEET_WORDING, ...clinic.sheetWording };
  const say = (text: Translated) => text[language];
  const prompts = choosePrompts({
    library: clinicPromptLibrary(clinic),
    sessionNumber,
    inductionSessions: clinic.inductionSessions,
    seed: sessionNumber === null ? seedFrom(options.sessionId) ^ clinic.promptSeed : clinic.promptSeed,
  });
  return {
    language,
    clinicName: clinic.clinicName,
    clinicPhone: clinic.clinicPhone,
    afterHoursPhone: clinic.afterHoursPhone,
    logo: clinic.logo,
    date: localIsoDate(options.sessionStartedAt),
    sessionNumber,
    intention: options.intention.trim() || null,
    tonight: wording.tonight.map(say),
    prompts: prompts.map((p) => ({ id: p.id, text: say(p.text) })),
    thisWeek: wording.thisWeek.map(say),
    weeklyCheckIn: say(wording.weeklyCheckIn),
    crisisLine: say(wording.crisisLine),
  };
}
