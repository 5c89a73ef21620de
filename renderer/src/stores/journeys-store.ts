import { create } from 'zustand';
import type { Journey } from '../../../src/music/journey';
import { api, onEvent } from '../ipc/client';
import { errorMessage } from '../../../src/error-message';

interface JourneysStore {
  /** Built-in journeys first, then the clinic's own, as the main process holds them. */
  journeys: Journey[];
  loaded: boolean;
  error: string | null;
  actions: {
    load(): Promise<void>;
  };
}

/** The renderer's one copy of the journeys: read once, then kept current by main's `journeys.changed`. */
export const useJourneysStore = create<JourneysStore>()((set) => {
  onEvent('journeys.changed', (journeys) => set({ journeys, loaded: true, error: null }));
  return {
    journeys: [],
    loaded: false,
    error: null,
    actions: {
      load: async () => {
        try {
          set({ journeys: await api['journeys.list']({}), loaded: true, error: null });
        } catch (error) {
          set({ error: errorMessage(error) });
        }
      },
    },
  };
});

/** Every journey, built-in and the clinic's own. */
export const useJourneys = () => useJourneysStore((s) => s.journeys);
