/** Gaps between frames looked at: enough to read a fade's 25 ms or the keep-alive's 800 ms steadily. */
const GAPS = 8;

/**
 * How many frames a second go out now, measured from the gaps between the last frames sent:
 * 40 during a fade, about 1.3 (one keep-alive every 0.8 s) while the light holds. The median
 * keeps the figure steady, so the status changes when the rhythm does, not with every frame.
 */
export class FrameRate {
  private last: number | null = null;
  private readonly gaps: number[] = [];

  /** Counts a frame sent at `now` (ms) and answers the rate, whole frames from 10 a second, else to one decimal. */
  count(now: number): number {
    if (this.last !== null) this.gaps.push(now - this.last);
    this.last = now;
    if (this.gaps.length > GAPS) this.gaps.shift();
    if (this.gaps.length === 0) return 0;
    const sorted = [...this.gaps].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const rate = median > 0 ? 1_000 / median : 0;
    return rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10;
  }
}
