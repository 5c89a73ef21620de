import { create } from 'zustand';
import { onConnected, onDisconnected } from './client';

interface ConnectionStore {
  /** False while the web host cannot be reached (Electron's main process is always there). */
  connected: boolean;
  /** When the connection was lost (performance.now()), for "lost 12 s ago". */
  lostAt: number | null;
}

/** Whether the page can reach Stillroom's services now: the controls that need them wait while not. */
export const useConnectionStore = create<ConnectionStore>()((set) => {
  onConnected(() => set({ connected: true, lostAt: null }));
  onDisconnected(() => set({ connected: false, lostAt: performance.now() }));
  return { connected: true, lostAt: null };
});

export const useConnected = () => useConnectionStore((s) => s.connected);
