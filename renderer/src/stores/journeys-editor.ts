import { BUILTIN_JOURNEYS, Journey } from '@domain/music/journey';
import { api } from '../ipc/client';
import { useJourneysStore } from './journeys-store';
import { checkItem } from './editor-model';
import { createCollectionEditor } from './collection-editor';

/** The journey editor: drafts and undo over the journeys store, saving through the main process. */
export const journeysEditor = createCollectionEditor<Journey>({
  backend: {
    list: () => api['journeys.list']({}),
    save: (journey) => api['journeys.save'](journey),
    remove: (id) => api['journeys.delete']({ id }),
  },
  source: useJourneysStore,
  builtinIds: BUILTIN_JOURNEYS.map((j) => j.id),
  check: (candidate, at) => checkItem(Journey, candidate, at),
  plural: 'journeys',
});

export const {
  /** True for the journeys that ship with the app (copied, never changed). */
  isBuiltin: isBuiltinJourney,
  useEditor: useJourneysEditor,
  useListing: useJourneyListing,
} = journeysEditor;

export const useJourneysActions = () => journeysEditor.actions;
