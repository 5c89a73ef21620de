/** Progress of a fade that began at `since` and lasts `duration`, clamped to 0..1. */
export function progress(now: number, since: number, duration: number): number {
  if (duration <= 0) return now >= since ? 1 : 0;
  return Math.min(1, Math.max(0, (now - since) / duration));
}

export function lerp(from: number, to: number, p: number): number {
  return from + (to - from) * p;
}

/** Equal-power fade-in gain: with fadeOutGain it keeps loudness steady through a crossfade. */
export function fadeInGain(p: number): number {
  return Math.sin((p * Math.PI) / 2);
}

export function fadeOutGain(p: number): number {
  return Math.cos((p * Math.PI) / 2);
}

/**
 * A value moved by ramps: each ramp starts from wherever the value was at that moment, so
 * an interrupted fade continues smoothly instead of jumping.
 */
export class Envelope {
  private ramps: { at: number; from: number; to: number; duration: number }[] = [];

  constructor(private readonly initial: number) {}

  rampTo(at: number, to: number, duration: number): void {
    this.ramps.push({ at, from: this.valueAt(at), to, duration });
  }

  valueAt(now: number): number {
    for (let i = this.ramps.length - 1; i >= 0; i--) {
      const ramp = this.ramps[i]!;
      if (ramp.at <= now) return lerp(ramp.from, ramp.to, progress(now, ramp.at, ramp.duration));
    }
    return this.initial;
  }
}
