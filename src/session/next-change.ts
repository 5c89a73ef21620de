import type { SessionState } from './state-at';

/** The longest the screen goes without a fresh look at the session. */
const MAX_WAIT_MS = 1_000;
/** Wake just after a boundary, so the new second is already there. */
const PAST_BOUNDARY_MS = 2;

/** Seconds until `value` (counting up or down) next shows a different whole second; Infinity for a clock that does not run. */
function untilNextWholeSecond(value: number, countingDown: boolean): number {
  if (!Number.isFinite(value)) return Infinity;
  const fraction = value - Math.floor(value);
  if (countingDown) return fraction === 0 ? 1 : fraction;
  return 1 - fraction;
}

/**
 * Real milliseconds until the screen should next change: the next whole second of any clock on
 * it, or the next reminder falling due. Program-time clocks run `timeScale` times faster than
 * real time in demos; time since dose, the recovery countdown and reminders run in real
 * (session-clock) time, so they scale the same way. Between those moments nothing runs.
 */
export function msUntilNextChange(state: SessionState | null, timeScale: number, now: number): number {
  if (!state || state.status === 'closed') return MAX_WAIT_MS;
  const waits: number[] = [];
  if (!state.paused) {
    waits.push(untilNextWholeSecond(state.programSec, false), untilNextWholeSecond(state.phaseRemainingSec, true));
  }
  if (state.sinceDoseSec !== null) waits.push(untilNextWholeSecond(state.sinceDoseSec, false));
  if (state.recoveryRemainingSec !== null && state.recoveryRemainingSec > 0) {
    waits.push(untilNextWholeSecond(state.recoveryRemainingSec, true));
  }
  if (state.nextDueAt !== null) waits.push((state.nextDueAt - now) / 1000);
  const sessionSec = Math.min(...waits);
  return Math.min(MAX_WAIT_MS, Math.max(0, (sessionSec * 1000) / timeScale) + PAST_BOUNDARY_MS);
}
