import { describe, expect, it } from 'vitest';
import { msUntilNextChange } from '../../src/session/next-change';
import { stateAt } from '../../src/session/state-at';
import { MIN, press, startRun, T0 } from '../support/runs';

describe('the screen wakes exactly when something on it changes', () => {
  it('wakes just after the next whole second of the session clock', () => {
    expect(msUntilNextChange(stateAt(startRun(), T0 + 12_250), 1)).toBeCloseTo(752, 0);
  });

  it('wakes when the recovery countdown ticks, even off the session second', () => {
    const run = press(startRun(), 'endTreatment', T0 + 10 * MIN + 400);
    // The session clock turns over in 0.9 s, the countdown (ending at .4 s) in 0.3 s.
    expect(msUntilNextChange(stateAt(run, T0 + 11 * MIN + 100), 1)).toBeCloseTo(302, 0);
  });

  it('wakes the moment a reminder falls due', () => {
    expect(msUntilNextChange(stateAt(startRun(), T0 + 40 * MIN - 300), 1)).toBeCloseTo(302, 0);
  });

  it('wakes sooner on a faster clock and rests for a second while paused', () => {
    expect(msUntilNextChange(stateAt(startRun(), T0 + 12_000), 60)).toBeLessThan(20);
    const paused = press(startRun(), 'pause', T0 + 5_000);
    expect(msUntilNextChange(stateAt(paused, T0 + 9_500), 1)).toBe(1_000);
  });
});
