import type { ClinicConfig } from '../../../src/clinic/clinic-config';
import { withChecklistItemMoved, withChecklistLabel, withoutChecklistItem } from '../../../src/clinic/clinic-edits';
import { checkNewChecklistItem, type PartChange } from './clinic-editor-model';

/** The clinic editor's edits to the discharge checklist. */
export interface ChecklistActions {
  /** Adds an item at the end; returns its id, or why it cannot be added. */
  addChecklistItem(label: string): { ok: true; id: string } | { ok: false; error: string };
  /** Renames an item as typed, key by key. */
  renameChecklistItem(id: string, label: string): void;
  removeChecklistItem(id: string): void;
  /** Moves an item one place up (-1) or down (1). */
  moveChecklistItem(id: string, by: -1 | 1): void;
}

/** The part an item's label is drafted under, so an invalid label is shown beside its field. */
export const checklistItemPart = (id: string) => `dischargeChecklist.${id}`;

/**
 * The checklist edits, made through the editor store's `change` so they are checked, saved
 * and undone like every other edit.
 */
export function checklistActions(
  change: (edit: PartChange) => void,
  config: () => ClinicConfig | null,
): ChecklistActions {
  const indexOf = (id: string) => config()?.dischargeChecklist.findIndex((item) => item.id === id) ?? -1;
  return {
    addChecklistItem: (label) => {
      const current = config();
      if (!current) return { ok: false, error: 'The clinic settings are not loaded yet.' };
      const checked = checkNewChecklistItem(current, label);
      if (!checked.ok) return checked;
      change({
        part: checklistItemPart(checked.id),
        label: 'added checklist item',
        at: [],
        value: label,
        next: () => checked.config,
      });
      return { ok: true, id: checked.id };
    },
    renameChecklistItem: (id, label) =>
      change({
        part: checklistItemPart(id),
        label: 'checklist item',
        at: ['dischargeChecklist', indexOf(id)],
        value: label,
        next: (settings) => withChecklistLabel(settings, id, label),
        typing: true,
      }),
    // The same part as renaming, so a label left invalid goes with its item.
    removeChecklistItem: (id) =>
      change({
        part: checklistItemPart(id),
        label: 'removed checklist item',
        at: [],
        value: undefined,
        next: (settings) => withoutChecklistItem(settings, id),
      }),
    moveChecklistItem: (id, by) =>
      change({
        part: 'dischargeChecklist.order',
        label: 'checklist order',
        at: ['dischargeChecklist'],
        value: undefined,
        next: (settings) => withChecklistItemMoved(settings, id, by),
      }),
  };
}
