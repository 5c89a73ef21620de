import { describe, expect, test } from 'vitest';
import { ClinicConfig, DEFAULT_DISCHARGE_CHECKLIST, defaultClinicConfig } from '@domain/clinic/clinic-config';
import {
  hasOwnWording,
  isReworded,
  newChecklistItemId,
  newCustomPromptId,
  sheetWordingOf,
  slugOf,
  withBuiltinPromptWording,
  withBuiltinWording,
  withChecklistItem,
  withChecklistItemMoved,
  withChecklistLabel,
  withNewPrompt,
  withoutChecklistItem,
  withoutPrompt,
  withPromptHandedOut,
  withPromptText,
  withWording,
} from '@domain/clinic/clinic-edits';
import { BUILTIN_PROMPTS } from '@domain/sheet/builtin-prompts';
import { clinicPromptLibrary } from '@domain/sheet/prompt-library';
import type { IntegrationPrompt } from '@domain/sheet/prompt-types';
import { DEFAULT_SHEET_WORDING } from '@domain/sheet/sheet-wording';

const clinic = defaultClinicConfig(7);
const builtin = BUILTIN_PROMPTS[0]!;
const own: IntegrationPrompt = {
  id: 'clinic-rest-1',
  stages: ['early'],
  theme: 'sleep',
  text: { en: 'How did you rest?', es: '¿Cómo descansaste?' },
  enabled: true,
};
const inLibrary = (config: ClinicConfig, id: string) => clinicPromptLibrary(config).find((p) => p.id === id)!;

describe('sheet wording', () => {
  test('the sheet prints the built-in wording until the clinic rewrites a part', () => {
    expect(sheetWordingOf(clinic)).toEqual(DEFAULT_SHEET_WORDING);
    const crisis = { en: 'Call 112.', es: 'Llama al 112.' };
    const changed = withWording(clinic, 'crisisLine', crisis);
    expect(sheetWordingOf(changed).crisisLine).toEqual(crisis);
    expect(sheetWordingOf(changed).tonight).toEqual(DEFAULT_SHEET_WORDING.tonight);
    expect(hasOwnWording(changed, 'crisisLine')).toBe(true);
    expect(hasOwnWording(changed, 'tonight')).toBe(false);
  });

  test('using the built-in wording removes the clinic’s own for that part only', () => {
    const changed = withWording(withWording(clinic, 'crisisLine', { en: 'a', es: 'b' }), 'weeklyCheckIn', {
      en: 'c',
      es: 'd',
    });
    const restored = withBuiltinWording(changed, 'crisisLine');
    expect(restored.sheetWording).toEqual({ weeklyCheckIn: { en: 'c', es: 'd' } });
    expect(sheetWordingOf(restored).crisisLine).toEqual(DEFAULT_SHEET_WORDING.crisisLine);
  });

  test('writing the built-in text back is the same as using the built-in wording', () => {
    const lines = [...DEFAULT_SHEET_WORDING.tonight, { en: 'One more line.', es: 'Una línea más.' }];
    const added = withWording(clinic, 'tonight', lines);
    expect(added.sheetWording.tonight).toHaveLength(4);
    expect(withWording(added, 'tonight', DEFAULT_SHEET_WORDING.tonight).sheetWording).toEqual({});
  });
});

describe('prompt changes', () => {
  test('rewording a built-in prompt is kept as an override and shows in the library', () => {
    const text = { en: 'What stayed with you?', es: '¿Qué se quedó contigo?' };
    const changed = withPromptText(clinic, builtin.id, text);
    expect(changed.promptOverrides).toEqual({ [builtin.id]: { text } });
    expect(inLibrary(changed, builtin.id).text).toEqual(text);
    expect(isReworded(changed, builtin.id)).toBe(true);
  });

  test('restoring the built-in wording keeps the prompt switched off if it was', () => {
    const text = { en: 'New words.', es: 'Palabras nuevas.' };
    const changed = withPromptHandedOut(withPromptText(clinic, builtin.id, text), builtin.id, false);
    const restored = withBuiltinPromptWording(changed, builtin.id);
    expect(restored.promptOverrides).toEqual({ [builtin.id]: { enabled: false } });
    expect(inLibrary(restored, builtin.id)).toEqual({ ...builtin, enabled: false });
  });

  test('an override that changes nothing is dropped', () => {
    const off = withPromptHandedOut(clinic, builtin.id, false);
    expect(withPromptHandedOut(off, builtin.id, true).promptOverrides).toEqual({});
    expect(withPromptText(clinic, builtin.id, builtin.text).promptOverrides).toEqual({});
  });

  test('the clinic’s own prompts are changed and deleted in place; built-in ones are never deleted', () => {
    const added = withNewPrompt(clinic, own);
    const reworded = withPromptText(added, own.id, { en: 'Rest?', es: '¿Descanso?' });
    expect(reworded.customPrompts[0]!.text.en).toBe('Rest?');
    expect(reworded.promptOverrides).toEqual({});
    expect(withPromptHandedOut(added, own.id, false).customPrompts[0]!.enabled).toBe(false);
    expect(withoutPrompt(added, own.id).customPrompts).toEqual([]);
    expect(clinicPromptLibrary(withoutPrompt(added, builtin.id))).toHaveLength(BUILTIN_PROMPTS.length + 1);
  });
});

describe('ids for the clinic’s own prompts', () => {
  test('read like the prompt, without accents or punctuation', () => {
    expect(slugOf('¿Qué notaste hoy, después de la sesión?')).toBe('que-notaste-hoy-despues-de-la');
    expect(slugOf('!!!')).toBe('prompt');
  });

  test('are numbered past every number in use, so one that was printed is not given to another prompt', () => {
    expect(newCustomPromptId(clinic, 'How did you rest?')).toBe('clinic-how-did-you-rest-1');
    const two = withNewPrompt(withNewPrompt(clinic, own), { ...own, id: 'clinic-other-4' });
    expect(newCustomPromptId(two, 'How did you rest?')).toBe('clinic-how-did-you-rest-5');
    const id = newCustomPromptId(clinic, 'a'.repeat(300));
    expect(id.length).toBeLessThanOrEqual(60);
  });

  test('are never the id of a built-in prompt and always fit the schema', () => {
    const id = newCustomPromptId(clinic, builtin.text.en);
    expect(BUILTIN_PROMPTS.some((p) => p.id === id)).toBe(false);
    expect(ClinicConfig.safeParse(withNewPrompt(clinic, { ...own, id })).success).toBe(true);
  });
});

describe('the discharge checklist', () => {
  const labels = (config: ClinicConfig) => config.dischargeChecklist.map((item) => item.label);

  test('a new item goes at the end with an id no other item has', () => {
    const added = withChecklistItem(clinic, 'Water offered');
    expect(labels(added)).toEqual([...DEFAULT_DISCHARGE_CHECKLIST.map((item) => item.label), 'Water offered']);
    expect(added.dischargeChecklist.at(-1)!.id).toBe('item-1');
    const twice = withChecklistItem(added, 'Blanket returned');
    expect(twice.dischargeChecklist.at(-1)!.id).toBe('item-2');
    // Ids count past the highest in use, so removing an earlier item never makes a duplicate.
    expect(newChecklistItemId(withoutChecklistItem(twice, 'item-1'))).toBe('item-3');
    expect(ClinicConfig.safeParse(twice).success).toBe(true);
  });

  test('renaming keeps the item’s id and place, so ticks already logged still point at it', () => {
    const renamed = withChecklistLabel(clinic, 'escort', 'Escort in the waiting room');
    expect(renamed.dischargeChecklist[6]).toEqual({ id: 'escort', label: 'Escort in the waiting room' });
    expect(labels(renamed).filter((label, i) => label !== labels(clinic)[i])).toHaveLength(1);
  });

  test('an item moves one place at a time and stays put at either end', () => {
    const ids = (config: ClinicConfig) => config.dischargeChecklist.map((item) => item.id);
    const rest = ['steady', 'nausea', 'dissociation'];
    expect(ids(withChecklistItemMoved(clinic, 'escort', -1))).toEqual([
      'vitals',
      'alert',
      ...rest,
      'escort',
      'mood',
      'driving',
      'sheet',
    ]);
    expect(ids(withChecklistItemMoved(clinic, 'vitals', 1))).toEqual([
      'alert',
      'vitals',
      ...rest,
      'mood',
      'escort',
      'driving',
      'sheet',
    ]);
    expect(ids(withChecklistItemMoved(clinic, 'vitals', -1))).toEqual(ids(clinic));
    expect(ids(withChecklistItemMoved(clinic, 'sheet', 1))).toEqual(ids(clinic));
  });

  test('removing takes out that item only; the schema refuses an empty label or a 21st item', () => {
    expect(labels(withoutChecklistItem(clinic, 'vitals'))).not.toContain('Vital signs at or near baseline');
    expect(withoutChecklistItem(clinic, 'vitals').dischargeChecklist).toHaveLength(8);
    expect(ClinicConfig.safeParse(withChecklistLabel(clinic, 'escort', '  ')).success).toBe(false);
    let full = clinic;
    while (full.dischargeChecklist.length < 20) full = withChecklistItem(full, 'Another check');
    expect(ClinicConfig.safeParse(full).success).toBe(true);
    expect(ClinicConfig.safeParse(withChecklistItem(full, 'One too many')).success).toBe(false);
  });
});

describe('the reasons for closing early', () => {
  test('are a list of their own, edited like the checklist, and at least one must stay', () => {
    const added = withChecklistItem(clinic, 'Patient requested', 'earlyCloseReasons');
    expect(added.earlyCloseReasons.at(-1)).toEqual({ id: 'item-1', label: 'Patient requested' });
    expect(added.dischargeChecklist).toEqual(clinic.dischargeChecklist);
    const moved = withChecklistItemMoved(added, 'item-1', -1, 'earlyCloseReasons');
    expect(moved.earlyCloseReasons.at(-2)!.id).toBe('item-1');
    let emptied = clinic;
    for (const { id } of clinic.earlyCloseReasons) emptied = withoutChecklistItem(emptied, id, 'earlyCloseReasons');
    expect(ClinicConfig.safeParse(emptied).success).toBe(false);
  });
});
