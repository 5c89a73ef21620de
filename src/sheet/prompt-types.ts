import { z } from 'zod';

/** The languages every text a patient reads is written in. */
export const LANGUAGES = ['en', 'es'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Where a patient is in their series of sessions; prompts are chosen by it. */
export const SERIES_STAGES = ['first', 'early', 'middle', 'lastOfSeries', 'maintenance'] as const;
export const SeriesStage = z.enum(SERIES_STAGES);
export type SeriesStage = z.infer<typeof SeriesStage>;

/** What a prompt invites the patient to look at. */
export const PROMPT_THEMES = [
  'noticingChange',
  'sleep',
  'relationships',
  'selfCriticism',
  'body',
  'whatSurfaced',
  'nextStep',
] as const;
export const PromptTheme = z.enum(PROMPT_THEMES);
export type PromptTheme = z.infer<typeof PromptTheme>;

/** One text in every language. */
export const Translated = z.object({
  en: z.string().trim().min(1).max(300),
  es: z.string().trim().min(1).max(300),
});
export type Translated = z.infer<typeof Translated>;

/** A reflection prompt for the days after a session, tagged so the sheet can choose well. */
export const IntegrationPrompt = z.object({
  id: z.string().min(1).max(60),
  stages: z.array(SeriesStage).min(1).max(SERIES_STAGES.length),
  theme: PromptTheme,
  text: Translated,
  /** A clinic can switch a prompt off without deleting it. */
  enabled: z.boolean().default(true),
});
export type IntegrationPrompt = z.infer<typeof IntegrationPrompt>;
/** A prompt as written in the built-in library, before parsing fills in defaults. */
export type PromptEntry = z.input<typeof IntegrationPrompt>;

/** The fixed parts of the take-home sheet, in every language; a clinic can rewrite each. */
export interface SheetWording {
  /** Tonight: rest, no driving for the rest of the day, a quiet evening. */
  tonight: Translated[];
  /** This week: sleep, stress, something to bring to therapy. */
  thisWeek: Translated[];
  /** The weekly check-in line ("compare with last week, not with others"). */
  weeklyCheckIn: Translated;
  /** The default crisis line text (US: 988). */
  crisisLine: Translated;
}
