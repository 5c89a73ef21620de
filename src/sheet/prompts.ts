/** A reflection prompt for the days after a session. Wording is the clinic's to change. */
export interface IntegrationPrompt {
  id: string;
  text: string;
}

/** Built-in prompts, written plainly and kindly; none gives advice or mentions doses. */
export const BUILTIN_PROMPTS: IntegrationPrompt[] = [
  { id: 'surfaced', text: 'What came up during the session that you want to remember?' },
  { id: 'image', text: 'Was there an image, a feeling or a sound that stayed with you? Describe it.' },
  { id: 'body', text: 'How does your body feel today compared with yesterday?' },
  { id: 'sleep', text: 'How did you sleep? Note anything different about it.' },
  { id: 'small-shift', text: 'Notice one small thing that feels a little easier than before.' },
  { id: 'kind-words', text: 'Write one kind sentence to yourself, as you would to a friend.' },
  { id: 'person', text: 'Is there someone you would like to talk to about how you feel?' },
  { id: 'next-step', text: 'What is one small, gentle step you could take this week?' },
  { id: 'therapy', text: 'What would you like to bring to your next therapy appointment?' },
  { id: 'sticky', text: 'Did a thought that usually sticks feel any looser? When?' },
];

export const TONIGHT_LINES = [
  'Rest. Let someone else drive you home.',
  'Do not drive for the rest of the day.',
  'Keep the evening quiet, with little screen time.',
];

export const SAFETY_LINE =
  'If you have thoughts of harming yourself, call or text 988 (Suicide & Crisis Lifeline, US), or your local emergency number.';
