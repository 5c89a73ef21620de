import { create } from 'zustand';
import type { ClinicConfig } from '../../../src/clinic/clinic-config';
import { api, onEvent } from '../ipc/client';
import { errorMessage } from '../../../src/error-message';

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
  onEvent('clinic.changed', (config) => set({ config, error: null }));
  return {
    config: null,
    error: null,
    actions: {
      load: async () => {
        try {
          set({ config: await api['clinic.get']({}), error: null });
        } catch (error) {
          set({ error: errorMessage(error) });
        }
      },
      save: async (next) => {
        try {
          set({ config: await api['clinic.save'](next), error: null });
          return true;
        } catch (error) {
          set({ error: errorMessage(error) });
          return false;
        }
      },
    },
  };
});

export const useClinicActions = () => useClinicStore((s) => s.actions);
