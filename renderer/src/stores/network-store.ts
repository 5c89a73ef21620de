import { create } from 'zustand';
import type { ClinicNetworkSettings } from '@domain/board/network-settings';
import type { NetworkView } from '@domain/ipc/contract';
import { api, onEvent } from '../ipc/client';
import { attemptFor } from './attempt';
import type { Draft, Step } from './editor-model';

interface NetworkStore {
  view: NetworkView | null;
  saving: boolean;
  status: string | null;
  /** What the Clinic screen asks of a tab's editor: this tab saves with its button, so no drafts wait and there is no Undo. */
  drafts: Record<string, Draft>;
  histories: Record<string, readonly Step[]>;
  error: string | null;
  actions: {
    load(): Promise<void>;
    /** A password left undefined keeps the stored one. */
    save(settings: ClinicNetworkSettings, password: string | undefined): Promise<boolean>;
    undo(): void;
    dismissError(): void;
  };
}

/** This room on the clinic network: its settings and how its broker link is doing, as main says. */
export const networkStore = create<NetworkStore>()((set) => {
  onEvent('network.changed', (view) => set({ view }));
  const attempt = attemptFor(set);
  return {
    view: null,
    saving: false,
    status: null,
    drafts: {},
    histories: {},
    error: null,
    actions: {
      load: async () => {
        const view = await attempt(() => api['network.get']({}));
        if (view) set({ view });
      },
      save: async (settings, password) => {
        set({ saving: true, status: null });
        const view = await attempt(() => api['network.save']({ settings, password }));
        set({ saving: false, ...(view && { view, status: 'Saved.' }) });
        return view !== null;
      },
      undo: () => {},
      dismissError: () => set({ error: null }),
    },
  };
});
