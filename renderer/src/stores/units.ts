/**
 * People read and type minutes and percentages; programs store seconds and fractions. These
 * convert between the two. A value that is not a number stays NaN, so the schema says why.
 */

/** The number typed in a field; an empty field is not a number. */
export function parseTyped(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? NaN : Number(trimmed);
}

/** Minutes as typed, in whole seconds. */
export function minutesToSec(minutes: number): number {
  return Math.round(minutes * 60);
}

/** Seconds as minutes to show in a field: whole minutes where they are, otherwise up to two decimals. */
export function secToMinutes(seconds: number): number {
  return Math.round((seconds / 60) * 100) / 100;
}

/** A volume (0..1) as a whole percentage. */
export function fractionToPercent(fraction: number): number {
  return Math.round(fraction * 100);
}

/** A percentage as typed, as a volume (0..1). */
export function percentToFraction(percent: number): number {
  return percent / 100;
}
