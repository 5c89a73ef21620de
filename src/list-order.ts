/**
 * The list with the item at `from` taken out and put back at `to` (its index afterwards);
 * the same list when either index is outside it, so a move past either end does nothing.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== from);
  return [...rest.slice(0, to), items[from]!, ...rest.slice(to)];
}

/** What a screen reader hears after a move, e.g. "Moved “Low tone” to position 3 of 8". */
export function describeMove(name: string, to: number, count: number): string {
  return `Moved “${name}” to position ${to + 1} of ${count}`;
}
