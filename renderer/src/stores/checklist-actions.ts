import type { ClinicConfig } from '@domain/clinic/clinic-config';
import {
  withChecklistItemMoved,
  withChecklistLabel,
  withoutChecklistItem,
  type LabelledList,
} from '@domain/clinic/clinic-edits';
import { checkNewChecklistItem, type PartChange } from './clinic-editor-model';

/** The clinic editor's edits to its labelled lists: the discharge checklist (by default) and the early-close reasons. */
export interface ChecklistActions {
  /** Adds an item at the end; returns its id, or why it cannot be added. */
  addChecklistItem(label: string, list?: LabelledList): { ok: true; id: string } | { ok: false; error: string };
  /** Renames an item as typed, key by key. */
  renameChecklistItem(id: string, label: string, list?: LabelledList): void;
  removeChecklistItem(id: string, list?: LabelledList): void;
  /** Moves an item one place up (-1) or down (1). */
  moveChecklistItem(id: string, by: -1 | 1, list?: LabelledList): void;
}

/** The part an item's label is drafted under, so an invalid label is shown beside its field. */
export const checklistItemPart = (id: string, list: LabelledList = 'dischargeChecklist') => `${list}.${id}`;

const NOUN: Record<LabelledList, string> = { dischargeChecklist: 'checklist item', earlyCloseReasons: 'close reason' };

/**
 * The list edits, made through the editor store's `change` so they are checked, saved and
 * undone like every other edit.
 */
export function checklistActions(
  change: (edit: PartChange) => void,
  config: () => ClinicConfig | null,
): ChecklistActions {
  const indexOf = (id: string, list: LabelledList) => config()?.[list].findIndex((item) => item.id === id) ?? -1;
  return {
    addChecklistItem: (label, list = 'dischargeChecklist') => {
      const current = config();
      if (!current) return { ok: false, error: 'The clinic settings are not loaded yet.' };
      const checked = checkNewChecklistItem(current, label, list);
      if (!checked.ok) return checked;
      change({
        part: checklistItemPart(checked.id, list),
        label: `added ${NOUN[list]}`,
        at: [],
        value: label,
        next: () => checked.config,
      });
      return { ok: true, id: checked.id };
    },
    renameChecklistItem: (id, label, list = 'dischargeChecklist') =>
      change({
        part: checklistItemPart(id, list),
        label: NOUN[list],
        at: [list, indexOf(id, list)],
        value: label,
        next: (settings) => withChecklistLabel(settings, id, label, list),
        typing: true,
      }),
    // The same part as renaming, so a label left invalid goes with its item.
    removeChecklistItem: (id, list = 'dischargeChecklist') =>
      change({
        part: checklistItemPart(id, list),
        label: `removed ${NOUN[list]}`,
        at: list === 'earlyCloseReasons' ? [list] : [],
        value: undefined,
        next: (settings) => withoutChecklistItem(settings, id, list),
      }),
    moveChecklistItem: (id, by, list = 'dischargeChecklist') =>
      change({
        part: `${list}.order`,
        label: list === 'dischargeChecklist' ? 'checklist order' : 'order of close reasons',
        at: [list],
        value: undefined,
        next: (settings) => withChecklistItemMoved(settings, id, by, list),
      }),
  };
}
