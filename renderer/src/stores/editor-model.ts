import type { z } from 'zod';
import { issueMessage, type Issue } from '@domain/zod-issues';

/**
 * The rules every clinic editor shares (settings, programs, journeys, checklist), as plain
 * functions with no React or IPC: how an edit is described, checked against its schema,
 * remembered for undo and taken back.
 */

/** Undo keeps at least this many changes in each history. */
export const HISTORY_LIMIT = 50;

/** The history an edit goes into when it names none: an editor with one history uses only this. */
export const MAIN_HISTORY = 'main';

/** Why each field of a part is invalid, by its path inside the part ("" for the part itself). */
export type FieldErrors = Record<string, string>;

/** One edit as an editor applies it: which part of the item it changes, and how. */
export interface Edit<T> {
  /** The field it changes ("clinicPhone", "phase.deep.durationSec" …). */
  part: string;
  /** What staff call it, for "Undone: …". */
  label: string;
  /** Where the field sits in the item, so errors can be shown beside it; [] for a change of the whole. */
  at: PropertyKey[];
  /** What the clinic typed, shown again if it is invalid. */
  value: unknown;
  next: (item: T) => T;
  /** Text typed key by key, grouped into one change until staff leave the field. */
  typing?: boolean;
  /** The undo history it belongs to (the tab it is made on); MAIN_HISTORY when omitted. */
  history?: string;
}

/** One saved change, remembered so it can be undone. */
export interface Change<T> {
  /** The item it changed. */
  id: string;
  part: string;
  label: string;
  /** The item before the change; null when the change made it (undo removes it again). */
  before: T | null;
  /** The item's fields it changed: undo puts back these and leaves the rest as they are now. */
  fields: string[];
  /** When it happened, counted with the drafts and every other editor, so undo knows which came last. */
  seq: number;
}

/** What a clinic typed in one field that the schema does not accept: shown with why, never saved. */
export interface Draft {
  value: unknown;
  errors: FieldErrors;
  label: string;
  seq: number;
  history: string;
}

export type CheckedItem<T> = { ok: true; item: T } | { ok: false; errors: FieldErrors };

const startsWith = (prefix: readonly PropertyKey[], path: readonly PropertyKey[]) =>
  prefix.every((key, i) => String(key) === String(path[i]));

/**
 * Checks an item after an edit against its schema. The candidate is kept as typed (the main
 * process trims text when it stores it), so a space typed between two words is not taken away.
 * Errors are keyed by their path below `at` ("" for the field itself); an issue elsewhere is
 * shown on the field too, so no refusal goes unexplained.
 */
export function checkItem<T>(
  schema: z.ZodType<T>,
  candidate: T,
  at: readonly PropertyKey[],
  messageFor: (issue: Issue) => string = issueMessage,
): CheckedItem<T> {
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, item: candidate };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = startsWith(at, issue.path) ? issue.path.slice(at.length).map(String).join('.') : '';
    errors[key] ??= messageFor(issue);
  }
  return { ok: false, errors };
}

/** Equal items, field by field. */
export function sameItem<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ between two versions of an item. */
export function changedFields<T extends object>(before: T, after: T): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (key) => !sameItem((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]),
  );
}

/**
 * The undo history after a change. Keystrokes in the field staff are still typing in
 * (`typingIn`, as `keyOf` names a change) extend the last change rather than adding one, so
 * one Undo takes back the whole edit. The oldest changes fall off past `limit`.
 */
export function recordEdit<C>(
  history: readonly C[],
  change: C,
  typingIn: string | null,
  keyOf: (change: C) => string,
  limit = HISTORY_LIMIT,
): C[] {
  const last = history.at(-1);
  if (last !== undefined && typingIn === keyOf(change) && keyOf(last) === typingIn) return [...history];
  return [...history, change].slice(-limit);
}

/** What a change must tell Undo: what staff call it and when it happened. */
export type Step = Pick<Change<unknown>, 'label' | 'seq'>;

export type UndoStep<C extends Step> =
  | { kind: 'drafts'; parts: string[]; label: string; seq: number }
  | { kind: 'change'; change: C; label: string; seq: number }
  | null;

/**
 * What Undo in one history takes back: the newest of its last saved change and the invalid
 * values typed in it after that change. A value that was never saved is simply dropped (the
 * field shows the saved value again); otherwise the last saved change is reverted.
 */
export function undoStep<C extends Step>(
  history: readonly C[],
  drafts: Record<string, Draft>,
  name: string,
): UndoStep<C> {
  const last = history.at(-1);
  const newer = Object.entries(drafts)
    .filter(([, draft]) => draft.history === name && (!last || draft.seq > last.seq))
    .sort(([, a], [, b]) => b.seq - a.seq);
  const [newest] = newer;
  if (newest) return { kind: 'drafts', parts: newer.map(([part]) => part), label: newest[1].label, seq: newest[1].seq };
  return last ? { kind: 'change', change: last, label: last.label, seq: last.seq } : null;
}

/**
 * The items with `change` taken back: an added item removed, a removed one put back where it
 * was, and an edited one given back the fields the change touched, the rest staying as now.
 */
export function revertChange<T>(items: readonly T[], change: Change<T>, idOf: (item: T) => string): T[] {
  const index = items.findIndex((item) => idOf(item) === change.id);
  const rest = items.filter((item) => idOf(item) !== change.id);
  if (!change.before) return rest;
  const now = items[index];
  const restored = now ? withFieldsOf(now, change.before, change.fields) : change.before;
  rest.splice(index < 0 ? rest.length : index, 0, restored);
  return rest;
}

function withFieldsOf<T>(item: T, source: T, fields: readonly string[]): T {
  const result = { ...item } as Record<string, unknown>;
  const from = source as Record<string, unknown>;
  for (const field of fields) {
    if (field in from) result[field] = from[field];
    else delete result[field];
  }
  return result as T;
}

/** The reason to show beside a field: its own, or else the first one found inside it. */
export function fieldError(draft: Draft | undefined): string | undefined {
  return draft && (draft.errors[''] ?? Object.values(draft.errors)[0]);
}
