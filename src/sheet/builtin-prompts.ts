import { z } from 'zod';
import { IntegrationPrompt, type PromptEntry } from './prompt-types';
import { NOTICING_CHANGE } from './prompts/noticing-change';
import { SLEEP } from './prompts/sleep';
import { RELATIONSHIPS } from './prompts/relationships';
import { SELF_KINDNESS } from './prompts/self-kindness';
import { BODY } from './prompts/body';
import { WHAT_SURFACED } from './prompts/what-surfaced';
import { NEXT_STEP } from './prompts/next-step';

/**
 * The prompt library the app ships with. Each prompt is tagged with the points in a
 * series where it fits and with the one thing it invites the patient to look at, so the
 * sheet can choose prompts that suit the day. A clinic can switch any of them off or
 * write its own.
 *
 * Wording rules: plain words, one or two short sentences, kind and never an order.
 * No advice, no promises that things will get better, no comparisons with other people.
 *
 * Ids are stored with each printed sheet so the same prompt is not handed out twice in a
 * row. Once an id has shipped it keeps its meaning: never rename, renumber or reuse one.
 * Retire a prompt by setting `enabled: false`, and give every new prompt a new id.
 */
/** One file per theme under prompts/; this order is the library's order. */
const LIBRARY: PromptEntry[] = [
  ...NOTICING_CHANGE,
  ...SLEEP,
  ...RELATIONSHIPS,
  ...SELF_KINDNESS,
  ...BODY,
  ...WHAT_SURFACED,
  ...NEXT_STEP,
];

/** Parsed at load, so a misspelt stage or theme, an empty text or a repeated id fails at once. */
export const BUILTIN_PROMPTS: IntegrationPrompt[] = z
  .array(IntegrationPrompt)
  .superRefine((prompts, ctx) => {
    const seen = new Set<string>();
    for (const [index, prompt] of prompts.entries()) {
      if (seen.has(prompt.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate prompt id "${prompt.id}"`, path: [index, 'id'] });
      }
      seen.add(prompt.id);
    }
  })
  .parse(LIBRARY);
