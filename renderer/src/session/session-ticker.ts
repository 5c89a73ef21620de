import { msUntilNextChange } from '@domain/session/next-change';
import { stateAt, type SessionState } from '@domain/session/state-at';
import { useBooted } from '../booted';
import { useExternalValue } from '../ui/use-external-value';
import type { SessionClock } from './session-clock';
import type { SessionStoreApi } from './session-store';

type Listener = () => void;

/**
 * The renderer's one session timer: it works out stateAt(now) once per wake-up and hands that
 * state to every follower (the screens, the room's light, the sound). It wakes when something on
 * the screens changes, or sooner when a follower asks (the sound while a fade moves). Nothing
 * here counts ticks; each wake-up asks the run log what is true now.
 */
export class SessionTicker {
  private state: SessionState | null = null;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dueAt = Infinity;

  constructor(
    private readonly store: SessionStoreApi,
    private readonly clock: SessionClock,
  ) {
    store.subscribe(() => this.tick());
  }

  getState = (): SessionState | null => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.tick();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  /** A follower needs a fresh state within `ms` (a fade moving, a track due to begin); Infinity asks for nothing. */
  wakeWithin(ms: number): void {
    if (this.listeners.size === 0 || !Number.isFinite(ms)) return;
    if (this.timer && this.dueAt <= performance.now() + ms) return;
    this.stop();
    this.dueAt = performance.now() + ms;
    this.timer = setTimeout(() => this.tick(), ms);
  }

  /** Works the state out now, for a change the session log does not show (a volume, a local quiet). */
  refresh(): void {
    this.tick();
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = Infinity;
  }

  private tick(): void {
    this.stop();
    const { snapshot } = this.store.getState();
    const now = this.clock.now();
    this.state = snapshot ? stateAt(snapshot.run, now) : null;
    for (const listener of this.listeners) listener();
    this.wakeWithin(msUntilNextChange(this.state, snapshot?.timeScale ?? 1, now));
  }
}

/**
 * One value derived from the live state; the component re-renders only when that value changes
 * (by `equal`, Object.is unless given, so a list or an object can be selected too).
 */
export function useLiveSession<T>(select: (state: SessionState | null) => T, equal?: (a: T, b: T) => boolean): T {
  const { sessionTicker } = useBooted();
  return useExternalValue(sessionTicker.subscribe, sessionTicker.getState, select, equal);
}
