import { api, onEvent } from '../ipc/client';
import { createCollectionStore } from './collection-store';

/** The renderer's one copy of the programs, kept current by main's `programs.changed`. */
export const useProgramsStore = createCollectionStore({
  list: () => api['programs.list']({}),
  onChanged: (listener) => onEvent('programs.changed', listener),
});

/** Every program, built-in and the clinic's own. */
export const usePrograms = () => useProgramsStore((s) => s.items);
