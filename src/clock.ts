/** A source of time in epoch milliseconds that never goes backwards. */
export interface Clock {
  now(): number;
}

/** A fixed point where a scaled clock meets the real one. */
export interface ClockAnchor {
  real: number;
  session: number;
}

/**
 * A clock that runs `scale` times faster than `base` from `anchor` on; used by the web host
 * and tests to run long programs quickly. Scale 1 returns `base` itself.
 */
export function scaledClock(base: Clock, scale: number, anchor?: ClockAnchor): Clock {
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`time scale must be a positive number, got ${scale}`);
  if (scale === 1) return base;
  const start = base.now();
  const { real, session } = anchor ?? { real: start, session: start };
  return { now: () => session + (base.now() - real) * scale };
}
