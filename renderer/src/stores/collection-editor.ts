import { useStore, type StoreApi, type UseBoundStore } from 'zustand';
import type { CheckedItem } from './editor-model';
import { createEditorStore, type EditorBackend, type EditorState } from './editor-store';
import type { CollectionStore } from './collection-store';

/**
 * The editor of a collection the clinic adds to (programs, journeys): the editor core over the
 * collection's one store, with the hooks its tab reads.
 */
export function createCollectionEditor<T extends { id: string; name: string }>(options: {
  backend: Omit<EditorBackend<T>, 'onChange'>;
  /** The collection's one renderer store, which hears main's announcements. */
  source: UseBoundStore<StoreApi<CollectionStore<T>>>;
  /** The ids of the items that ship with the app (copied, never changed). */
  builtinIds: readonly string[];
  check: (candidate: T, at: readonly PropertyKey[]) => CheckedItem<T>;
  plural: string;
}) {
  const builtin = new Set(options.builtinIds);
  const isBuiltin = (id: string) => builtin.has(id);
  const store = createEditorStore<T>({
    backend: {
      ...options.backend,
      onChange: (listener) =>
        options.source.subscribe((now, before) => now.items !== before.items && listener(now.items)),
    },
    idOf: (item) => item.id,
    nameOf: (item) => item.name,
    isBuiltin,
    check: options.check,
    plural: options.plural,
  });
  const useEditor = <S>(selector: (state: EditorState<T>) => S): S => useStore(store, selector);
  const useEdited = () => useEditor((s) => s.items.find((item) => item.id === s.selectedId) ?? null);
  return {
    store,
    isBuiltin,
    /** Its actions (they never change). */
    actions: store.getState().actions,
    useEditor,
    /** The item open in the editor, as edited. */
    useEdited,
    /** What a tab's list shows: every item, whether they are loaded, and the one open as edited. */
    useListing: () => ({
      items: useEditor((s) => s.items),
      loaded: useEditor((s) => s.loaded),
      selectedId: useEditor((s) => s.selectedId),
      edited: useEdited(),
    }),
    /** The invalid value typed in one field of the open item, if any, with why. */
    useDraft: (part: string) => useEditor((s) => s.drafts[part]),
  };
}
