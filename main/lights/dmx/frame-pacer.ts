/** 40 frames a second: smooth fades without flooding the lighting network. */
export const FRAME_MS = 25;
/** While nothing changes, receivers still hear from us within E1.31's 800–1000 ms window. */
export const KEEP_ALIVE_MS = 800;
/** Unchanged frames sent right after a change before falling back to keep-alives (E1.31 6.6.2). */
export const REPEATS_AFTER_CHANGE = 3;
/** Frame moments are sums of 25 ms on an epoch clock; their float error must not cost a whole frame. */
const GRID_ROUNDING_MS = 0.5;

/**
 * Decides which sampled frames go on the wire: every change, a few repeats of it (one lost
 * packet must not leave a light at the wrong level), then one keep-alive every 800 ms.
 */
export class FramePacer {
  private last: Uint8Array | null = null;
  private lastSentAt = -Infinity;
  private repeatsLeft = 0;

  /** Whether the frame sampled at `now` should be sent; counts it as sent if so. */
  shouldSend(slots: Uint8Array, now: number): boolean {
    if (this.last === null || !sameSlots(slots, this.last)) {
      this.last = slots;
      this.repeatsLeft = REPEATS_AFTER_CHANGE;
    } else if (this.repeatsLeft > 0) {
      this.repeatsLeft -= 1;
    } else if (now - this.lastSentAt < KEEP_ALIVE_MS - GRID_ROUNDING_MS) {
      return false;
    }
    this.lastSentAt = now;
    return true;
  }

  /** The last frame that was sent, if any. */
  lastSlots(): Uint8Array | null {
    return this.last;
  }
}

function sameSlots(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
