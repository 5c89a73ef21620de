import type { SessionState } from './state-at';

/** The longest the screen goes without a fresh look at the session. */
const MAX_WAIT_MS = 1_000;
/** Wake just after a boundary, so the new second is already there. */
const PAST_BOUNDARY_MS = 2;

/** Seconds until a clock counting up from `value` next shows a different whole second. */
function untilNextWholeSecond(value: number): number {
  return 1 - (value - Math.floor(value));
}

/**
 * Real milliseconds until the screen should next change. Its clocks turn over together, once a
 * second, on the second of the clock that leads: time since the dose once it is given, the
 * program clock before. The other clocks are read on that beat, each at most a second behind its
 * own second, so the screen redraws once a second rather than once for each clock. What changes
 * what staff do comes on its own moment: a phase ending, a reminder falling due, the recovery
 * minimum reached. Program time runs `timeScale` times faster than real time in demos, and so
 * does everything else on the session clock, so every wait scales the same way.
 */
export function msUntilNextChange(state: SessionState | null, timeScale: number, now: number): number {
  if (!state || state.status === 'closed') return MAX_WAIT_MS;
  const waits: number[] = [];
  if (state.sinceDoseSec !== null) waits.push(untilNextWholeSecond(state.sinceDoseSec));
  else if (!state.paused) waits.push(untilNextWholeSecond(state.programSec));
  if (!state.paused) waits.push(state.phaseRemainingSec);
  if (state.recoveryRemainingSec !== null) waits.push(state.recoveryRemainingSec);
  if (state.nextDueAt !== null) waits.push((state.nextDueAt - now) / 1000);
  const sessionSec = Math.min(...waits.filter((wait) => wait > 0));
  return Math.min(MAX_WAIT_MS, (sessionSec * 1000) / timeScale + PAST_BOUNDARY_MS);
}
