import type { PromptStage, PromptTheme } from '@domain/sheet/prompt-types';

/** Where in a series a prompt fits, as staff say it. */
export const STAGE_LABELS: Record<PromptStage, string> = {
  first: 'First session',
  early: 'Early sessions (2nd and 3rd)',
  middle: 'Middle of the first series',
  lastOfSeries: 'Last of the first series',
  maintenance: 'Maintenance',
  anyPoint: 'Any session (when no session number is given)',
};

/** What a prompt invites the patient to look at, as staff say it. */
export const THEME_LABELS: Record<PromptTheme, string> = {
  noticingChange: 'Noticing change',
  sleep: 'Sleep',
  relationships: 'Relationships',
  selfCriticism: 'Self-criticism',
  body: 'The body',
  whatSurfaced: 'What surfaced',
  nextStep: 'Next step',
};
