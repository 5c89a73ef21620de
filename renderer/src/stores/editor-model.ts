import type { z } from 'zod';
import { issueMessage, type Issue } from '@domain/zod-issues';

/**
 * The rules every clinic editor shares (settings, programs, journeys), as plain functions with
 * no React or IPC: how an edit is described, checked against its schema and remembered for undo.
 */

/** Undo keeps at least this many changes. */
export const HISTORY_LIMIT = 50;

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
