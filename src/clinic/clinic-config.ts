import { z } from 'zod';
import { ChecklistItem, MAX_CHECKLIST_ITEMS } from '../session/checklist';
import { IntegrationPrompt, Language, LongTranslated, Translated } from '../sheet/prompt-types';

export const CLINIC_CONFIG_VERSION = 4;

/** More changes to prompts than there are prompts to change, built in and the clinic's own. */
export const MAX_PROMPT_OVERRIDES = 300;

/** A clinic's own change to a built-in prompt: switched off, or reworded. */
export const PromptOverride = z
  .object({
    enabled: z.boolean().optional(),
    text: Translated.optional(),
  })
  .strict();
export type PromptOverride = z.infer<typeof PromptOverride>;

/** The take-home sheet's fixed wording where the clinic rewrote it; anything left out is built in. */
export const SheetWordingOverrides = z
  .object({
    tonight: z.array(Translated).min(1).max(5).optional(),
    thisWeek: z.array(Translated).min(1).max(5).optional(),
    weeklyCheckIn: Translated.optional(),
    crisisLine: LongTranslated.optional(),
  })
  .strict();
export type SheetWordingOverrides = z.infer<typeof SheetWordingOverrides>;

const PhoneNumber = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+()\-.\s]*$/, 'Use digits, spaces and + ( ) - . only.');

/** The clinic's own settings for this room. Holds no patient data. */
export const ClinicConfig = z.object({
  version: z.literal(CLINIC_CONFIG_VERSION),
  /** Printed at the top of every take-home sheet; empty until the clinic enters it, and no sheet prints until then. */
  clinicName: z.string().trim().max(120),
  roomName: z.string().trim().min(1, 'Enter the room’s name.').max(60),
  /** The clinic's logo for the take-home sheet: a file the app keeps in its branding folder. */
  logo: z
    .string()
    .max(40)
    .regex(/^logo-[0-9a-f]{16}\.(png|jpg)$/)
    .nullable()
    .default(null),
  /** Printed on the take-home sheet as the number to call with questions; no sheet prints without it. */
  clinicPhone: PhoneNumber,
  /** Printed beside the phone when the clinic has a number for after hours; empty prints none. */
  afterHoursPhone: PhoneNumber,
  /** Ticked in recovery before the patient leaves, before each program's own items; the clinic can change it. */
  dischargeChecklist: z.array(ChecklistItem).max(MAX_CHECKLIST_ITEMS),
  /** Why a session may close before its earliest discharge; staff choose one, never type one. */
  earlyCloseReasons: z.array(ChecklistItem).min(1, 'Keep at least one reason.').max(MAX_CHECKLIST_ITEMS),
  /** The program the start screen chooses first; none until the clinic picks one. */
  defaultProgramId: z.string().min(1).max(100).nullable(),
  /** Built-in programs this clinic does not use, left off the start screen. */
  hiddenProgramIds: z.array(z.string().min(1).max(100)).max(50),
  /** The take-home sheet's language unless staff switch it for a patient. */
  defaultLanguage: Language,
  paperSize: z.enum(['letter', 'a4']),
  /** Sessions in the first series (induction); later ones count as maintenance. */
  inductionSessions: z.number().int().min(1).max(20),
  /** Off by default: nothing about a sheet is kept once it is printed or saved. */
  keepSheetCopies: z.boolean(),
  sheetWording: SheetWordingOverrides,
  /** Varies which prompts this clinic hands out, the same way each time. */
  promptSeed: z.number().int().min(0).max(0xffffffff),
  promptOverrides: z
    .record(z.string().min(1).max(60), PromptOverride)
    .refine((overrides) => Object.keys(overrides).length <= MAX_PROMPT_OVERRIDES, 'too many prompt changes'),
  customPrompts: z.array(IntegrationPrompt).max(200),
});
export type ClinicConfig = z.infer<typeof ClinicConfig>;

/** The discharge criteria of published practice (see docs/CLINICAL.md); each program may add its own. */
export const DEFAULT_DISCHARGE_CHECKLIST: ChecklistItem[] = [
  { id: 'vitals', label: 'Vital signs at or near baseline' },
  { id: 'alert', label: 'Alert and oriented' },
  { id: 'steady', label: 'Walks steadily' },
  { id: 'nausea', label: 'Nausea controlled' },
  { id: 'dissociation', label: 'Dissociation resolved' },
  { id: 'mood', label: 'Mood and safety check done' },
  { id: 'escort', label: 'Responsible adult escort present' },
  { id: 'driving', label: 'Told: no driving until the next day, after sleep' },
  { id: 'sheet', label: 'Take-home sheet given' },
];

/** The checklist every room had before version 3, replaced by the new one where a clinic left it as it was. */
export const VERSION_2_DISCHARGE_CHECKLIST: ChecklistItem[] = [
  { id: 'alert', label: 'Alert and oriented' },
  { id: 'vitals', label: 'Vital signs checked' },
  { id: 'steady', label: 'Steady on their feet' },
  { id: 'ride', label: 'Ride home confirmed' },
  { id: 'sheet', label: 'Take-home sheet given' },
];

export const DEFAULT_EARLY_CLOSE_REASONS: ChecklistItem[] = [
  { id: 'emergency', label: 'Transferred to emergency care' },
  { id: 'against-advice', label: 'Left against medical advice' },
  { id: 'clinician', label: 'Clinician assessed and discharged' },
  { id: 'no-dose', label: 'Stopped before the dose' },
  { id: 'other', label: 'Other: see the clinic’s chart' },
];

/** A new room's settings; `promptSeed` comes from the caller so the domain stays free of randomness. */
export function defaultClinicConfig(promptSeed: number): ClinicConfig {
  return {
    version: CLINIC_CONFIG_VERSION,
    clinicName: '',
    roomName: 'Room 1',
    logo: null,
    clinicPhone: '',
    afterHoursPhone: '',
    dischargeChecklist: DEFAULT_DISCHARGE_CHECKLIST,
    earlyCloseReasons: DEFAULT_EARLY_CLOSE_REASONS,
    defaultProgramId: null,
    hiddenProgramIds: [],
    defaultLanguage: 'en',
    paperSize: 'letter',
    inductionSessions: 6,
    keepSheetCopies: false,
    sheetWording: {},
    promptSeed,
    promptOverrides: {},
    customPrompts: [],
  };
}
