import { ClinicConfig } from '@domain/clinic/clinic-config';
import { checkItem, type FieldErrors } from './editor-model';
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
 * The clinic editor's own rules as plain functions (no React, no IPC), so they can be tested in
 * Node: checking the settings, a new prompt and a new checklist item.
 */

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
