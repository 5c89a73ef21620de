import { create } from 'zustand';
import type { Program } from '../../../src/session/program';
import { api, onEvent } from '../ipc/client';
import { errorMessage } from '../../../src/error-message';

interface ProgramsStore {
  /** Built-in programs first, then the clinic's own, as the main process holds them. */
  programs: Program[];
  loaded: boolean;
  error: string | null;
  actions: {
    load(): Promise<void>;
  };
}

/** The renderer's one copy of the programs: read once, then kept current by main's `programs.changed`. */
export const useProgramsStore = create<ProgramsStore>()((set) => {
  onEvent('programs.changed', (programs) => set({ programs, loaded: true, error: null }));
  return {
    programs: [],
    loaded: false,
    error: null,
    actions: {
      load: async () => {
        try {
          set({ programs: await api['programs.list']({}), loaded: true, error: null });
        } catch (error) {
          set({ error: errorMessage(error) });
        }
      },
    },
  };
});

/** Every program, built-in and the clinic's own. */
export const usePrograms = () => useProgramsStore((s) => s.programs);
