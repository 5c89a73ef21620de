import { useSyncExternalStore } from 'react';
import { stateAt, type SessionState } from '../../../src/session/state-at';
import { sessionClock, useSessionStore } from './session-store';

/** The longest the screen goes without a fresh look at the session. */
const MAX_WAIT_MS = 1_000;
/** Wake just after a boundary, so the new second is already there. */
const PAST_BOUNDARY_MS = 2;

type Listener = () => void;

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

/**
 * Recomputes stateAt(now) for the screens exactly when something on them changes. Nothing
 * here counts ticks; each wake-up asks the run log what is true now.
 */
class SessionTicker {
  private state: SessionState | null = null;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    useSessionStore.subscribe(() => this.tick());
  }

  /** The state right now, computed fresh (for the audio engine's own, faster rhythm). */
  compute(): SessionState | null {
    const { snapshot } = useSessionStore.getState();
    return snapshot ? stateAt(snapshot.run, sessionClock.now()) : null;
  }

  getState = (): SessionState | null => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.tick();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
    };
  };

  private tick(): void {
    if (this.timer) clearTimeout(this.timer);
    this.state = this.compute();
    for (const listener of this.listeners) listener();
    if (this.listeners.size === 0) return;
    const timeScale = useSessionStore.getState().snapshot?.timeScale ?? 1;
    this.timer = setTimeout(() => this.tick(), msUntilNextChange(this.state, timeScale));
  }
}

export const sessionTicker = new SessionTicker();

/** Subscribes a component to one value derived from the live state; it re-renders only when that value changes. */
export function useLiveSession<T extends string | number | boolean | null>(
  select: (state: SessionState | null) => T,
): T {
  return useSyncExternalStore(sessionTicker.subscribe, () => select(sessionTicker.getState()));
}
