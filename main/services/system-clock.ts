import type { Clock } from '@domain/clock';

/** Epoch milliseconds from a monotonic source: anchored to the wall clock once, at start-up. */
export const systemClock: Clock = {
  now: () => performance.timeOrigin + performance.now(),
};
