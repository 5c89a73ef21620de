import { useSyncExternalStore } from 'react';
import { msUntilNextChange } from '@domain/session/next-change';
import { stateAt, type SessionState } from '@domain/session/state-at';
import { sessionClock, useSessionStore } from './session-store';

type Listener = () => void;

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
    this.timer = setTimeout(() => this.tick(), msUntilNextChange(this.state, timeScale, sessionClock.now()));
  }
}

export const sessionTicker = new SessionTicker();

/** Subscribes a component to one value derived from the live state; it re-renders only when that value changes. */
export function useLiveSession<T extends string | number | boolean | null>(
  select: (state: SessionState | null) => T,
): T {
  return useSyncExternalStore(sessionTicker.subscribe, () => select(sessionTicker.getState()));
}
