import { create } from 'zustand';
import { attemptFor } from './attempt';

export interface CollectionStore<T> {
  /** Built-in items first, then the clinic's own, as the main process holds them. */
  items: T[];
  loaded: boolean;
  error: string | null;
  actions: { load(): Promise<void> };
}

/** The renderer's one copy of a collection: read once, then replaced by each of main's announcements. */
export function createCollectionStore<T>(source: {
  /** The request that lists it (`programs.list`). */
  list: () => Promise<T[]>;
  /** Its event (`programs.changed`), which carries the whole collection after every change. */
  onChanged: (listener: (items: T[]) => void) => () => void;
}) {
  return create<CollectionStore<T>>()((set) => {
    const attempt = attemptFor(set);
    source.onChanged((items) => set({ items, loaded: true, error: null }));
    return {
      items: [],
      loaded: false,
      error: null,
      actions: {
        load: async () => {
          const items = await attempt(source.list);
          if (items) set({ items, loaded: true });
        },
      },
    };
  });
}
