import { create } from 'zustand';
import type { AppInfo } from '../../../src/ipc/contract';
import type { Program } from '../../../src/session/program';
import { api, onEvent } from '../ipc/client';
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
  };
}

/** Room-wide facts (clinic, programs) and which screen is showing; programs and names follow main's announcements. */
export const useAppStore = create<AppStore>()((set) => {
  onEvent('programs.changed', (programs) => set({ programs }));
  onEvent('clinic.changed', ({ clinicName, roomName, defaultLanguage, keepSheetCopies }) =>
    set((s) => (s.info ? { info: { ...s.info, clinicName, roomName, defaultLanguage, keepSheetCopies } } : {})),
  );
  return {
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
    },
  };
});

export const useAppActions = () => useAppStore((s) => s.actions);
