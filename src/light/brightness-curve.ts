/**
 * How a level (0–100 %) becomes a fixture's output. Eyes judge brightness roughly by the
 * cube root of light, so a straight line spends most of its steps where nobody sees a
 * difference and jumps visibly near darkness; the perceptual curve spends them evenly.
 */
export type BrightnessCurve = 'perceptual' | 'linear';

export const BRIGHTNESS_CURVES = ['perceptual', 'linear'] as const satisfies readonly BrightnessCurve[];

/** Below this lightness CIE 1976 uses its linear toe instead of the cube. */
const LIGHTNESS_TOE = 8;
/** CIE's κ (24389/27) for the toe, to the precision the standard quotes. */
const TOE_SLOPE = 903.3;

/** A level in percent held inside 0–100; a missing or broken level counts as dark. */
function clampLevel(levelPct: number): number {
  if (!Number.isFinite(levelPct)) return 0;
  return Math.min(100, Math.max(0, levelPct));
}

/** The CIE 1976 L* inverse: the share of full light that looks like `levelPct` % lightness. */
export function perceptualFraction(levelPct: number): number {
  const lightness = clampLevel(levelPct);
  if (lightness <= LIGHTNESS_TOE) return lightness / TOE_SLOPE;
  return ((lightness + 16) / 116) ** 3;
}

/** The linear share of full output (0..1) a fixture should give at `levelPct` % on `curve`. */
export function outputFraction(levelPct: number, curve: BrightnessCurve): number {
  const level = clampLevel(levelPct);
  // Exact ends whatever the arithmetic: off is off and full is full.
  if (level === 0) return 0;
  if (level === 100) return 1;
  return curve === 'perceptual' ? perceptualFraction(level) : level / 100;
}

/** An output fraction as one 8-bit DMX value (0–255). */
export function toEightBit(fraction: number): number {
  return Math.round(clampFraction(fraction) * 255);
}

/** An output fraction as a 16-bit value split into the coarse and fine DMX channels. */
export function toSixteenBit(fraction: number): { coarse: number; fine: number } {
  const value = Math.round(clampFraction(fraction) * 65535);
  return { coarse: value >> 8, fine: value & 0xff };
}

function clampFraction(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.min(1, Math.max(0, fraction));
}
