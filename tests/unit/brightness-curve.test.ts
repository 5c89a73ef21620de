import { describe, expect, it } from 'vitest';
import { outputFraction, toEightBit, toSixteenBit } from '@domain/light/brightness-curve';

/** 0 to 100 % in hundredths. */
const levels = Array.from({ length: 10_001 }, (_, i) => i / 100);

describe('the brightness curve', () => {
  it.each(['perceptual', 'linear'] as const)('%s: off is exactly 0, full is exactly 1, and it only rises', (curve) => {
    expect(outputFraction(0, curve)).toBe(0);
    expect(outputFraction(100, curve)).toBe(1);
    const fractions = levels.map((level) => outputFraction(level, curve));
    const firstNotRising = fractions.findIndex((f, i) => i > 0 && f <= fractions[i - 1]!);
    expect(firstNotRising).toBe(-1);
  });

  it('follows CIE L*: half lightness is about 18.4 % of the light, and the toe is linear', () => {
    expect(outputFraction(50, 'perceptual')).toBeCloseTo((66 / 116) ** 3, 12);
    expect(outputFraction(50, 'perceptual')).toBeCloseTo(0.1842, 4);
    expect(outputFraction(4, 'perceptual')).toBeCloseTo(4 / 903.3, 12);
    // The two pieces meet at L* = 8 without a step.
    expect(Math.abs(outputFraction(8.0001, 'perceptual') - outputFraction(8, 'perceptual'))).toBeLessThan(1e-5);
  });

  it('steps gently near darkness, where a linear curve jumps', () => {
    expect(outputFraction(1, 'perceptual')).toBeLessThan(outputFraction(1, 'linear') / 5);
  });

  it('keeps levels outside 0–100 % inside the output range', () => {
    expect(outputFraction(-5, 'perceptual')).toBe(0);
    expect(outputFraction(140, 'linear')).toBe(1);
    expect(outputFraction(Number.NaN, 'linear')).toBe(0);
  });
});

describe('DMX values', () => {
  it('8-bit: 0 and 255 at the ends, never falling in between', () => {
    expect(toEightBit(0)).toBe(0);
    expect(toEightBit(1)).toBe(255);
    expect(toEightBit(0.5)).toBe(128);
    const values = levels.map((level) => toEightBit(outputFraction(level, 'perceptual')));
    const firstFall = values.findIndex((v, i) => i > 0 && v < values[i - 1]!);
    expect(firstFall).toBe(-1);
  });

  it('16-bit: coarse is the high byte and fine the low byte', () => {
    expect(toSixteenBit(0)).toEqual({ coarse: 0, fine: 0 });
    expect(toSixteenBit(1)).toEqual({ coarse: 0xff, fine: 0xff });
    expect(toSixteenBit(0.5)).toEqual({ coarse: 0x80, fine: 0x00 }); // 32767.5 rounds to 0x8000
    expect(toSixteenBit(1000 / 65535)).toEqual({ coarse: 0x03, fine: 0xe8 });
  });

  it('16-bit resolves the first percent of a perceptual fade that 8-bit cannot', () => {
    const eight = new Set(levels.filter((l) => l <= 1).map((l) => toEightBit(outputFraction(l, 'perceptual'))));
    const sixteen = levels.filter((l) => l <= 1).map((l) => toSixteenBit(outputFraction(l, 'perceptual')));
    expect(eight.size).toBeLessThanOrEqual(2);
    const values = sixteen.map(({ coarse, fine }) => coarse * 256 + fine);
    expect(new Set(values).size).toBeGreaterThan(50);
  });
});
