import type { Clock } from '@domain/clock';

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private current = 0) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    if (ms < 0) throw new Error('a clock never goes backwards');
    this.current += ms;
  }
}
