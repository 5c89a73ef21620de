import { outputFraction, toEightBit, toSixteenBit, type BrightnessCurve } from '@domain/light/brightness-curve';
import { UNIVERSE_SLOTS, type DmxResolution } from '@domain/light/dmx-settings';

/** Where the room's fixtures sit in a universe and how they take a level. */
export interface FixturePatch {
  startChannel: number;
  fixtures: number;
  resolution: DmxResolution;
  curve: BrightnessCurve;
}

/**
 * A whole universe with every fixture at `levelPct`. All 512 slots are sent, as many nodes
 * expect a full universe; channels that are not ours stay at zero.
 */
export function universeSlots(patch: FixturePatch, levelPct: number): Uint8Array {
  const slots = new Uint8Array(UNIVERSE_SLOTS);
  const fraction = outputFraction(levelPct, patch.curve);
  const first = patch.startChannel - 1;
  if (patch.resolution === '16bit') {
    const { coarse, fine } = toSixteenBit(fraction);
    for (let i = 0; i < patch.fixtures; i++) {
      slots[first + 2 * i] = coarse;
      slots[first + 2 * i + 1] = fine;
    }
  } else {
    slots.fill(toEightBit(fraction), first, first + patch.fixtures);
  }
  return slots;
}
