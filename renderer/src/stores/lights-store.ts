import { create } from 'zustand';
import type { LightOutputView } from '@domain/ipc/contract';
import type { LightOutputDraft } from '@domain/light/light-output';
import { api, onEvent } from '../ipc/client';
import { attemptFor } from './attempt';

interface LightsStore {
  outputs: LightOutputView[];
  /** False where keys and tokens are kept unencrypted (no system keychain). */
  secretsEncrypted: boolean;
  loaded: boolean;
  error: string | null;
  actions: {
    load(): Promise<void>;
    /** Saves an output; resolves to the saved view, or null with `error` set. */
    save(draft: LightOutputDraft): Promise<LightOutputView | null>;
    remove(id: string): Promise<void>;
    test(id: string): Promise<void>;
    clearError(): void;
  };
}

/** The room's light outputs and how each is doing, kept current by the main process's events. */
export const useLightsStore = create<LightsStore>()((set) => {
  onEvent('lights.changed', (outputs) => set({ outputs }));
  const attempt = attemptFor(set);
  return {
    outputs: [],
    secretsEncrypted: true,
    loaded: false,
    error: null,
    actions: {
      load: async () => {
        const list = await attempt(() => api['lights.list']({}));
        if (list) set({ ...list, loaded: true });
      },
      save: (draft) => attempt(() => api['lights.save'](draft)),
      remove: async (id) => {
        await attempt(() => api['lights.remove']({ id }));
      },
      test: async (id) => {
        await attempt(() => api['lights.test']({ id }));
      },
      clearError: () => set({ error: null }),
    },
  };
});

export const useLightsActions = () => useLightsStore((s) => s.actions);
