import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  changedFields,
  MAIN_HISTORY,
  recordEdit,
  revertChange,
  sameItem,
  undoStep,
  type Change,
  type CheckedItem,
  type Draft,
  type Edit,
} from './editor-model';
import { nextEditSeq } from './edit-sequence';
import { editorSync } from './editor-sync';
import { createSaveQueue, type SaveStatus } from './save-queue';
import { errorMessage } from '@domain/error-message';

/** Where the items come from and go to: the main process in the app, a fake in tests. */
export interface EditorBackend<T> {
  /** Built-in items first, then the clinic's own. */
  list(): Promise<T[]>;
  /** Resolves to the item as stored (text trimmed); rejects with the reason when refused. */
  save(item: T): Promise<T>;
  /** Only for collections whose items can be deleted. */
  remove?(id: string): Promise<unknown>;
  /** Hears the whole list each time it changes in main (from the collection's store); answers how to stop. */
  onChange?(listener: (items: T[]) => void): () => void;
}

export interface EditorActions<T> {
  /** Reads the items afresh (after any save still on its way) and starts new undo histories. */
  load(): Promise<void>;
  /** Opens one of the clinic's own items in the editor (null closes it); unsaved values are dropped. */
  select(id: string | null): void;
  /** Adds a new item of the clinic's own (a copy, a new journey) and opens it. */
  add(item: T, label: string): void;
  remove(id: string): void;
  /** One edit of an item: the one open in the editor unless `id` names another. */
  edit(edit: Edit<T>, id?: string): void;
  /** Staff left a field: the next keystroke starts a new change for undo. */
  endTyping(): void;
  /** Takes back the last thing done in one history: an unsaved value, or else the last saved change. */
  undo(history?: string): void;
  dismissError(): void;
}

export interface EditorState<T> extends SaveStatus {
  /** Built-in items, then the clinic's own as edited; every one has passed the schema. */
  items: T[];
  loaded: boolean;
  selectedId: string | null;
  /** Fields whose typed value is invalid, by part. */
  drafts: Record<string, Draft>;
  /** Saved changes, oldest first, in one history per place they are made (`Edit.history`). */
  histories: Record<string, Change<T>[]>;
  actions: EditorActions<T>;
}

export interface EditorOptions<T> {
  backend: EditorBackend<T>;
  idOf: (item: T) => string;
  /** Items that ship with the app: shown, never edited or sent. */
  isBuiltin?: (id: string) => boolean;
  check: (candidate: T, at: readonly PropertyKey[]) => CheckedItem<T>;
  /** What staff call an item, for "Undone: deleted …". */
  nameOf?: (item: T) => string;
  /** "programs", "clinic settings": for messages. */
  plural: string;
}

/**
 * An editor for a collection of items (the clinic's settings are a collection of one): the
 * clinic's own items are checked as typed, valid edits are saved at once (one request at a time,
 * the newest version of each item winning) and invalid ones stay on screen with their reasons.
 * Built-in items are never sent. Each place edits are made keeps its own undo history, even where
 * they save into one item. If the main process refuses a save, the items and histories it last
 * accepted return. A change made elsewhere (a pack import, another window) replaces the items and
 * starts new histories, so Undo never writes an older version over it.
 */
export function createEditorStore<T extends object>(options: EditorOptions<T>): StoreApi<EditorState<T>> {
  const { backend, idOf, check, plural } = options;
  const isBuiltin = options.isBuiltin ?? (() => false);
  const nameOf = options.nameOf ?? idOf;
  /** The clinic's own items as the main process holds them (as they were sent). */
  let stored = new Map<string, T>();
  let storedHistories: Record<string, Change<T>[]> = {};
  /** The clinic's own items as the main process answered or announced them, to know its echo of our saves. */
  let answered = new Map<string, T>();
  let typingIn: string | null = null;
  const ownItems = (items: readonly T[]) =>
    new Map(items.filter((item) => !isBuiltin(idOf(item))).map((item) => [idOf(item), item]));
  const typingKey = (id: string, part: string) => `${id}:${part}`;

  return createStore<EditorState<T>>()((set, get) => {
    /** The first difference between the editor's own items and the stored copy, if any. */
    const nextDifference = (): { id: string; item: T | null } | null => {
      const own = get().items.filter((item) => !isBuiltin(idOf(item)));
      const changed = own.find((item) => !sameItem(stored.get(idOf(item)), item));
      if (changed) return { id: idOf(changed), item: changed };
      const removed = [...stored.keys()].find((id) => !own.some((item) => idOf(item) === id));
      return removed ? { id: removed, item: null } : null;
    };

    const saves = createSaveQueue({
      set,
      nextRequest: () => {
        const difference = nextDifference();
        if (!difference) return null;
        const { id, item } = difference;
        return async () => {
          if (item) {
            answered.set(id, await backend.save(item));
            stored.set(id, item);
          } else {
            await backend.remove?.(id);
            stored.delete(id);
            answered.delete(id);
          }
          if (!nextDifference()) storedHistories = get().histories;
        };
      },
      refused: (error) => {
        typingIn = null;
        const builtin = get().items.filter((item) => isBuiltin(idOf(item)));
        const selectedId = stored.has(get().selectedId ?? '') ? get().selectedId : null;
        set({
          items: [...builtin, ...stored.values()],
          histories: storedHistories,
          drafts: {},
          selectedId,
          status: null,
          error: `${errorMessage(error)} The ${plural} are back as they were last saved.`,
        });
      },
    });

    /** Shows the items as the main process holds them, with new undo histories. */
    const adopt = (items: T[], elsewhere: boolean) => {
      stored = ownItems(items);
      answered = ownItems(items);
      storedHistories = {};
      typingIn = null;
      const selectedId = stored.has(get().selectedId ?? '') ? get().selectedId : null;
      const status = elsewhere
        ? `The ${plural} were changed elsewhere (an import, another window): shown as they are now.`
        : null;
      set({ items, loaded: true, selectedId, drafts: {}, histories: {}, status, error: null });
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

    /** Applies a change to the items, remembers it in its history for undo, and saves it. */
    const commit = (
      items: T[],
      change: Omit<Change<T>, 'seq'>,
      options: { typing?: boolean; history?: string; selectedId?: string | null } = {},
    ) => {
      const { typing = false, history = MAIN_HISTORY, selectedId = get().selectedId } = options;
      const key = typingKey(change.id, change.part);
      const recorded = recordEdit(
        get().histories[history] ?? [],
        { ...change, seq: nextEditSeq() },
        typing ? typingIn : null,
        (c) => typingKey(c.id, c.part),
      );
      typingIn = typing ? key : null;
      set({ items, histories: { ...get().histories, [history]: recorded }, selectedId, status: null, error: null });
      void saves.flush();
    };

    const withoutDrafts = (keep: (draft: Draft, part: string) => boolean) =>
      Object.fromEntries(Object.entries(get().drafts).filter(([part, draft]) => keep(draft, part)));

    return {
      items: [],
      loaded: false,
      selectedId: null,
      drafts: {},
      histories: {},
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
          const id = idOf(item);
          commit([...get().items, item], { id, part: 'added', label, before: null, fields: [] }, { selectedId: id });
        },
        remove: (id) => {
          const item = get().items.find((i) => idOf(i) === id);
          if (!item || isBuiltin(id)) return;
          const selectedId = get().selectedId === id ? null : get().selectedId;
          if (selectedId === null) set({ drafts: {} });
          const rest = get().items.filter((i) => idOf(i) !== id);
          commit(
            rest,
            { id, part: 'removed', label: `deleted ${nameOf(item)}`, before: item, fields: [] },
            { selectedId },
          );
        },
        edit: (
          { part, label, at, value, next, typing = false, history = MAIN_HISTORY },
          id = get().selectedId ?? '',
        ) => {
          const { items, drafts } = get();
          const item = items.find((i) => idOf(i) === id);
          if (!item || isBuiltin(id)) return;
          const { [part]: _old, ...otherDrafts } = drafts;
          const checked = check(next(item), at);
          if (!checked.ok) {
            // A change of the whole item has no field to show its reason beside.
            if (at.length === 0) set({ error: `That change cannot be made: ${Object.values(checked.errors)[0]}` });
            else
              set({
                drafts: { ...drafts, [part]: { value, errors: checked.errors, label, seq: nextEditSeq(), history } },
              });
            return;
          }
          set({ drafts: otherDrafts });
          if (sameItem(checked.item, item)) return;
          const updated = items.map((i) => (idOf(i) === id ? checked.item : i));
          const fields = changedFields(item, checked.item);
          commit(updated, { id, part, label, before: item, fields }, { typing, history });
        },
        endTyping: () => {
          typingIn = null;
        },
        undo: (history = MAIN_HISTORY) => {
          const changes = get().histories[history] ?? [];
          const step = undoStep(changes, get().drafts, history);
          if (!step) return;
          typingIn = null;
          if (step.kind === 'drafts') {
            const drafts = withoutDrafts((_, part) => !step.parts.includes(part));
            set({ drafts, status: `Undone: ${step.label}, which was not saved.`, error: null });
            return;
          }
          const { id, before, label } = step.change;
          const selectedId = get().selectedId;
          set({
            items: revertChange(get().items, step.change, idOf),
            histories: { ...get().histories, [history]: changes.slice(0, -1) },
            // Values left unsaved in this history were typed over what is now taken back.
            drafts: withoutDrafts((draft) => draft.history !== history),
            selectedId: before ? id : selectedId === id ? null : selectedId,
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
