import { create } from 'zustand';
import type { ClinicConfig } from '@domain/clinic/clinic-config';
import { api, onEvent } from '../ipc/client';
import { attemptFor } from './attempt';

interface ClinicStore {
  config: ClinicConfig | null;
  error: string | null;
  actions: {
    load(): Promise<void>;
    /** Saves the whole configuration; resolves to false (with `error` set) when it is refused. */
    save(next: ClinicConfig): Promise<boolean>;
  };
}

/** The clinic's settings: details, wording and prompts for the take-home sheet, as main announces them. */
export const useClinicStore = create<ClinicStore>()((set) => {
  const attempt = attemptFor(set);
  onEvent('clinic.changed', (config) => set({ config, error: null }));
  return {
    config: null,
    error: null,
    actions: {
      load: async () => {
        const config = await attempt(() => api['clinic.get']({}));
        if (config) set({ config });
      },
      save: async (next) => {
        const config = await attempt(() => api['clinic.save'](next));
        if (config) set({ config });
        return config !== null;
      },
    },
  };
});

export const useClinicActions = () => useClinicStore((s) => s.actions);
