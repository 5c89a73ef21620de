import { describe, expect, it } from 'vitest';
import { msUntilNextChange } from '@domain/session/next-change';
import { stateAt } from '@domain/session/state-at';
import { MIN, press, startRun, T0 } from '../support/runs';

const wait = (run: ReturnType<typeof startRun>, at: number, scale = 1) =>
  msUntilNextChange(stateAt(run, at), scale, at);

describe('the screen wakes exactly when something on it changes', () => {
  it('wakes just after the next whole second of the clocks', () => {
    expect(wait(startRun(), T0 + 12_250)).toBeCloseTo(752, 0);
  });

  it('wakes when the recovery countdown ticks, even off the program second', () => {
    const run = press(startRun(), 'endTreatment', T0 + 10 * MIN + 400);
    // The program clock turns over in 0.9 s, the countdown (ending at .4 s) in 0.3 s.
    expect(wait(run, T0 + 11 * MIN + 100)).toBeCloseTo(302, 0);
  });

  it('wakes the moment a reminder falls due', () => {
    expect(wait(startRun(), T0 + 40 * MIN - 300)).toBeCloseTo(302, 0);
  });

  it('wakes sooner on a faster clock', () => {
    expect(wait(startRun(), T0 + 12_000, 60)).toBeLessThan(20);
  });

  it('while paused, wakes only for the time since the dose, which never pauses', () => {
    const paused = press(startRun(), 'pause', T0 + 5_000);
    expect(wait(paused, T0 + 9_500)).toBeCloseTo(502, 0);
    // Before the dose nothing runs on screen while paused: a second's rest.
    const waiting = press(startRun('settled-40'), 'pause', T0 + 5_000);
    expect(wait(waiting, T0 + 9_500)).toBe(1_000);
  });

  it('a settling-in phase with no end in sight never makes the screen spin', () => {
    expect(wait(startRun('settled-40'), T0 + 3_250)).toBeCloseTo(752, 0);
  });
});
