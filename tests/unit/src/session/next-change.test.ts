import { describe, expect, it } from 'vitest';
import { msUntilNextChange } from '@domain/session/next-change';
import { stateAt } from '@domain/session/state-at';
import { MIN, press, startRun, T0 } from '../../../support/runs';

const wait = (run: ReturnType<typeof startRun>, at: number, scale = 1) =>
  msUntilNextChange(stateAt(run, at), scale, at);

describe('the screen wakes once a second, and exactly when something staff act on changes', () => {
  it('wakes just after the next whole second of the clocks', () => {
    expect(wait(startRun(), T0 + 12_250)).toBeCloseTo(752, 0);
  });

  it('after the dose, every clock turns over on the dose clock’s second: one redraw a second, not one per clock', () => {
    // Dose given 0.4 s into the program second: the program clock would turn over 0.4 s before it.
    const run = press(startRun('settled-40'), 'dose', T0 + 20_400);
    const beats = [T0 + 30_000, T0 + 30_300, T0 + 30_500, T0 + 30_900].map((at) => at + wait(run, at));
    expect(beats.map((at) => (at - 2 - (T0 + 20_400)) % 1_000)).toEqual([0, 0, 0, 0]);
  });

  it('a phase ends on its own moment, off the beat', () => {
    // Opening ends 5 min after the dose at T0; the beat is the dose's second.
    expect(wait(startRun(), T0 + 5 * MIN - 300)).toBeCloseTo(302, 0);
  });

  it('the recovery minimum is reached on its own moment, off the beat', () => {
    const run = press(startRun(), 'endTreatment', T0 + 10 * MIN + 400);
    const reachedAt = T0 + 10 * MIN + 400 + stateAt(run, T0 + 10 * MIN + 400).recoveryRemainingSec! * 1_000;
    // Beats fall on the dose's whole seconds; the countdown ends 0.4 s past one.
    expect(wait(run, T0 + 11 * MIN + 100)).toBeCloseTo(902, 0);
    expect(wait(run, reachedAt - 300)).toBeCloseTo(302, 0);
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
