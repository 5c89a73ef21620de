import { HISTORY_LIMIT, recordEdit, type FieldErrors } from './editor-model';

/**
 * The rules of the program and journey editors as plain functions (no React, no IPC), so
 * they can be tested in Node: how undo chooses what to take back, and how copies are named.
 */

/** One saved change to a program or journey, remembered so it can be undone. */
export interface ItemChange<T> {
  /** The item it changed. */
  id: string;
  /** The field it changed, e.g. "phase.deep.durationSec"; keystrokes in one field make one change. */
  part: string;
  /** What staff call it, for "Undone: …". */
  label: string;
  /** The item before the change; null when the change made it (undo removes it again). */
  before: T | null;
  /** When it happened, counted with the drafts, so undo knows which came last. */
  seq: number;
}

/** What a clinic typed in one field that the schema does not accept: shown with why, never saved. */
export interface ItemDraft {
  value: unknown;
  errors: FieldErrors;
  label: string;
  seq: number;
}

/** The undo history after a change; keystrokes in one field of one item while staff keep typing there make one change. */
export function recordItemChange<T>(
  history: readonly ItemChange<T>[],
  change: ItemChange<T>,
  typingIn: string | null,
  limit = HISTORY_LIMIT,
): ItemChange<T>[] {
  return recordEdit(history, change, typingIn, (c) => `${c.id}:${c.part}`, limit);
}

export type UndoStep<T> =
  { kind: 'drafts'; parts: string[]; label: string } | { kind: 'change'; change: ItemChange<T> } | null;

/**
 * What Undo takes back: the newest of the last saved change and the invalid values typed
 * after it. A value that was never saved is simply dropped (the field shows the saved value
 * again); otherwise the last saved change is reverted.
 */
export function undoStep<T>(history: readonly ItemChange<T>[], drafts: Record<string, ItemDraft>): UndoStep<T> {
  const last = history.at(-1);
  const newer = Object.entries(drafts)
    .filter(([, draft]) => !last || draft.seq > last.seq)
    .sort(([, a], [, b]) => b.seq - a.seq);
  if (newer.length > 0) return { kind: 'drafts', parts: newer.map(([part]) => part), label: newer[0]![1].label };
  return last ? { kind: 'change', change: last } : null;
}

/** An id for the clinic's own program or journey: `clinic-` and a random UUID. */
export function newClinicId(randomUUID: () => string = () => crypto.randomUUID()): string {
  return `clinic-${randomUUID()}`;
}

/**
 * The name of a copy: "<name> (copy)", then "(copy 2)", "(copy 3)" … past names in use,
 * shortening the original so the whole name stays within `maxLength`.
 */
export function copyName(name: string, taken: readonly string[], maxLength = 80): string {
  const base = name.trim();
  const names = new Set(taken.map((n) => n.trim()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${base.slice(0, maxLength - suffix.length).trimEnd()}${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}

/** The reason to show beside a field: its own, or else the first one found inside it. */
export function fieldError(draft: ItemDraft | undefined): string | undefined {
  return draft && (draft.errors[''] ?? Object.values(draft.errors)[0]);
}
