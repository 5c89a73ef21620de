import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionSnapshot } from '@domain/ipc/contract';
import type { Control } from '@domain/session/controls';
import { errorMessage } from '@domain/error-message';
import { useBooted } from '../booted';
import type { Client } from '../ipc/client';
import type { SessionClock } from './session-clock';

export interface SessionStore {
  snapshot: SessionSnapshot | null;
  loaded: boolean;
  error: string | null;
  actions: {
    start(programId: string, playlistId?: string): Promise<void>;
    control(control: Control): Promise<void>;
    dismiss(): Promise<void>;
    continueAfterRestart(): Promise<void>;
    clearError(): void;
  };
}

export type SessionStoreApi = StoreApi<SessionStore>;

/**
 * The same session in the same version: a run log only ever grows, so its id and length say
 * which version it is. A press reaches this window twice (main's announcement, then the answer
 * to the request); the second is the first again, and applying it would work everything out anew.
 */
export function sameSession(a: SessionSnapshot | null, b: SessionSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.run.id === b.run.id &&
    a.run.events.length === b.run.events.length &&
    a.awaitingResume === b.awaitingResume &&
    a.unsaved === b.unsaved &&
    a.timeScale === b.timeScale
  );
}

/** The session as main announces it, read through `client`; `clock` is aligned with main's on every (re)connect. */
export function createSessionStore(
  client: Pick<Client, 'api' | 'onEvent' | 'onConnected'>,
  clock: SessionClock,
): SessionStoreApi {
  const { api } = client;
  return createStore<SessionStore>()((set, get) => {
    const receive = (snapshot: SessionSnapshot | null) => {
      if (get().loaded && sameSession(get().snapshot, snapshot)) {
        if (get().error) set({ error: null });
        return;
      }
      if (snapshot) clock.seed(snapshot.clockNow, snapshot.timeScale, performance.now());
      set({ snapshot, loaded: true, error: null });
    };
    const attempt = async (work: () => Promise<SessionSnapshot | null>) => {
      try {
        receive(await work());
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    };

    client.onEvent('session.changed', receive);
    // A reload or a reconnect aligns the clock, asks for the session as it is now and catches up.
    client.onConnected(() => void attempt(() => clock.sync().then(() => api['session.get']({}))));

    return {
      snapshot: null,
      loaded: false,
      error: null,
      actions: {
        start: (programId, playlistId) => attempt(() => api['session.start']({ programId, playlistId })),
        control: (control) => attempt(() => api['session.control'](control)),
        dismiss: () => attempt(() => api['session.dismiss']({}).then(() => null)),
        continueAfterRestart: () => attempt(() => api['session.continue']({})),
        clearError: () => set({ error: null }),
      },
    };
  });
}

/** One value of the session store; the component re-renders only when that value changes. */
export function useSessionStore<T>(select: (store: SessionStore) => T): T {
  return useStore(useBooted().sessionStore, select);
}

export const useSessionActions = () => useSessionStore((s) => s.actions);
export const useSessionError = () => useSessionStore((s) => s.error);
