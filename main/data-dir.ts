import os from 'node:os';
import path from 'node:path';

/** Where Stillroom keeps its files: STILLROOM_DATA_DIR, else the platform's usual place. */
export function resolveDataDir(env: NodeJS.ProcessEnv, fallback?: string): string {
  if (env.STILLROOM_DATA_DIR) return path.resolve(env.STILLROOM_DATA_DIR);
  if (fallback) return fallback;
  const configHome = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(configHome, 'Stillroom');
}

/** STILLROOM_TIME_SCALE for demos and tests; anything unusable is refused loudly. */
export function resolveTimeScale(env: NodeJS.ProcessEnv): number {
  const raw = env.STILLROOM_TIME_SCALE;
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10_000) {
    throw new Error(`STILLROOM_TIME_SCALE must be a number between 0 and 10000, got "${raw}"`);
  }
  return scale;
}
