import { createStore, type StoreApi } from 'zustand/vanilla';
import { recordItemChange, undoStep, type ItemChange, type ItemDraft } from './collection-editor-model';
import { sameItem, type CheckedItem, type Edit } from './editor-model';
import { nextEditSeq } from './edit-sequence';
import { editorSync } from './editor-sync';
import { createSaveQueue, type SaveStatus } from './save-queue';
import { errorMessage } from '@domain/error-message';

/** Where programs or journeys come from and go to: the main process in the app, a fake in tests. */
export interface CollectionBackend<T> {
  /** Built-in items first, then the clinic's own. */
  list(): Promise<T[]>;
  /** Resolves to the item as stored (text trimmed); rejects with the reason when refused. */
  save(item: T): Promise<T>;
  remove(id: string): Promise<unknown>;
  /** Hears the whole list each time it changes in main (from the collection's store); answers how to stop. */
  onChange?(listener: (items: T[]) => void): () => void;
}

export interface CollectionEditorActions<T> {
  /** Reads the list afresh (after any save still on its way) and starts a new undo history. */
  load(): Promise<void>;
  /** Opens one of the clinic's own items in the editor (null closes it); unsaved values are dropped. */
  select(id: string | null): void;
  /** Adds a new item of the clinic's own (a copy, a new journey) and opens it. */
  add(item: T, label: string): void;
  remove(id: string): void;
  /** One edit of the item being edited. */
  edit(edit: Edit<T>): void;
  /** Staff left a field: the next keystroke starts a new change for undo. */
  endTyping(): void;
  /** Takes back the last thing done: an unsaved value, or else the last saved change. */
  undo(): void;
  dismissError(): void;
}

export interface CollectionEditorState<T> extends SaveStatus {
  /** Built-in items, then the clinic's own as edited; every one has passed the schema. */
  items: T[];
  loaded: boolean;
  selectedId: string | null;
  /** Fields of the selected item whose typed value is invalid, by part. */
  drafts: Record<string, ItemDraft>;
  history: ItemChange<T>[];
  actions: CollectionEditorActions<T>;
}

/**
 * An editor for a collection of programs or journeys: the clinic's own items are checked as
 * typed, valid edits are saved at once (one request at a time, the newest version of each
 * item winning) and invalid ones stay on screen with their reasons. Built-in items are never
 * sent. If the main process refuses a save, the items and undo history it last accepted return.
 * A change made elsewhere (a pack import, another window) replaces the items and starts a new
 * undo history, so Undo never writes an older version over it.
 */
export function createCollectionEditorStore<T extends { id: string; name: string }>(options: {
  backend: CollectionBackend<T>;
  isBuiltin: (id: string) => boolean;
  check: (candidate: T, at: readonly PropertyKey[]) => CheckedItem<T>;
  /** "programs", "journeys": for messages. */
  plural: string;
}): StoreApi<CollectionEditorState<T>> {
  const { backend, isBuiltin, check, plural } = options;
  /** The clinic's own items as the main process holds them (as they were sent). */
  let stored = new Map<string, T>();
  let storedHistory: ItemChange<T>[] = [];
  /** The clinic's own items as the main process answered or announced them, to know its echo of our saves. */
  let answered = new Map<string, T>();
  let typingIn: string | null = null;
  const ownItems = (items: readonly T[]) =>
    new Map(items.filter((item) => !isBuiltin(item.id)).map((item) => [item.id, item]));

  return createStore<CollectionEditorState<T>>()((set, get) => {
    /** The first difference between the editor's own items and the stored copy, if any. */
    const nextDifference = (): { id: string; item: T | null } | null => {
      const own = get().items.filter((item) => !isBuiltin(item.id));
      const changed = own.find((item) => !stored.has(item.id) || !sameItem(stored.get(item.id), item));
      if (changed) return { id: changed.id, item: changed };
      const removed = [...stored.keys()].find((id) => !own.some((item) => item.id === id));
      return removed ? { id: removed, item: null } : null;
    };

    const saves = createSaveQueue({
      set,
      nextRequest: () => {
        const difference = nextDifference();
        if (!difference) return null;
        const { id, item } = difference;
        return async () => {
          if (item) answered.set(id, await backend.save(item));
          else await backend.remove(id);
          if (item) stored.set(id, item);
          else {
            stored.delete(id);
            answered.delete(id);
          }
          if (!nextDifference()) storedHistory = get().history;
        };
      },
      refused: (error) => {
        typingIn = null;
        const builtin = get().items.filter((item) => isBuiltin(item.id));
        const selectedId = stored.has(get().selectedId ?? '') ? get().selectedId : null;
        set({
          items: [...builtin, ...stored.values()],
          history: storedHistory,
          drafts: {},
          selectedId,
          status: null,
          error: `${errorMessage(error)} Your ${plural} are back as they were last saved.`,
        });
      },
    });

    /** Shows the items as the main process holds them, with a new undo history. */
    const adopt = (items: T[], elsewhere: boolean) => {
      stored = ownItems(items);
      answered = ownItems(items);
      storedHistory = [];
      typingIn = null;
      const selectedId = stored.has(get().selectedId ?? '') ? get().selectedId : null;
      const status = elsewhere
        ? `The ${plural} were changed elsewhere (an import, another window): shown as they are now.`
        : null;
      set({ items, loaded: true, selectedId, drafts: {}, history: [], status, error: null });
    };

    const sync = editorSync<T[]>({
      saves,
      saving: () => get().saving,
      loaded: () => get().loaded,
      read: () => backend.list(),
      isEcho: (items) => {
        const own = ownItems(items);
        return own.size === answered.size && [...own].every(([id, item]) => sameItem(answered.get(id), item));
      },
      adopt,
      loadFailed: (reason) => set({ error: `The ${plural} could not be loaded: ${reason}` }),
    });
    backend.onChange?.((items) => void sync.follow(items));

    /** Applies a change to the items, remembers it for undo, and saves it. */
    const commit = (items: T[], change: Omit<ItemChange<T>, 'seq'>, typing: boolean, selectedId = get().selectedId) => {
      const history = recordItemChange(get().history, { ...change, seq: nextEditSeq() }, typing ? typingIn : null);
      typingIn = typing ? `${change.id}:${change.part}` : null;
      set({ items, history, selectedId, status: null, error: null });
      void saves.flush();
    };

    return {
      items: [],
      loaded: false,
      selectedId: null,
      drafts: {},
      history: [],
      saving: false,
      status: null,
      error: null,
      actions: {
        load: sync.load,
        select: (id) => {
          typingIn = null;
          set({ selectedId: id !== null && isBuiltin(id) ? null : id, drafts: {} });
        },
        add: (item, label) => {
          set({ drafts: {} });
          commit([...get().items, item], { id: item.id, part: 'added', label, before: null }, false, item.id);
        },
        remove: (id) => {
          const item = get().items.find((i) => i.id === id);
          if (!item || isBuiltin(id)) return;
          const selectedId = get().selectedId === id ? null : get().selectedId;
          if (selectedId === null) set({ drafts: {} });
          const rest = get().items.filter((i) => i.id !== id);
          commit(rest, { id, part: 'removed', label: `deleted ${item.name}`, before: item }, false, selectedId);
        },
        edit: ({ part, label, at, value, next, typing = false }) => {
          const { items, selectedId, drafts } = get();
          const item = items.find((i) => i.id === selectedId);
          if (!item) return;
          const { [part]: _old, ...otherDrafts } = drafts;
          const checked = check(next(item), at);
          if (!checked.ok) {
            // A change of the whole item has no field to show its reason beside.
            if (at.length === 0) set({ error: `That change cannot be made: ${Object.values(checked.errors)[0]}` });
            else set({ drafts: { ...drafts, [part]: { value, errors: checked.errors, label, seq: nextEditSeq() } } });
            return;
          }
          set({ drafts: otherDrafts });
          if (sameItem(checked.item, item)) return;
          const updated = items.map((i) => (i.id === item.id ? checked.item : i));
          commit(updated, { id: item.id, part, label, before: item }, typing);
        },
        endTyping: () => {
          typingIn = null;
        },
        undo: () => {
          const step = undoStep(get().history, get().drafts);
          if (!step) return;
          typingIn = null;
          if (step.kind === 'drafts') {
            const drafts = { ...get().drafts };
            for (const part of step.parts) delete drafts[part];
            set({ drafts, status: `Undone: ${step.label}, which was not saved.`, error: null });
            return;
          }
          const { id, before, label } = step.change;
          const items = get().items.filter((i) => i.id !== id);
          const index = get().items.findIndex((i) => i.id === id);
          if (before) items.splice(index < 0 ? items.length : index, 0, before);
          set({
            items,
            history: get().history.slice(0, -1),
            drafts: {},
            selectedId: before ? id : get().selectedId === id ? null : get().selectedId,
            status: `Undone: ${label}. Saved.`,
            error: null,
          });
          void saves.flush();
        },
        dismissError: () => set({ error: null }),
      },
    };
  });
}
