import { create } from 'zustand';
import type { SessionSnapshot } from '../../../src/ipc/contract';
import type { Control } from '../../../src/session/controls';
import { api, onConnected, onEvent } from '../ipc/client';

interface SessionStore {
  snapshot: SessionSnapshot | null;
  /** performance.now() when the snapshot arrived, to carry its clock forward locally. */
  receivedAt: number;
  loaded: boolean;
  error: string | null;
  actions: {
    start(programId: string): Promise<void>;
    control(control: Control): Promise<void>;
    dismiss(): Promise<void>;
    continueAfterRestart(): Promise<void>;
    clearError(): void;
  };
}

export const useSessionStore = create<SessionStore>()((set) => {
  const receive = (snapshot: SessionSnapshot | null) =>
    set({ snapshot, receivedAt: performance.now(), loaded: true, error: null });
  const attempt = async (work: () => Promise<SessionSnapshot | null>) => {
    try {
      receive(await work());
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  onEvent('session.changed', receive);
  // A reload or a reconnect asks for the session as it is now and catches up.
  onConnected(() => void attempt(() => api['session.get']({})));

  return {
    snapshot: null,
    receivedAt: 0,
    loaded: false,
    error: null,
    actions: {
      start: (programId) => attempt(() => api['session.start']({ programId })),
      control: (control) => attempt(() => api['session.control'](control)),
      dismiss: () => attempt(() => api['session.dismiss']({}).then(() => null)),
      continueAfterRestart: () => attempt(() => api['session.continue']({})),
      clearError: () => set({ error: null }),
    },
  };
});

export const useSessionActions = () => useSessionStore((s) => s.actions);
export const useSessionError = () => useSessionStore((s) => s.error);

/** The session clock now, carried forward from the last snapshot at the snapshot's speed. */
export function sessionClockNow(state: Pick<SessionStore, 'snapshot' | 'receivedAt'>): number | null {
  if (!state.snapshot) return null;
  return state.snapshot.clockNow + (performance.now() - state.receivedAt) * state.snapshot.timeScale;
}
