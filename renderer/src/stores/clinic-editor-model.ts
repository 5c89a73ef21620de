import { ClinicConfig } from '@domain/clinic/clinic-config';
import { checkItem, HISTORY_LIMIT, recordEdit, type Edit, type FieldErrors } from './editor-model';
import { MAX_CHECKLIST_ITEMS } from '@domain/session/checklist';
import {
  newChecklistItemId,
  type LabelledList,
  newCustomPromptId,
  withChecklistItem,
  withNewPrompt,
} from '@domain/clinic/clinic-edits';
import type { IntegrationPrompt, PromptTheme, PromptStage, Translated } from '@domain/sheet/prompt-types';

/**
 * The clinic editor's rules as plain functions (no React, no IPC), so they can be tested in
 * Node: which settings a change touches, and what Undo on a tab takes back.
 */

/** One of the clinic's settings, as the tabs divide them ("clinicName", "sheetWording", "customPrompts", …). */
export type Setting = keyof ClinicConfig;

/** One saved change, remembered so it can be undone. */
export interface Change {
  /** The part of the settings it changed ("clinicPhone", "sheetWording.crisisLine", …). */
  part: string;
  /** What staff call that part, for "Undid the change to …". */
  label: string;
  before: ClinicConfig;
  /** The settings it changed: undo puts back these and leaves the rest as they are now. */
  settings: Setting[];
  /** Its place among the changes in every clinic editor (see edit-sequence). */
  seq: number;
}

/** One edit of the clinic's settings. */
export type PartChange = Edit<ClinicConfig>;

export type Checked = { ok: true; config: ClinicConfig } | { ok: false; errors: FieldErrors };

/**
 * Checks settings after a change against the real schema. The candidate keeps the text as it
 * was typed (the schema's trimming happens when the main process saves it), so a space typed
 * between two words is not taken away. Errors are keyed by their path below `at`.
 */
export function checkChange(candidate: ClinicConfig, at: readonly PropertyKey[]): Checked {
  const checked = checkItem(ClinicConfig, candidate, at);
  return checked.ok ? { ok: true, config: checked.item } : checked;
}

/** The settings that differ between two versions of the clinic's settings. */
export function changedSettings(before: ClinicConfig, after: ClinicConfig): Setting[] {
  return (Object.keys(after) as Setting[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * The newest change that Undo on a tab takes back: one that changed only the settings the tab
 * shows (`scope`; every setting when omitted). Changes made on other tabs are left alone.
 */
export function lastChangeIn(history: readonly Change[], scope?: readonly Setting[]): Change | undefined {
  return history.findLast((change) => !scope || change.settings.every((setting) => scope.includes(setting)));
}

/** The settings as they are now, with the ones `change` changed put back as they were before it. */
export function revertChange(config: ClinicConfig, change: Change): ClinicConfig {
  const reverted = { ...config };
  for (const setting of change.settings) Object.assign(reverted, { [setting]: change.before[setting] });
  return reverted;
}

/** The undo history after a change; keystrokes in one part while staff keep typing there make one change. */
export function recordChange(
  history: readonly Change[],
  change: Change,
  typingIn: string | null,
  limit = HISTORY_LIMIT,
): Change[] {
  return recordEdit(history, change, typingIn, (c) => c.part, limit);
}

/** A prompt as the clinic writes it: its text in both languages, where it fits and what it is about. */
export interface PromptDraft {
  text: Translated;
  stages: PromptStage[];
  /** Empty until the clinic chooses one. */
  theme: PromptTheme | '';
}

/** A prompt as the editor holds it (the theme may not be chosen yet; the schema says so). */
export function promptFromDraft(id: string, draft: PromptDraft, enabled = true): IntegrationPrompt {
  return { id, ...draft, enabled } as IntegrationPrompt;
}

/** Checks a new prompt of the clinic's own, as it would be added; errors are keyed "text.en", "stages", "theme". */
export function checkNewPrompt(
  config: ClinicConfig,
  draft: PromptDraft,
): { ok: true; config: ClinicConfig; id: string } | { ok: false; errors: FieldErrors } {
  const id = newCustomPromptId(config, draft.text.en);
  const checked = checkChange(withNewPrompt(config, promptFromDraft(id, draft)), [
    'customPrompts',
    config.customPrompts.length,
  ]);
  return checked.ok ? { ...checked, id } : checked;
}

/** Why a labelled list takes no more items. */
export const listFullMessage = (list: LabelledList) =>
  list === 'dischargeChecklist'
    ? `The checklist holds ${MAX_CHECKLIST_ITEMS} items at most.`
    : `The list holds ${MAX_CHECKLIST_ITEMS} reasons at most.`;

/** Checks a new item of a labelled list (checklist, early-close reasons) as it would be added, with the reason it cannot be. */
export function checkNewChecklistItem(
  config: ClinicConfig,
  label: string,
  list: LabelledList = 'dischargeChecklist',
): { ok: true; config: ClinicConfig; id: string } | { ok: false; error: string } {
  const count = config[list].length;
  if (count >= MAX_CHECKLIST_ITEMS) return { ok: false, error: listFullMessage(list) };
  const checked = checkChange(withChecklistItem(config, label, list), [list, count]);
  if (!checked.ok) return { ok: false, error: Object.values(checked.errors)[0]! };
  return { ...checked, id: newChecklistItemId(config, list) };
}
