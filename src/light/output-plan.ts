import { lerp, progress } from '../session/ramp';
import type { SessionRun } from '../session/run-log';
import { nextLightBend, ROOM_LEVEL_PCT, roomLightAt } from './light-plan';

/** "Test" on the setup screen: the output goes to half its range for two seconds, then back. */
export const TEST_FLASH = { levelPct: 50, holdMs: 2_000, rampMs: 250 } as const;

/** What every output has, whatever drives it: its own range and the programs it follows. */
export interface OutputScope {
  minPct: number;
  maxPct: number;
  /** The programs this output follows; null follows them all. Others leave it at room level. */
  programIds: string[] | null;
}

/** A level of the room (0–100) within an output's own range. */
export function withinRange(levelPct: number, { minPct, maxPct }: Pick<OutputScope, 'minPct' | 'maxPct'>): number {
  return minPct + (Math.min(100, Math.max(0, levelPct)) / 100) * (maxPct - minPct);
}

/** True when the output follows this program. */
export function followsProgram(scope: Pick<OutputScope, 'programIds'>, programId: string): boolean {
  return scope.programIds === null || scope.programIds.includes(programId);
}

/** True when the output follows the session's program. */
export function followsRun(scope: OutputScope, run: SessionRun | null): boolean {
  return run === null || followsProgram(scope, run.program.id);
}

/** How far a test flash has taken an output towards its flash level (0..1). */
function flashWeight(flashAt: number | null, now: number): number {
  if (flashAt === null || now < flashAt) return 0;
  const { holdMs, rampMs } = TEST_FLASH;
  const up = progress(now, flashAt, rampMs);
  const down = progress(now, flashAt + holdMs - rampMs, rampMs);
  return Math.min(up, 1 - down);
}

/** The level one output should show at `now`, in its own range. */
export function outputLevelAt(scope: OutputScope, run: SessionRun | null, flashAt: number | null, now: number): number {
  const room = followsRun(scope, run) ? roomLightAt(run, now) : ROOM_LEVEL_PCT;
  return withinRange(lerp(room, TEST_FLASH.levelPct, flashWeight(flashAt, now)), scope);
}

/** The next moment one output's course bends; see nextLightBend. */
export function nextOutputBend(
  scope: OutputScope,
  run: SessionRun | null,
  flashAt: number | null,
  now: number,
): number | null {
  const bends: number[] = [];
  const room = followsRun(scope, run) ? nextLightBend(run, now) : null;
  if (room !== null) bends.push(room);
  if (flashAt !== null) {
    const { holdMs, rampMs } = TEST_FLASH;
    bends.push(...[flashAt, flashAt + rampMs, flashAt + holdMs - rampMs, flashAt + holdMs].filter((t) => t > now));
  }
  return bends.length ? Math.min(...bends) : null;
}
