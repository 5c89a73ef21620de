import { useStore } from 'zustand';
import { BUILTIN_JOURNEYS, Journey } from '@domain/music/journey';
import { api } from '../ipc/client';
import { useJourneysStore } from './journeys-store';
import { checkItem } from './editor-model';
import { createCollectionEditorStore, type CollectionEditorState } from './collection-editor-store';

const BUILTIN_IDS = new Set(BUILTIN_JOURNEYS.map((j) => j.id));

/** True for the journeys that ship with the app (copied, never changed). */
export const isBuiltinJourney = (id: string) => BUILTIN_IDS.has(id);

/** The journey editor: drafts and undo over the journeys store, saving through the main process. */
export const journeysEditorStore = createCollectionEditorStore<Journey>({
  backend: {
    list: () => api['journeys.list']({}),
    save: (journey) => api['journeys.save'](journey),
    remove: (id) => api['journeys.delete']({ id }),
    onChange: (listener) =>
      useJourneysStore.subscribe((now, before) => now.items !== before.items && listener(now.items)),
  },
  isBuiltin: isBuiltinJourney,
  plural: 'journeys',
  check: (candidate, at) => checkItem(Journey, candidate, at),
});

/** Subscribes a component to one slice of the journey editor. */
export function useJourneysEditor<T>(selector: (state: CollectionEditorState<Journey>) => T): T {
  return useStore(journeysEditorStore, selector);
}

/** The journey editor's actions (they never change). */
export const useJourneysActions = () => useJourneysEditor((s) => s.actions);

/** The journey open in the editor, as edited. */
export const useEditedJourney = () => useJourneysEditor((s) => s.items.find((j) => j.id === s.selectedId) ?? null);
