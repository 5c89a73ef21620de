import type { Timers } from '../../main/lights/timers';
import type { ManualClock } from './manual-clock';

interface PendingTimer {
  at: number;
  order: number;
  callback: () => void;
}

/** Lets promise callbacks and I/O callbacks already queued run before the next step. */
export function letPromisesRun(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Timers on a ManualClock: they fire only when the test moves the clock. */
export class ManualTimers implements Timers {
  private queue: PendingTimer[] = [];
  private order = 0;

  constructor(readonly clock: ManualClock) {}

  after(ms: number, callback: () => void): () => void {
    const timer = { at: this.clock.now() + Math.max(0, ms), order: this.order++, callback };
    this.queue.push(timer);
    return () => {
      this.queue = this.queue.filter((t) => t !== timer);
    };
  }

  /** How many timers are waiting. */
  pending(): number {
    return this.queue.length;
  }

  /** When the next timer fires, or undefined when none waits. */
  nextAt(): number | undefined {
    return this.earliest()?.at;
  }

  /** Moves the clock forward, firing due timers in order and letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.clock.now() + ms;
    await letPromisesRun();
    for (let next = this.earliest(); next && next.at <= end; next = this.earliest()) {
      this.queue = this.queue.filter((t) => t !== next);
      if (next.at > this.clock.now()) this.clock.advance(next.at - this.clock.now());
      next.callback();
      await letPromisesRun();
    }
    this.clock.advance(end - this.clock.now());
    await letPromisesRun();
  }

  private earliest(): PendingTimer | undefined {
    return this.queue.reduce<PendingTimer | undefined>(
      (best, t) => (!best || t.at < best.at || (t.at === best.at && t.order < best.order) ? t : best),
      undefined,
    );
  }
}
