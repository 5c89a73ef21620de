import { create } from 'zustand';
import type { Client } from './client';

interface ConnectionStore {
  /** False while the web host cannot be reached (Electron's main process is always there). */
  connected: boolean;
  /** When the connection was lost (performance.now()), for "lost 12 s ago". */
  lostAt: number | null;
}

/** Whether the page can reach Stillroom's services now: the controls that need them wait while not. */
export const useConnectionStore = create<ConnectionStore>()(() => ({ connected: true, lostAt: null }));

/** Keeps the store in step with the client's connection (boot calls it once). */
export function followConnection(client: Pick<Client, 'onConnected' | 'onDisconnected'>): void {
  client.onConnected(() => useConnectionStore.setState({ connected: true, lostAt: null }));
  client.onDisconnected(() => useConnectionStore.setState({ connected: false, lostAt: performance.now() }));
}

export const useConnected = () => useConnectionStore((s) => s.connected);
