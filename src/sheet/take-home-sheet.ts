import { BUILTIN_PROMPTS, SAFETY_LINE, TONIGHT_LINES, type IntegrationPrompt } from './prompts';

export interface TakeHomeSheet {
  clinicName: string;
  /** ISO date (yyyy-mm-dd) of the session, in the room's local time. */
  date: string;
  tonight: string[];
  prompts: IntegrationPrompt[];
  safety: string;
}

export const PROMPTS_PER_SHEET = 4;

/** Small deterministic generator (mulberry32), so the same seed always picks the same prompts. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks `count` different prompts, varied by seed. */
export function pickPrompts(library: IntegrationPrompt[], count: number, seed: number): IntegrationPrompt[] {
  const random = seededRandom(seed);
  const pool = [...library];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

/** Local calendar date of an epoch-ms moment, as yyyy-mm-dd. */
export function localIsoDate(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The one-page sheet a patient takes home after a session. */
export function composeTakeHomeSheet(options: {
  clinicName: string;
  sessionStartedAt: number;
  seed: number;
}): TakeHomeSheet {
  return {
    clinicName: options.clinicName,
    date: localIsoDate(options.sessionStartedAt),
    tonight: TONIGHT_LINES,
    prompts: pickPrompts(BUILTIN_PROMPTS, PROMPTS_PER_SHEET, options.seed),
    safety: SAFETY_LINE,
  };
}
