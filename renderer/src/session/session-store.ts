import { create } from 'zustand';
import type { SessionSnapshot } from '../../../src/ipc/contract';
import type { Control } from '../../../src/session/controls';
import { api, onConnected, onEvent } from '../ipc/client';
import { SessionClock } from './session-clock';
import { errorMessage } from '../../../src/error-message';

interface SessionStore {
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

/** The main process's session clock, as this window reads it. */
export const sessionClock = new SessionClock();

export const useSessionStore = create<SessionStore>()((set) => {
  const receive = (snapshot: SessionSnapshot | null) => {
    if (snapshot) sessionClock.seed(snapshot.clockNow, snapshot.timeScale, performance.now());
    set({ snapshot, loaded: true, error: null });
  };
  const attempt = async (work: () => Promise<SessionSnapshot | null>) => {
    try {
      receive(await work());
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  };

  onEvent('session.changed', receive);
  // A reload or a reconnect aligns the clock, asks for the session as it is now and catches up.
  onConnected(() => void attempt(() => sessionClock.sync().then(() => api['session.get']({}))));

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

export const useSessionActions = () => useSessionStore((s) => s.actions);
export const useSessionError = () => useSessionStore((s) => s.error);
