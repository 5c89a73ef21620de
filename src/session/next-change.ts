import type { SessionState } from './state-at';

/** The longest the screen goes without a fresh look at the session. */
const MAX_WAIT_MS = 1_000;
/** Wake just after a boundary, so the new second is already there. */
const PAST_BOUNDARY_MS = 2;

/** Session seconds until `value` (counting up or down) next shows a different whole second. */
function untilNextWholeSecond(value: number, countingDown: boolean): number {
  const fraction = value - Math.floor(value);
  if (countingDown) return fraction === 0 ? 1 : fraction;
  return 1 - fraction;
}

/**
 * When the screen should next change: the next whole second of any clock on it, or the
 * next reminder falling due. Between those moments nothing runs.
 */
export function msUntilNextChange(state: SessionState | null, timeScale: number): number {
  if (!state || state.paused || state.status === 'closed') return MAX_WAIT_MS;
  const waits = [untilNextWholeSecond(state.elapsedSec, false), untilNextWholeSecond(state.phaseRemainingSec, true)];
  if (state.recoveryRemainingSec !== null && state.recoveryRemainingSec > 0) {
    waits.push(untilNextWholeSecond(state.recoveryRemainingSec, true));
  }
  if (state.nextReminderSec !== null) waits.push(state.nextReminderSec - state.elapsedSec);
  const sessionSec = Math.min(...waits);
  return Math.min(MAX_WAIT_MS, Math.max(0, (sessionSec * 1000) / timeScale) + PAST_BOUNDARY_MS);
}
