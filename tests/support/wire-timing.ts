import { expect } from 'vitest';
import { FRAME_MS } from '../../main/lights/dmx/frame-pacer';
import type { CapturedPacket } from './tshark';

/** Timing of captured DMX frames against the fade a test asked for. */

export const gaps = (packets: CapturedPacket[]) => packets.slice(1).map((p, i) => p.at - packets[i]!.at);
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** Index of the first value lower than the one before it; -1 when they never fall. */
export const firstFall = (values: number[]) => values.findIndex((v, i) => i > 0 && v < values[i - 1]!);

/** A straight fade as the test asked for it, with its moments on the wall clock. */
export interface Fade {
  start: number;
  end: number;
  from: number;
  to: number;
}

/**
 * What the fade looked like on the wire: its frame rate, how late each frame's level was
 * against the moment the plan had that level, when the target arrived, the keep-alives after.
 */
export function fadeOnTheWire(packets: CapturedPacket[], fade: Fade, levelPct: (p: CapturedPacket) => number) {
  const fading = packets.filter((p) => p.at > fade.start && p.at < fade.end);
  const planMoment = (p: CapturedPacket) =>
    fade.start + ((levelPct(p) - fade.from) / (fade.to - fade.from)) * (fade.end - fade.start);
  const inside = fading.filter((p) => planMoment(p) > fade.start + FRAME_MS && planMoment(p) < fade.end - FRAME_MS);
  const firstAtTarget = packets.find((p) => Math.abs(levelPct(p) - fade.to) < 0.01);
  // From the last of the three repeats after the fade on, only keep-alives are left.
  const afterTarget = packets.filter((p) => p.at > fade.end + 2.5 * FRAME_MS);
  return {
    fadeFps: (fading.length * 1000) / (fade.end - fade.start),
    fadeMedianGapMs: median(gaps(fading)),
    fadeWorstGapMs: Math.max(...gaps(fading)),
    medianLagMs: median(inside.map((p) => p.at - planMoment(p))),
    arrivalErrorMs: firstAtTarget ? firstAtTarget.at - fade.end : Number.NaN,
    idleGapsMs: gaps(afterTarget),
  };
}

/** The figures a run measured, kept with the test result. */
export function measured(wire: ReturnType<typeof fadeOnTheWire>, packets: number, receiverSamples: number): string {
  const idle = wire.idleGapsMs.map((gap) => gap.toFixed(1)).join(', ');
  return (
    `${packets} packets; fade ${wire.fadeFps.toFixed(1)} frames/s (median gap ${wire.fadeMedianGapMs.toFixed(2)} ms, ` +
    `worst ${wire.fadeWorstGapMs.toFixed(1)} ms); ` +
    `levels ${wire.medianLagMs.toFixed(1)} ms behind the plan (median); ` +
    `target on the wire ${wire.arrivalErrorMs.toFixed(1)} ms after the fade's end; idle gaps ${idle} ms; ` +
    `${receiverSamples} samples from olad`
  );
}

/** Asserts the fade's timing: 40 frames/s, levels on time, the target within a frame of the end. */
export function expectOnTime(wire: ReturnType<typeof fadeOnTheWire>): void {
  // A frame delayed by a busy machine is dropped, never bunched: allow a few drops on 2 loaded cores.
  expect(wire.fadeFps).toBeGreaterThanOrEqual(34);
  expect(wire.fadeFps).toBeLessThanOrEqual(41);
  expect(Math.abs(wire.fadeMedianGapMs - FRAME_MS)).toBeLessThanOrEqual(2);
  expect(Math.abs(wire.medianLagMs)).toBeLessThanOrEqual(FRAME_MS);
  // The frame sampled at the fade's end carries the target; one stalled frame on a loaded machine is tolerated.
  expect(wire.arrivalErrorMs).toBeGreaterThanOrEqual(-FRAME_MS);
  expect(wire.arrivalErrorMs).toBeLessThanOrEqual(2 * FRAME_MS);
}

/** The level (%) a 16-bit perceptual value stands for: CIE 1976 L* of the light fraction. */
export function perceptualLevel(value16: number): number {
  const y = value16 / 65535;
  return y > (6 / 29) ** 3 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}
