import { describe, expect, test, vi } from 'vitest';
import { BUILTIN_JOURNEYS, Journey } from '@domain/music/journey';
import { builtinPrograms } from '@domain/session/builtin-programs';
import { Program } from '@domain/session/program';
import { undoStep, type ItemChange, type ItemDraft } from '../../renderer/src/stores/collection-editor-model';
import { createCollectionEditorStore, type CollectionBackend } from '../../renderer/src/stores/collection-editor-store';
import { checkItem } from '../../renderer/src/stores/editor-model';
import { journeyCopy, journeyEdits, newJourney } from '../../renderer/src/stores/journey-fields';
import {
  phaseList,
  phaseTyped,
  programCopy,
  programText,
  reminderList,
} from '../../renderer/src/stores/program-fields';
import { programIssueMessage } from '../../renderer/src/stores/program-messages';

const BUILTIN = builtinPrograms();
const builtinIds = new Set(BUILTIN.map((p) => p.id));
const own = programCopy(BUILTIN[0]!, BUILTIN, 'clinic-own');

/** A main process in memory: refuses built-in changes and invalid programs like the real one. */
function fakeMain(options: { refuse?: (program: Program) => string | null; gate?: () => Promise<void> } = {}) {
  const stored = new Map<string, Program>([[own.id, own]]);
  const requests: string[] = [];
  const listeners = new Set<(items: Program[]) => void>();
  /** Like the main process: every change is announced to every window, before the answer. */
  const announce = () => listeners.forEach((listener) => listener([...BUILTIN, ...stored.values()]));
  const backend: CollectionBackend<Program> = {
    list: async () => [...BUILTIN, ...stored.values()],
    save: async (program) => {
      requests.push(`save ${program.id} ${program.name}`);
      await options.gate?.();
      if (builtinIds.has(program.id)) throw new Error('A built-in program cannot be changed.');
      const reason = options.refuse?.(program);
      if (reason) throw new Error(reason);
      stored.set(program.id, Program.parse(program));
      announce();
      return stored.get(program.id)!;
    },
    remove: async (id) => {
      requests.push(`delete ${id}`);
      stored.delete(id);
      announce();
      return null;
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** A change made elsewhere: another window, or a clinic pack brought in. */
  const changeElsewhere = (items: Program[]) => {
    stored.clear();
    for (const item of items) stored.set(item.id, item);
    announce();
  };
  return { backend, stored, requests, changeElsewhere };
}

async function openEditor(main = fakeMain()) {
  const store = createCollectionEditorStore<Program>({
    backend: main.backend,
    isBuiltin: (id) => builtinIds.has(id),
    plural: 'programs',
    check: (candidate, at) => checkItem(Program, candidate, at, programIssueMessage),
  });
  const actions = store.getState().actions;
  await actions.load();
  actions.select(own.id);
  const settled = () => vi.waitFor(() => expect(store.getState().saving).toBe(false));
  const edited = () => store.getState().items.find((p) => p.id === store.getState().selectedId)!;
  return { store, actions, main, settled, edited };
}

describe('the program editor', () => {
  test('a valid edit is saved at once', async () => {
    const { store, actions, main, settled, edited } = await openEditor();
    actions.edit(phaseTyped(edited(), 'deep', 'durationMin', '35'));
    await settled();
    expect(main.stored.get(own.id)!.phases.find((p) => p.id === 'deep')!.durationSec).toBe(2100);
    expect(store.getState().status).toBe('Saved');
  });

  test('its own saves coming back from main, trimmed, leave the text as typed and the undo history alone', async () => {
    const { store, actions, settled, edited } = await openEditor();
    actions.edit(programText('name', 'Harbor IV '));
    await settled();
    expect(edited().name).toBe('Harbor IV ');
    expect(store.getState().history.map((c) => c.label)).toEqual(['program name']);
  });

  test('a change made elsewhere is shown at once, and Undo never writes the older version over it', async () => {
    const { store, actions, main, settled, edited } = await openEditor();
    actions.edit(programText('name', 'Harbor IV, renamed'));
    actions.endTyping();
    await settled();
    const imported = { ...own, name: 'Harbor IV, 45 min' };
    const added = { ...own, id: 'clinic-new', name: 'Harbor calm' };
    main.changeElsewhere([imported, added]);
    await vi.waitFor(() => expect(edited().name).toBe('Harbor IV, 45 min'));
    expect(store.getState().items.map((p) => p.name)).toContain('Harbor calm');
    expect(store.getState().status).toMatch(/changed elsewhere/);
    actions.undo();
    await settled();
    expect([...main.stored.values()].map((p) => p.name)).toEqual(['Harbor IV, 45 min', 'Harbor calm']);
  });

  test('an invalid value stays on screen with its reason and is not saved', async () => {
    const { store, actions, main, edited } = await openEditor();
    actions.edit(phaseTyped(edited(), 'deep', 'durationMin', '0'));
    expect(store.getState().drafts['phase.deep.durationMin']).toMatchObject({
      value: '0',
      errors: { '': 'Make it longer than 0 minutes.' },
    });
    expect(main.requests).toEqual([]);
    expect(edited().phases.find((p) => p.id === 'deep')!.durationSec).toBe(
      own.phases.find((p) => p.id === 'deep')!.durationSec,
    );
  });

  test('keystrokes in one field are one change; Undo takes back the whole edit and saves', async () => {
    const { store, actions, main, settled, edited } = await openEditor();
    for (const text of ['H', 'Ha', 'Harbor IV']) actions.edit(programText('name', text));
    actions.endTyping();
    await settled();
    expect(store.getState().history).toHaveLength(1);
    expect(main.stored.get(own.id)!.name).toBe('Harbor IV');
    actions.undo();
    await settled();
    expect(edited().name).toBe(own.name);
    expect(main.stored.get(own.id)!.name).toBe(own.name);
    expect(store.getState().status).toBe('Undone: program name. Saved.');
  });

  test('Undo first drops a value typed after the last change, then takes back that change', async () => {
    const { store, actions, main, settled, edited } = await openEditor();
    actions.edit(reminderList({ add: true }));
    await settled();
    actions.edit(phaseTyped(edited(), 'deep', 'durationMin', '-1'));
    actions.undo();
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().status).toBe('Undone: Deep length, which was not saved.');
    expect(main.stored.get(own.id)!.reminders).toHaveLength(own.reminders.length + 1);
    actions.undo();
    await settled();
    expect(main.stored.get(own.id)!.reminders).toHaveLength(own.reminders.length);
  });

  test('only the clinic’s own programs open in the editor; built-in ones are never sent', async () => {
    const { store, actions, main } = await openEditor();
    actions.select('iv-40');
    expect(store.getState().selectedId).toBeNull();
    actions.edit(programText('name', 'Changed'));
    expect(main.requests).toEqual([]);
  });

  test('a copy is saved and opened; Undo removes it again', async () => {
    const { store, actions, main, settled } = await openEditor();
    const copy = programCopy(BUILTIN[1]!, store.getState().items, 'clinic-copy');
    actions.add(copy, `copy of ${BUILTIN[1]!.name}`);
    await settled();
    expect(store.getState().selectedId).toBe('clinic-copy');
    expect(main.stored.get('clinic-copy')!.name).toBe('IV infusion, 60 min (copy)');
    actions.undo();
    await settled();
    expect(main.stored.has('clinic-copy')).toBe(false);
    expect(store.getState().selectedId).toBeNull();
  });

  test('a deleted program comes back with Undo', async () => {
    const { store, actions, main, settled } = await openEditor();
    actions.remove(own.id);
    await settled();
    expect(main.stored.has(own.id)).toBe(false);
    expect(store.getState().selectedId).toBeNull();
    actions.undo();
    await settled();
    expect(main.stored.get(own.id)).toEqual(own);
    expect(store.getState().status).toBe(`Undone: deleted ${own.name}. Saved.`);
  });

  test('one save at a time: edits made meanwhile go together, the newest winning', async () => {
    let release!: () => void;
    const gate = () => new Promise<void>((resolve) => (release = resolve));
    const main = fakeMain({ gate: () => gate() });
    const { actions, settled, edited } = await openEditor(main);
    actions.edit(programText('name', 'First'));
    actions.endTyping();
    actions.edit(phaseList(edited(), { add: true }));
    actions.edit(programText('name', 'Second'));
    expect(main.requests).toEqual([`save ${own.id} First`]);
    release();
    await vi.waitFor(() => expect(main.requests).toHaveLength(2));
    release();
    await settled();
    expect(main.requests).toEqual([`save ${own.id} First`, `save ${own.id} Second`]);
    expect(main.stored.get(own.id)!.phases).toHaveLength(own.phases.length + 1);
  });

  test('a refused save is explained, and the program and undo history return as last saved', async () => {
    const main = fakeMain({ refuse: (p) => (p.name === 'Refused' ? 'The disk is full.' : null) });
    const { store, actions, settled, edited } = await openEditor(main);
    actions.edit(programText('name', 'Kept'));
    actions.endTyping();
    await settled();
    actions.edit(programText('name', 'Refused'));
    await settled();
    expect(store.getState().error).toBe('The disk is full. Your programs are back as they were last saved.');
    expect(edited().name).toBe('Kept');
    expect(store.getState().history.map((c) => c.label)).toEqual(['program name']);
  });
});

describe('what Undo takes back', () => {
  const change = (seq: number): ItemChange<string> => ({ id: 'a', part: 'name', label: 'name', before: 'x', seq });
  const draft = (seq: number, label = 'Deep length'): ItemDraft => ({ value: '0', errors: {}, label, seq });

  test('the newest of the last change and the unsaved values', () => {
    expect(undoStep([], {})).toBeNull();
    expect(undoStep([change(1)], {})).toEqual({ kind: 'change', change: change(1) });
    expect(undoStep([change(1)], { a: draft(2) })).toEqual({ kind: 'drafts', parts: ['a'], label: 'Deep length' });
    expect(undoStep([change(3)], { a: draft(2) })).toEqual({ kind: 'change', change: change(3) });
    expect(undoStep([], { a: draft(1, 'one'), b: draft(4, 'four') })).toEqual({
      kind: 'drafts',
      parts: ['b', 'a'],
      label: 'four',
    });
  });
});

describe('journeys', () => {
  test('a new journey plays calm ambience everywhere, is valid, and takes a name not in use', () => {
    const first = newJourney(BUILTIN_JOURNEYS, 'clinic-1');
    expect(Journey.safeParse(first).success).toBe(true);
    expect(first.name).toBe('New journey');
    expect(newJourney([...BUILTIN_JOURNEYS, first], 'clinic-2').name).toBe('New journey 2');
  });

  test('a copy of a built-in journey is the clinic’s own, with the same sounds', () => {
    const copy = journeyCopy(BUILTIN_JOURNEYS[0]!, BUILTIN_JOURNEYS, 'clinic-x');
    expect(copy).toMatchObject({ id: 'clinic-x', name: 'Ocean, no music (copy)', sounds: BUILTIN_JOURNEYS[0]!.sounds });
  });

  test('a part’s sound and the cover are checked against the schema', () => {
    const journey = newJourney([], 'clinic-1');
    const withPlaylist = journeyEdits.sound('deep', { playlistId: 'pl-1' });
    expect(checkItem(Journey, withPlaylist.next(journey), withPlaylist.at)).toMatchObject({
      ok: true,
      item: { sounds: { deep: { playlistId: 'pl-1' }, opening: { ambience: 'ocean-swell' } } },
    });
    const unnamed = journeyEdits.text('name', '  ');
    expect(checkItem(Journey, unnamed.next(journey), unnamed.at)).toEqual({
      ok: false,
      errors: { '': 'This cannot be empty.' },
    });
    expect(journeyEdits.cover('track-1').next(journey).coverTrackId).toBe('track-1');
  });
});
