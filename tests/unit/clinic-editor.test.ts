import { describe, expect, test, vi } from 'vitest';
import { ClinicConfig, defaultClinicConfig } from '@domain/clinic/clinic-config';
import { BUILTIN_PROMPTS } from '@domain/sheet/builtin-prompts';
import { DEFAULT_SHEET_WORDING } from '@domain/sheet/sheet-wording';
import {
  checkChange,
  checkNewChecklistItem,
  checkNewPrompt,
  recordChange,
  type Change,
  type PromptDraft,
} from '../../renderer/src/stores/clinic-editor-model';
import { createClinicEditorStore, type ClinicBackend } from '../../renderer/src/stores/clinic-editor-store';
import { HISTORY_LIMIT } from '../../renderer/src/stores/editor-model';

const start = { ...defaultClinicConfig(7), clinicName: 'Harbor Clinic', clinicPhone: '555 0100' };

/** A main process in memory: validates like the real one and remembers what it stored. */
function fakeMain(options: { refuse?: (config: ClinicConfig) => string | null; gate?: () => Promise<void> } = {}) {
  const saves: ClinicConfig[] = [];
  let stored = start;
  const listeners = new Set<(config: ClinicConfig) => void>();
  /** Like the main process: every change is announced to every window, before the answer. */
  const announce = () => listeners.forEach((listener) => listener(stored));
  const backend: ClinicBackend = {
    load: async () => stored,
    save: async (config) => {
      saves.push(config);
      await options.gate?.();
      const reason = options.refuse?.(config);
      if (reason) throw new Error(reason);
      stored = ClinicConfig.parse(config);
      announce();
      return stored;
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** A change made elsewhere: another window, or a clinic pack brought in. */
  const changeElsewhere = (config: ClinicConfig) => {
    stored = config;
    announce();
  };
  return { backend, saves, stored: () => stored, changeElsewhere };
}

async function openEditor(main = fakeMain()) {
  const store = createClinicEditorStore(main.backend);
  await store.getState().actions.load();
  const settled = () => vi.waitFor(() => expect(store.getState().saving).toBe(false));
  return { store, actions: store.getState().actions, main, settled };
}

describe('checking a change', () => {
  test('errors are shown by field inside the part, in words a clinic can act on', () => {
    const checked = checkChange({ ...start, sheetWording: { tonight: [{ en: ' ', es: 'x'.repeat(301) }] } }, [
      'sheetWording',
      'tonight',
    ]);
    expect(checked).toEqual({
      ok: false,
      errors: { '0.en': 'This cannot be empty.', '0.es': 'Keep it to 300 characters or fewer.' },
    });
    expect(checkChange({ ...start, inductionSessions: 21 }, ['inductionSessions'])).toEqual({
      ok: false,
      errors: { '': 'Use 20 or less.' },
    });
    expect(checkChange({ ...start, inductionSessions: NaN }, ['inductionSessions'])).toEqual({
      ok: false,
      errors: { '': 'Enter a number.' },
    });
    expect(checkChange({ ...start, clinicPhone: '555-CALL' }, ['clinicPhone'])).toEqual({
      ok: false,
      errors: { '': 'Use digits, spaces and + ( ) - . only.' },
    });
  });

  test('a valid change keeps the text as typed, so a space between two words survives', () => {
    const checked = checkChange({ ...start, clinicName: 'Harbor ' }, ['clinicName']);
    expect(checked).toEqual({ ok: true, config: { ...start, clinicName: 'Harbor ' } });
  });

  test('a new prompt needs both languages, a stage and a theme', () => {
    const empty: PromptDraft = { text: { en: '', es: '' }, stages: [], theme: '' };
    const checked = checkNewPrompt(start, empty);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors).sort()).toEqual(['stages', 'text.en', 'text.es', 'theme']);
    const full: PromptDraft = { text: { en: 'Rest well?', es: '¿Descansaste?' }, stages: ['first'], theme: 'sleep' };
    expect(checkNewPrompt(start, full)).toMatchObject({ ok: true, id: 'clinic-rest-well-1' });
  });
});

describe('undo history', () => {
  const change = (part: string): Change => ({ part, label: part, before: start, settings: [], seq: 0 });

  test('keystrokes in one field make one change until staff leave it', () => {
    let history = recordChange([], change('clinicName'), null);
    history = recordChange(history, change('clinicName'), 'clinicName');
    expect(history).toHaveLength(1);
    history = recordChange(history, change('clinicName'), null);
    expect(history).toHaveLength(2);
    history = recordChange(history, change('clinicPhone'), 'clinicName');
    expect(history.map((c) => c.part)).toEqual(['clinicName', 'clinicName', 'clinicPhone']);
  });

  test('keeps the newest changes, at least twenty of them', () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(20);
    let history: Change[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recordChange(history, change(`part-${i}`), null);
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history.at(-1)!.part).toBe(`part-${HISTORY_LIMIT + 4}`);
  });
});

describe('the clinic editor', () => {
  test('a valid edit is saved at once and says so', async () => {
    const { store, actions, main, settled } = await openEditor();
    actions.setDetail('clinicPhone', '(555) 010-4477');
    await settled();
    expect(main.stored().clinicPhone).toBe('(555) 010-4477');
    expect(store.getState().status).toBe('Saved');
  });

  test('an invalid edit stays on screen with its reason, is not saved, and other edits still are', async () => {
    const { store, actions, main, settled } = await openEditor();
    actions.setDetail('clinicPhone', '555-CALL');
    expect(store.getState().drafts.clinicPhone).toEqual({
      value: '555-CALL',
      errors: { '': 'Use digits, spaces and + ( ) - . only.' },
    });
    expect(store.getState().config!.clinicPhone).toBe('555 0100');
    expect(main.saves).toEqual([]);

    actions.setDetail('roomName', 'Quiet room');
    await settled();
    expect(main.stored()).toMatchObject({ roomName: 'Quiet room', clinicPhone: '555 0100' });
    expect(store.getState().drafts.clinicPhone?.value).toBe('555-CALL');

    actions.setDetail('clinicPhone', '555 0199');
    await settled();
    expect(store.getState().drafts).toEqual({});
    expect(main.stored().clinicPhone).toBe('555 0199');
  });

  test('undo restores the settings before the last change and saves them, again and again', async () => {
    const { store, actions, main, settled } = await openEditor();
    for (let sessions = 1; sessions <= 20; sessions++) actions.setDetail('inductionSessions', sessions);
    await settled();
    expect(main.stored().inductionSessions).toBe(20);
    for (let i = 0; i < 20; i++) actions.undo();
    await settled();
    expect(main.stored().inductionSessions).toBe(6);
    expect(store.getState().history).toEqual([]);
    expect(store.getState().status).toBe('Undone: sessions in the first series. Saved.');
  });

  test('one Undo takes back a whole typed edit, not one letter', async () => {
    const { actions, main, settled } = await openEditor();
    for (const typed of ['B', 'Ba', 'Bay', 'Bay ', 'Bay C']) actions.setDetail('clinicName', typed);
    actions.endTyping();
    actions.setDetail('clinicName', 'Bay Clinic');
    await settled();
    actions.undo();
    await settled();
    expect(main.stored().clinicName).toBe('Bay C');
    actions.undo();
    await settled();
    expect(main.stored().clinicName).toBe('Harbor Clinic');
  });

  test('Undo on a tab takes back that tab’s last change and leaves newer changes on other tabs as they are', async () => {
    const { store, actions, main, settled } = await openEditor();
    actions.setDetail('clinicPhone', '555 0199');
    const draft: PromptDraft = { text: { en: 'Rest well?', es: '¿Descansaste?' }, stages: ['first'], theme: 'sleep' };
    expect(actions.addPrompt(draft)).toMatchObject({ ok: true });
    actions.setDetail('paperSize', 'a4');
    await settled();

    // The Rooms tab changes none of these settings: its Undo has nothing to take back.
    actions.undo([]);
    await settled();
    expect(main.stored()).toMatchObject({ clinicPhone: '555 0199', paperSize: 'a4' });
    expect(main.stored().customPrompts).toHaveLength(1);

    // The Details tab's Undo takes back the paper size, then the phone, and never the prompt added between.
    const details = ['clinicName', 'roomName', 'clinicPhone', 'paperSize'] as const;
    actions.undo(details);
    actions.undo(details);
    await settled();
    expect(main.stored()).toMatchObject({ clinicPhone: '555 0100', paperSize: 'letter' });
    expect(main.stored().customPrompts).toHaveLength(1);
    expect(store.getState().status).toBe('Undone: phone number. Saved.');

    // The prompt's own tab still takes it back.
    actions.undo(['customPrompts', 'promptOverrides']);
    await settled();
    expect(main.stored().customPrompts).toEqual([]);
    expect(store.getState().history).toEqual([]);
  });

  test('undo also clears what was typed but never saved', async () => {
    const { store, actions, settled } = await openEditor();
    actions.setWording('crisisLine', { en: 'Call 112.', es: 'Llama al 112.' });
    actions.setWording('tonight', [...DEFAULT_SHEET_WORDING.tonight, { en: '', es: '' }]);
    expect(Object.keys(store.getState().drafts)).toEqual(['sheetWording.tonight']);
    actions.undo();
    await settled();
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().config!.sheetWording).toEqual({});
  });

  test('saves go one at a time and the newest settings win', async () => {
    let open: () => void = () => {};
    const main = fakeMain({ gate: () => new Promise<void>((resolve) => (open = resolve)) });
    const { actions, settled } = await openEditor(main);
    actions.setDetail('roomName', 'R');
    actions.setDetail('roomName', 'Ro');
    actions.setDetail('roomName', 'Room 9');
    expect(main.saves).toHaveLength(1);
    open();
    await vi.waitFor(() => expect(main.saves).toHaveLength(2));
    open();
    await settled();
    expect(main.saves.map((s) => s.roomName)).toEqual(['R', 'Room 9']);
    expect(main.stored().roomName).toBe('Room 9');
  });

  test('a refused save shows the main process’s reason and brings back the last good settings', async () => {
    const main = fakeMain({ refuse: (config) => (config.roomName === 'Room 13' ? 'The disk is full.' : null) });
    const { store, actions, settled } = await openEditor(main);
    actions.setDetail('roomName', 'Room 12');
    await settled();
    actions.endTyping();
    actions.setDetail('roomName', 'Room 13');
    await settled();
    const state = store.getState();
    expect(state.error).toBe('The disk is full. The settings are back as they were last saved.');
    expect(state.config!.roomName).toBe('Room 12');
    expect(state.history.map((c) => c.label)).toEqual(['room name']);
    expect(main.stored().roomName).toBe('Room 12');
    actions.undo();
    await settled();
    expect(main.stored().roomName).toBe('Room 1');
  });

  test('built-in prompts are switched off and reworded through overrides, and restored', async () => {
    const { store, actions, main, settled } = await openEditor();
    const prompt = BUILTIN_PROMPTS[3]!;
    actions.setPromptHandedOut(prompt.id, false);
    actions.editPrompt(prompt.id, { text: { ...prompt.text, en: 'New words.' }, stages: [], theme: '' });
    await settled();
    expect(main.stored().promptOverrides).toEqual({
      [prompt.id]: { enabled: false, text: { ...prompt.text, en: 'New words.' } },
    });
    // Stages and theme of a built-in prompt are not the clinic's to change, so an empty draft of them does no harm.
    expect(store.getState().drafts).toEqual({});
    actions.restorePromptWording(prompt.id);
    await settled();
    expect(main.stored().promptOverrides).toEqual({ [prompt.id]: { enabled: false } });
  });

  test('the clinic’s own prompt is added with a new id, changed, deleted, and brought back by undo', async () => {
    const { actions, main, settled } = await openEditor();
    const draft: PromptDraft = { text: { en: 'Rest well?', es: '¿Descansaste?' }, stages: ['first'], theme: 'sleep' };
    expect(actions.addPrompt({ ...draft, stages: [] })).toEqual({
      ok: false,
      errors: { stages: 'Choose at least one.' },
    });
    const added = actions.addPrompt(draft);
    expect(added).toEqual({ ok: true, id: 'clinic-rest-well-1' });
    actions.editPrompt('clinic-rest-well-1', { ...draft, stages: ['first', 'maintenance'] }, false);
    await settled();
    expect(main.stored().customPrompts).toEqual([
      { id: 'clinic-rest-well-1', ...draft, stages: ['first', 'maintenance'], enabled: true },
    ]);
    actions.deletePrompt('clinic-rest-well-1');
    await settled();
    expect(main.stored().customPrompts).toEqual([]);
    actions.undo();
    await settled();
    expect(main.stored().customPrompts).toHaveLength(1);
  });

  test('its own saves coming back from main, trimmed, leave the text as typed and the undo history alone', async () => {
    const { store, actions, settled } = await openEditor();
    actions.setDetail('clinicName', 'Harbor Clinic East ');
    await settled();
    expect(store.getState().config!.clinicName).toBe('Harbor Clinic East ');
    expect(store.getState().history.map((c) => c.label)).toEqual(['clinic name']);
  });

  test('settings changed elsewhere are shown at once, and Undo never writes the older ones over them', async () => {
    const { store, actions, main, settled } = await openEditor();
    actions.setDetail('clinicPhone', '555 0199');
    actions.endTyping();
    await settled();
    main.changeElsewhere({ ...start, clinicName: 'Imported Clinic', clinicPhone: '555 0300' });
    await vi.waitFor(() => expect(store.getState().config!.clinicName).toBe('Imported Clinic'));
    expect(store.getState().status).toMatch(/changed elsewhere/);
    actions.undo();
    await settled();
    expect(main.stored()).toMatchObject({ clinicName: 'Imported Clinic', clinicPhone: '555 0300' });
  });

  test('a change that changes nothing is neither saved nor remembered', async () => {
    const { store, actions, main, settled } = await openEditor();
    actions.setDetail('paperSize', 'letter');
    await settled();
    expect(main.saves).toEqual([]);
    expect(store.getState().history).toEqual([]);
  });
});

describe('editing the discharge checklist', () => {
  const labels = (config: ClinicConfig) => config.dischargeChecklist.map((item) => item.label);

  test('an empty new item is refused with the reason, and a full list says it is full', () => {
    expect(checkNewChecklistItem(start, '   ')).toEqual({ ok: false, error: 'This cannot be empty.' });
    expect(checkNewChecklistItem(start, 'x'.repeat(121))).toEqual({
      ok: false,
      error: 'Keep it to 120 characters or fewer.',
    });
    const full = {
      ...start,
      dischargeChecklist: Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, label: 'Check' })),
    };
    expect(checkNewChecklistItem(full, 'One more')).toEqual({
      ok: false,
      error: 'The checklist holds 20 items at most.',
    });
  });

  test('items are added, renamed as typed, moved and removed, each saved at once and undone one by one', async () => {
    const { store, actions, main, settled } = await openEditor();
    const added = actions.addChecklistItem('Escort present');
    expect(added).toEqual({ ok: true, id: 'item-1' });
    for (const typed of ['E', 'Es', 'Escort in the room']) actions.renameChecklistItem('item-1', typed);
    actions.endTyping();
    actions.moveChecklistItem('item-1', -1);
    actions.removeChecklistItem('vitals');
    await settled();
    expect(labels(main.stored())).toEqual([
      ...labels(start).filter(
        (label) => label !== 'Vital signs at or near baseline' && label !== 'Take-home sheet given',
      ),
      'Escort in the room',
      'Take-home sheet given',
    ]);
    expect(store.getState().history.map((c) => c.label)).toEqual([
      'added checklist item',
      'checklist item',
      'checklist order',
      'removed checklist item',
    ]);

    actions.undo();
    actions.undo();
    await settled();
    expect(labels(main.stored())).toEqual([...labels(start), 'Escort in the room']);
    expect(store.getState().status).toBe('Undone: checklist order. Saved.');
    actions.undo();
    actions.undo();
    await settled();
    expect(main.stored().dischargeChecklist).toEqual(start.dischargeChecklist);
  });

  test('an emptied label stays on screen with its reason and is not saved; removing the item clears it', async () => {
    const { store, actions, main, settled } = await openEditor();
    actions.renameChecklistItem('escort', '');
    expect(store.getState().drafts['dischargeChecklist.escort']).toEqual({
      value: '',
      errors: { label: 'This cannot be empty.' },
    });
    expect(main.saves).toEqual([]);
    expect(actions.addChecklistItem('')).toEqual({ ok: false, error: 'This cannot be empty.' });
    actions.removeChecklistItem('escort');
    await settled();
    expect(store.getState().drafts).toEqual({});
    expect(labels(main.stored())).not.toContain('Responsible adult escort present');
  });
});
