import { create } from 'zustand';
import type { AppInfo } from '../../../src/ipc/contract';
import type { Program } from '../../../src/session/program';
import { api } from '../ipc/client';
import { errorMessage } from '../../../src/error-message';

export type Screen = 'room' | 'sheet' | 'history' | 'library' | 'lights' | 'clinic';

interface AppStore {
  info: AppInfo | null;
  programs: Program[];
  screen: Screen;
  loadError: string | null;
  actions: {
    load(): Promise<void>;
    show(screen: Screen): void;
    /** Reads the programs again after the clinic changed its own. */
    reloadPrograms(): Promise<void>;
  };
}

/** Room-wide facts (clinic, programs) and which screen is showing. */
export const useAppStore = create<AppStore>()((set) => ({
  info: null,
  programs: [],
  screen: 'room',
  loadError: null,
  actions: {
    load: async () => {
      try {
        const [info, programs] = await Promise.all([api['app.info']({}), api['programs.list']({})]);
        set({ info, programs, loadError: null });
      } catch (error) {
        set({ loadError: errorMessage(error) });
      }
    },
    show: (screen) => set({ screen }),
    reloadPrograms: async () => {
      try {
        set({ programs: await api['programs.list']({}) });
      } catch (error) {
        set({ loadError: errorMessage(error) });
      }
    },
  },
}));

export const useAppActions = () => useAppStore((s) => s.actions);
