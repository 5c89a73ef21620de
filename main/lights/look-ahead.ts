import type { LightPlan } from './driver';

/** Levels closer than this count as the same: finer than a Hue or Home Assistant light can show. */
export const SAME_LEVEL_PCT = 0.25;
/** How finely a chunk is searched for the moment the plan comes to rest. */
const SAMPLES_PER_CHUNK = 20;
/** Close enough for a light: the eye cannot tell a fade that ends a few milliseconds late. */
const SETTLE_PRECISION_MS = 2;

/** One request's worth of light: go to `levelPct` over `transitionMs`. */
export interface LightStep {
  levelPct: number;
  transitionMs: number;
}

/** A plan level made safe to send: inside 0–100 % and rounded to a tenth of a percent. */
export function sendableLevel(levelPct: number): number {
  if (!Number.isFinite(levelPct)) return 0;
  return Math.round(Math.min(100, Math.max(0, levelPct)) * 10) / 10;
}

/**
 * Where the plan will be one chunk from `now` (or at its next bend, if that comes first), and
 * how long the device should take to get there. A plan that comes to rest inside the chunk
 * (staff light rises in 3 s) gets the shorter time, so the light arrives when the plan does; a
 * plan already at rest gets 0.
 */
export function lookAhead(plan: LightPlan, now: number, chunk: number): LightStep {
  const bend = plan.nextBendAfter?.(now) ?? null;
  const chunkMs = bend !== null && bend > now ? Math.min(chunk, bend - now) : chunk;
  const end = plan.levelAt(now + chunkMs);
  const levelPct = sendableLevel(end);
  // Exactly at the end level, not merely close: a fade must not be cut short by rounding.
  const atRest = (offset: number) => Math.abs(plan.levelAt(now + offset) - end) <= 1e-9;
  // Walk back from the chunk's end to the last moment the plan still moves, then narrow it down.
  let settled = chunkMs;
  let moving = -1;
  for (let i = SAMPLES_PER_CHUNK - 1; i >= 0; i--) {
    const offset = (chunkMs * i) / SAMPLES_PER_CHUNK;
    if (!atRest(offset)) {
      moving = offset;
      break;
    }
    settled = offset;
  }
  if (moving < 0) return { levelPct, transitionMs: 0 };
  while (settled - moving > SETTLE_PRECISION_MS) {
    const middle = (moving + settled) / 2;
    if (atRest(middle)) settled = middle;
    else moving = middle;
  }
  return { levelPct, transitionMs: Math.round(settled) };
}
