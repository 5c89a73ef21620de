import { BUILTIN_PROMPTS } from '../sheet/builtin-prompts';
import type { IntegrationPrompt, SheetWording, Translated } from '../sheet/prompt-types';
import { DEFAULT_SHEET_WORDING } from '../sheet/sheet-wording';
import { moveItem } from '../list-order';
import type { ClinicConfig, PromptOverride } from './clinic-config';

/**
 * The changes a clinic makes in the editor, as plain functions from settings to settings.
 * None of them validates: the editor checks every result against `ClinicConfig` before it
 * is kept, so an invalid one is shown to the clinic and never saved.
 */

/** A part of the take-home sheet's fixed wording that a clinic can rewrite. */
export type WordingPart = keyof SheetWording;
export const WORDING_PARTS = ['tonight', 'thisWeek', 'weeklyCheckIn', 'crisisLine'] as const satisfies WordingPart[];

/** The parts written as several lines (the others are one paragraph). */
export const LINE_PARTS = ['tonight', 'thisWeek'] as const satisfies WordingPart[];
export const MAX_WORDING_LINES = 5;

/** A text in both languages, compared as printed. */
const sameText = (a: Translated, b: Translated) => a.en === b.en && a.es === b.es;
const sameWording = (a: Translated | Translated[], b: Translated | Translated[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The wording the sheet prints: the clinic's own where it has one, the built-in one elsewhere. */
export function sheetWordingOf(config: Pick<ClinicConfig, 'sheetWording'>): SheetWording {
  return { ...DEFAULT_SHEET_WORDING, ...config.sheetWording };
}

/** True when the clinic has rewritten this part of the sheet. */
export function hasOwnWording(config: Pick<ClinicConfig, 'sheetWording'>, part: WordingPart): boolean {
  return config.sheetWording[part] !== undefined;
}

/** Rewrites one part of the sheet; writing the built-in text back is the same as using it. */
export function withWording<P extends WordingPart>(
  config: ClinicConfig,
  part: P,
  value: SheetWording[P],
): ClinicConfig {
  if (sameWording(value, DEFAULT_SHEET_WORDING[part])) return withBuiltinWording(config, part);
  return { ...config, sheetWording: { ...config.sheetWording, [part]: value } };
}

/** Drops the clinic's wording for one part, so the sheet prints the built-in text again. */
export function withBuiltinWording(config: ClinicConfig, part: WordingPart): ClinicConfig {
  const { [part]: _dropped, ...rest } = config.sheetWording;
  return { ...config, sheetWording: rest };
}

const builtinPrompt = (id: string) => BUILTIN_PROMPTS.find((prompt) => prompt.id === id);

/** Keeps only what differs from the built-in prompt, and no override at all when nothing does. */
function withOverride(config: ClinicConfig, id: string, override: PromptOverride): ClinicConfig {
  const { [id]: _old, ...others } = config.promptOverrides;
  const builtin = builtinPrompt(id)!;
  const kept: PromptOverride = {};
  if (override.enabled !== undefined && override.enabled !== builtin.enabled) kept.enabled = override.enabled;
  if (override.text && !sameText(override.text, builtin.text)) kept.text = override.text;
  return { ...config, promptOverrides: Object.keys(kept).length > 0 ? { ...others, [id]: kept } : others };
}

const withCustom = (config: ClinicConfig, id: string, change: (prompt: IntegrationPrompt) => IntegrationPrompt) => ({
  ...config,
  customPrompts: config.customPrompts.map((prompt) => (prompt.id === id ? change(prompt) : prompt)),
});

/** Rewords a prompt: a built-in one through an override, the clinic's own in place. */
export function withPromptText(config: ClinicConfig, id: string, text: Translated): ClinicConfig {
  if (builtinPrompt(id)) return withOverride(config, id, { ...config.promptOverrides[id], text });
  return withCustom(config, id, (prompt) => ({ ...prompt, text }));
}

/** Switches a prompt on or off for the sheets to come. */
export function withPromptHandedOut(config: ClinicConfig, id: string, enabled: boolean): ClinicConfig {
  if (builtinPrompt(id)) return withOverride(config, id, { ...config.promptOverrides[id], enabled });
  return withCustom(config, id, (prompt) => ({ ...prompt, enabled }));
}

/** Puts a built-in prompt's own wording back, keeping whether it is handed out. */
export function withBuiltinPromptWording(config: ClinicConfig, id: string): ClinicConfig {
  const { text: _text, ...rest } = config.promptOverrides[id] ?? {};
  return withOverride(config, id, rest);
}

/** True when the clinic has reworded this built-in prompt. */
export function isReworded(config: Pick<ClinicConfig, 'promptOverrides'>, id: string): boolean {
  return config.promptOverrides[id]?.text !== undefined;
}

/** Replaces one of the clinic's own prompts (its id stays). */
export function withCustomPrompt(config: ClinicConfig, prompt: IntegrationPrompt): ClinicConfig {
  return withCustom(config, prompt.id, () => prompt);
}

/** Adds a prompt of the clinic's own at the end of its list. */
export function withNewPrompt(config: ClinicConfig, prompt: IntegrationPrompt): ClinicConfig {
  return { ...config, customPrompts: [...config.customPrompts, prompt] };
}

/** Deletes one of the clinic's own prompts; built-in ones can only be switched off. */
export function withoutPrompt(config: ClinicConfig, id: string): ClinicConfig {
  return { ...config, customPrompts: config.customPrompts.filter((prompt) => prompt.id !== id) };
}

/** A few words of a text as an id-safe slug ("Qué notaste hoy" → "que-notaste-hoy"). */
export function slugOf(text: string, maxLength = 32): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || 'prompt';
}

/**
 * A new id for a clinic's own prompt: `clinic-<slug>-<n>`, with `n` above every number the
 * clinic's prompts already use, so an id printed on an earlier sheet is not given to a
 * different prompt while those prompts are kept.
 */
export function newCustomPromptId(config: Pick<ClinicConfig, 'customPrompts'>, englishText: string): string {
  const used = config.customPrompts.map((prompt) => Number(/-(\d+)$/.exec(prompt.id)?.[1] ?? 0));
  const n = Math.max(0, ...used) + 1;
  return `clinic-${slugOf(englishText)}-${n}`;
}

/** The clinic's lists of labelled items, edited the same way: the discharge checklist and the early-close reasons. */
export type LabelledList = 'dischargeChecklist' | 'earlyCloseReasons';

/**
 * A new item's id in one of those lists: `item-<n>`, above every number the list uses. Ids stay
 * when an item is renamed, so a tick already in a session's log keeps pointing at its item.
 */
export function newChecklistItemId(
  config: Pick<ClinicConfig, LabelledList>,
  list: LabelledList = 'dischargeChecklist',
): string {
  const used = config[list].map((item) => Number(/^item-(\d+)$/.exec(item.id)?.[1] ?? 0));
  return `item-${Math.max(0, ...used) + 1}`;
}

/** Adds an item at the end of a list. */
export function withChecklistItem(
  config: ClinicConfig,
  label: string,
  list: LabelledList = 'dischargeChecklist',
): ClinicConfig {
  const item = { id: newChecklistItemId(config, list), label };
  return { ...config, [list]: [...config[list], item] };
}

/** Renames an item in place. */
export function withChecklistLabel(
  config: ClinicConfig,
  id: string,
  label: string,
  list: LabelledList = 'dischargeChecklist',
): ClinicConfig {
  return { ...config, [list]: config[list].map((item) => (item.id === id ? { ...item, label } : item)) };
}

/** Takes an item off a list (a session already running keeps its own copy). */
export function withoutChecklistItem(
  config: ClinicConfig,
  id: string,
  list: LabelledList = 'dischargeChecklist',
): ClinicConfig {
  return { ...config, [list]: config[list].filter((item) => item.id !== id) };
}

/** Moves an item one place up (-1) or down (1); past either end nothing changes. */
export function withChecklistItemMoved(
  config: ClinicConfig,
  id: string,
  by: -1 | 1,
  list: LabelledList = 'dischargeChecklist',
): ClinicConfig {
  const from = config[list].findIndex((item) => item.id === id);
  if (from < 0) return config;
  return { ...config, [list]: moveItem(config[list], from, from + by) };
}
