import { z } from 'zod';

/** The languages every text a patient reads is written in. */
export const LANGUAGES = ['en', 'es'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Where a patient is in their series of sessions; prompts are chosen by it. */
export const SERIES_STAGES = ['first', 'early', 'middle', 'lastOfSeries', 'maintenance'] as const;
export const SeriesStage = z.enum(SERIES_STAGES);
export type SeriesStage = z.infer<typeof SeriesStage>;

/**
 * Where a prompt may be handed out: the stages of a series, and `anyPoint` for the prompts that
 * suit any session, the first included, which are the ones chosen when staff give no session
 * number (nothing then says it is not a first session).
 */
export const PROMPT_STAGES = [...SERIES_STAGES, 'anyPoint'] as const;
export const PromptStage = z.enum(PROMPT_STAGES);
export type PromptStage = z.infer<typeof PromptStage>;

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

const translated = (max: number) =>
  z.object({
    en: z.string().trim().min(1).max(max),
    es: z.string().trim().min(1).max(max),
  });

/** One text in every language. */
export const Translated = translated(300);
export type Translated = z.infer<typeof Translated>;

/** A longer text in every language, for the crisis line, which must say all it has to. */
export const LongTranslated = translated(600);

/** A reflection prompt for the days after a session, tagged so the sheet can choose well. */
export const IntegrationPrompt = z.object({
  id: z.string().min(1).max(60),
  stages: z.array(PromptStage).min(1).max(PROMPT_STAGES.length),
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
  /** Tonight: rest, no driving until the next day after sleep, a ride home, the care team's instructions. */
  tonight: Translated[];
  /** This week: sleep, lighter days, something to tell the care team, calling the clinic. */
  thisWeek: Translated[];
  /** The weekly check-in line ("compare with last week, not with others"). */
  weeklyCheckIn: Translated;
  /** What to do in an emergency or a crisis (the built-in text is for the US: 911 and 988). */
  crisisLine: Translated;
}
