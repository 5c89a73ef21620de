import { z } from 'zod';

/** Most items one list holds (the clinic's, or a program's own), so it stays one glance on the console. */
export const MAX_CHECKLIST_ITEMS = 20;

/** One thing staff tick before the patient leaves; also the shape of a clinic's early-close reasons. */
export const ChecklistItem = z.object({
  id: z.string().min(1).max(40),
  label: z.string().trim().min(1).max(120),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** An item as a session carries it: a program's own items get a prefix, so they never share a clinic item's id. */
export const SessionChecklistItem = ChecklistItem.extend({ id: z.string().min(1).max(50) });
export type SessionChecklistItem = z.infer<typeof SessionChecklistItem>;

/** Prefix for a program's own items in a session's checklist. */
const PROGRAM_ITEM = 'program:';

/** A session's discharge checklist: the clinic's list, then the program's own items. */
export function sessionChecklist(
  clinicItems: readonly ChecklistItem[],
  programItems: readonly ChecklistItem[],
): SessionChecklistItem[] {
  return [...clinicItems, ...programItems.map((item) => ({ id: `${PROGRAM_ITEM}${item.id}`, label: item.label }))];
}
