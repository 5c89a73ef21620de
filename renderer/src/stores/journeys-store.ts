import { api, onEvent } from '../ipc/client';
import { createCollectionStore } from './collection-store';

/** The renderer's one copy of the journeys, kept current by main's `journeys.changed`. */
export const useJourneysStore = createCollectionStore({
  list: () => api['journeys.list']({}),
  onChanged: (listener) => onEvent('journeys.changed', listener),
});

/** Every journey, built-in and the clinic's own. */
export const useJourneys = () => useJourneysStore((s) => s.items);
