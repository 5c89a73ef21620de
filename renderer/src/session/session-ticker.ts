import { useSyncExternalStore } from 'react';
import { stateAt, type SessionState } from '../../../src/session/state-at';
import { sessionClockNow, useSessionStore } from './session-store';

/** How often the room's state is recomputed; the screen itself only changes when text does. */
export const TICK_MS = 250;

type Listener = () => void;

/**
 * Recomputes stateAt(now) a few times a second for everything that follows the session:
 * the screens, the audio engine and the room light. Nothing here counts ticks; each tick
 * asks the run log what should be true now.
 */
class SessionTicker {
  private state: SessionState | null = null;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    useSessionStore.subscribe(() => this.tick());
  }

  getState = (): SessionState | null => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    this.timer ??= setInterval(() => this.tick(), TICK_MS);
    this.tick();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  };

  private tick(): void {
    const store = useSessionStore.getState();
    const now = sessionClockNow(store);
    this.state = store.snapshot && now !== null ? stateAt(store.snapshot.run, now) : null;
    for (const listener of this.listeners) listener();
  }
}

export const sessionTicker = new SessionTicker();

/** Subscribes a component to one value derived from the live state; it re-renders only when that value changes. */
export function useLiveSession<T extends string | number | boolean | null>(
  select: (state: SessionState | null) => T,
): T {
  return useSyncExternalStore(sessionTicker.subscribe, () => select(sessionTicker.getState()));
}
