import { create } from 'zustand';
import type { AppInfo } from '@domain/ipc/contract';
import { api, onEvent } from '../ipc/client';
import { errorMessage } from '@domain/error-message';

export type Screen = 'room' | 'sheet' | 'history' | 'library' | 'lights' | 'clinic';

interface AppStore {
  info: AppInfo | null;
  screen: Screen;
  loadError: string | null;
  actions: {
    load(): Promise<void>;
    show(screen: Screen): void;
  };
}

/** Room-wide facts (version, clinic and room name) and which screen is showing; the names follow main's announcements. */
export const useAppStore = create<AppStore>()((set) => {
  onEvent('clinic.changed', ({ clinicName, roomName, defaultLanguage, keepSheetCopies }) =>
    set((s) => (s.info ? { info: { ...s.info, clinicName, roomName, defaultLanguage, keepSheetCopies } } : {})),
  );
  return {
    info: null,
    screen: 'room',
    loadError: null,
    actions: {
      load: async () => {
        try {
          set({ info: await api['app.info']({}), loadError: null });
        } catch (error) {
          set({ loadError: errorMessage(error) });
        }
      },
      show: (screen) => set({ screen }),
    },
  };
});

export const useAppActions = () => useAppStore((s) => s.actions);
