import type { IntegrationPrompt, PromptStage, SeriesStage } from './prompt-types';
import { seriesStage } from './series';

/** Prompts on one sheet: enough to choose from over three days, few enough to fit one page. */
export const PROMPTS_PER_SHEET = 4;

/** Small deterministic generator (mulberry32): the same seed always gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool;
}

/** `count` prompts from `pool` in a seeded order, each of a different theme while themes last. */
function pick(pool: IntegrationPrompt[], count: number, random: () => number): IntegrationPrompt[] {
  const order = shuffled(pool, random);
  const chosen: IntegrationPrompt[] = [];
  const themes = new Set<string>();
  for (const prompt of order) {
    if (chosen.length === count) break;
    if (themes.has(prompt.theme)) continue;
    chosen.push(prompt);
    themes.add(prompt.theme);
  }
  for (const prompt of order) {
    if (chosen.length === count) break;
    if (!chosen.includes(prompt)) chosen.push(prompt);
  }
  return chosen;
}

/** Whether a prompt may go on the sheet for `stage`; with no session number, only those for any point. */
function suits(prompt: IntegrationPrompt, stage: SeriesStage | null): boolean {
  const wanted: PromptStage = stage ?? 'anyPoint';
  return prompt.enabled && prompt.stages.includes(wanted);
}

/**
 * The prompts for session `sessionNumber` of a series: chosen for where the patient is in it,
 * varied in theme, and never the ones the same patient got on the sheet before (those of
 * session n - 1, worked out the same way). Nothing needs to be stored to know them, and the
 * same seed always gives the same sheet. Without a session number, which may be a first session,
 * only prompts that suit any point in a series are chosen, and a seed alone varies them.
 */
export function choosePrompts(options: {
  library: IntegrationPrompt[];
  sessionNumber: number | null;
  inductionSessions: number;
  seed: number;
  count?: number;
}): IntegrationPrompt[] {
  const { library, sessionNumber, inductionSessions, seed, count = PROMPTS_PER_SHEET } = options;
  if (sessionNumber === null)
    return pick(
      library.filter((p) => suits(p, null)),
      count,
      seededRandom(seed),
    );
  let previous: IntegrationPrompt[] = [];
  for (let n = 1; n <= sessionNumber; n++) {
    const suitable = library.filter((p) => suits(p, seriesStage(n, inductionSessions)));
    const fresh = suitable.filter((p) => !previous.includes(p));
    const random = seededRandom((seed ^ Math.imul(n, 0x9e3779b1)) >>> 0);
    // A small library may run short of fresh prompts; repeats then come last.
    const chosen = pick(fresh, count, random);
    previous = [
      ...chosen,
      ...pick(
        suitable.filter((p) => !chosen.includes(p)),
        count - chosen.length,
        random,
      ),
    ];
  }
  return previous;
}
