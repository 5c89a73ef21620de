import type { LightPlan } from '../../main/lights/driver';

/** A plan that holds one level. */
export function steadyPlan(levelPct: number): LightPlan {
  return { levelAt: () => levelPct };
}

/** A plan that holds `from` until `start`, fades linearly to `to` over `durationMs`, then holds. */
export function fadePlan(start: number, durationMs: number, from: number, to: number): LightPlan {
  return {
    levelAt: (now) => from + (to - from) * Math.min(1, Math.max(0, (now - start) / durationMs)),
  };
}
