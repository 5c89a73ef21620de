/* How the clinic's own copies of programs and journeys are named and numbered. */

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
