import type { Timers } from '../../main/lights/timers';
import { ManualClock } from './manual-clock';

interface Pending {
  at: number;
  order: number;
  work: () => void;
}

/** Timers on a hand-moved clock: moving the clock runs what falls due, in order, at its moment. */
export class ManualTimers implements Timers {
  private pending: Pending[] = [];
  private order = 0;

  constructor(readonly clock = new ManualClock(0)) {}

  after(ms: number, work: () => void): () => void {
    const entry = { at: this.clock.now() + Math.max(0, ms), order: this.order++, work };
    this.pending.push(entry);
    return () => {
      this.pending = this.pending.filter((p) => p !== entry);
    };
  }

  /** Moves the clock forward by `ms`, running each timer when the clock reaches it. */
  advance(ms: number): void {
    const target = this.clock.now() + ms;
    for (;;) {
      const due = this.pending.filter((p) => p.at <= target).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.pending = this.pending.filter((p) => p !== due);
      this.clock.advance(due.at - this.clock.now());
      due.work();
    }
    this.clock.advance(target - this.clock.now());
  }

  /** How many timers are waiting; a closed driver must leave none. */
  count(): number {
    return this.pending.length;
  }
}
