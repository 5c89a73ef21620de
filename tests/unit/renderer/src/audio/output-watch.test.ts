import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OutputWatch } from '../../../../../renderer/src/audio/output-watch';
import { stateAt, type SessionState } from '@domain/session/state-at';
import { MIN, startRun, T0 } from '../../../../support/runs';

/** The session ticker as the watch sees it: a state, and wake-ups the test makes one by one. */
class TickerStandIn {
  state: SessionState | null = stateAt(startRun(), T0 + MIN);
  readonly listeners = new Set<() => void>();
  getState = () => this.state;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  wake(): void {
    for (const listener of this.listeners) listener();
  }
}

let ticker: TickerStandIn;
let levelDb: number;
let now: number;
let watch: OutputWatch;

beforeEach(() => {
  vi.useFakeTimers();
  ticker = new TickerStandIn();
  levelDb = -20;
  now = 0;
  watch = new OutputWatch({ levelDb: () => levelDb }, ticker, () => now);
});
afterEach(() => vi.useRealTimers());

/** The ticker's wake-ups once a second for `seconds`. */
function beats(seconds: number): void {
  for (let i = 0; i < seconds; i++) {
    now += 1_000;
    ticker.wake();
  }
}

describe('the output watch', () => {
  it('reads the output on the ticker’s wake-ups, never on a timer of its own', () => {
    const changes = vi.fn();
    watch.subscribe(changes);
    vi.advanceTimersByTime(60_000);
    expect(changes).not.toHaveBeenCalled();
    ticker.wake();
    expect(watch.getSnapshot().db).toBe(-20);
    // A reading that shows nothing new redraws nothing.
    ticker.wake();
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('tells staff once the plan has asked for sound and the output has been silent for five seconds', () => {
    watch.subscribe(() => {});
    levelDb = -100;
    ticker.wake();
    beats(4);
    expect(watch.getSnapshot()).toEqual({ db: -60, silentButExpected: false });
    beats(1);
    expect(watch.getSnapshot().silentButExpected).toBe(true);
    // Sound again: the notice goes at the next reading.
    levelDb = -25;
    beats(1);
    expect(watch.getSnapshot()).toEqual({ db: -25, silentButExpected: false });
  });

  it('says nothing of silence the plan asks for', () => {
    watch.subscribe(() => {});
    ticker.state = null;
    levelDb = -100;
    beats(30);
    expect(watch.getSnapshot().silentButExpected).toBe(false);
  });

  it('stops following the ticker when nothing shows the reading', () => {
    const stop = watch.subscribe(() => {});
    expect(ticker.listeners.size).toBe(1);
    stop();
    expect(ticker.listeners.size).toBe(0);
  });
});
