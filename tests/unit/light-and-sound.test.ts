import { describe, expect, it } from 'vitest';
import { AMBIENCES } from '@domain/audio/ambience';
import {
  CLOSE_FADE_MS,
  CROSSFADE_SEC,
  PAUSE_FADE_MS,
  QUIET_FADE_MS,
  SOUND_BACK_FADE_MS,
  SOUND_START_FADE_MS,
} from '@domain/audio/sound-plan';
import { ROOM_LEVEL_PCT, STAFF_LEVEL_PCT, STAFF_LIGHT_UP_MS } from '@domain/light/light-plan';
import type { SessionRun } from '@domain/session/run-log';
import { stateAt } from '@domain/session/state-at';
import { AFTER_GUARD, MIN, press, startRun, T0 } from '../support/runs';

const light = (run: SessionRun, at: number) => stateAt(run, at).light.levelPct;

/** The largest change of light between samples `stepMs` apart over [from, to]. */
function largestLightStep(run: SessionRun, from: number, to: number, stepMs = 100): number {
  let largest = 0;
  let previous = light(run, from);
  for (let at = from + stepMs; at <= to; at += stepMs) {
    const level = light(run, at);
    largest = Math.max(largest, Math.abs(level - previous));
    previous = level;
  }
  return largest;
}

describe('light', () => {
  it('starts at room level and fades to the first phase level over its fade time', () => {
    const run = startRun();
    const { levelPct, fadeSec } = run.program.phases[0]!.light;
    expect(light(run, T0)).toBe(ROOM_LEVEL_PCT);
    const midway = light(run, T0 + (fadeSec * 1000) / 2);
    expect(midway).toBeLessThan(ROOM_LEVEL_PCT);
    expect(midway).toBeGreaterThan(levelPct);
    expect(light(run, T0 + fadeSec * 1000)).toBe(levelPct);
  });

  it('holds a phase fade while paused', () => {
    const run = press(startRun(), 'pause', T0 + 20_000);
    expect(light(run, T0 + 10 * MIN)).toBe(light(run, T0 + 20_000));
  });

  it('staff light comes up within seconds even while paused, and goes back slowly', () => {
    let run = press(startRun(), 'pause', T0 + 6 * MIN);
    // Paused halfway through the Deep phase's fade: the phase level holds there.
    const held = light(run, T0 + 6 * MIN);
    run = press(run, 'staffLightOn', T0 + 6 * MIN + AFTER_GUARD);
    const on = T0 + 6 * MIN + AFTER_GUARD;
    expect(light(run, on + STAFF_LIGHT_UP_MS)).toBe(STAFF_LEVEL_PCT);
    expect(stateAt(run, on + STAFF_LIGHT_UP_MS).light.staffLight).toBe(true);
    run = press(run, 'staffLightOff', on + MIN);
    expect(light(run, on + MIN + 10_000)).toBeGreaterThan(light(run, on + MIN + 20_000));
    expect(light(run, on + MIN + 60_000)).toBe(held);
  });

  it('never jumps: phase boundaries, skips, end of treatment and staff light all fade', () => {
    let run = startRun();
    run = press(run, 'staffLightOn', T0 + 30_000);
    run = press(run, 'staffLightOff', T0 + 32_000);
    run = press(run, 'nextPhase', T0 + 40_000);
    run = press(run, 'endTreatment', T0 + 3 * MIN);
    run = press(run, { type: 'close', reasonId: 'other', uncheckedConfirmed: true }, T0 + 10 * MIN);
    // The fastest fade is staff light, from darkness to its level in STAFF_LIGHT_UP_MS.
    const fastestPer100Ms = STAFF_LEVEL_PCT / (STAFF_LIGHT_UP_MS / 100);
    const largest = largestLightStep(run, T0, T0 + 12 * MIN);
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(fastestPer100Ms);
  });
});

describe('sound', () => {
  it('fades in at the start instead of starting at full volume', () => {
    const run = startRun();
    expect(stateAt(run, T0).sound.master).toBe(0);
    const half = stateAt(run, T0 + SOUND_START_FADE_MS / 2).sound.master;
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(1);
    expect(stateAt(run, T0 + SOUND_START_FADE_MS).sound.master).toBe(1);
  });

  it('quiet now reaches silence within its fade while the clock runs on; sound back restores it', () => {
    let run = press(startRun(), 'quiet', T0 + MIN);
    const quiet = stateAt(run, T0 + MIN + QUIET_FADE_MS);
    expect(quiet.sound.master).toBe(0);
    expect(quiet.sound.quiet).toBe(true);
    expect(quiet.programSec).toBe(63);
    run = press(run, 'soundBack', T0 + 2 * MIN);
    expect(stateAt(run, T0 + 2 * MIN + SOUND_BACK_FADE_MS / 2).sound.master).toBeCloseTo(0.5);
    expect(stateAt(run, T0 + 2 * MIN + SOUND_BACK_FADE_MS).sound.master).toBe(1);
  });

  it('pause fades sound out and resume fades it back in', () => {
    let run = press(startRun(), 'pause', T0 + MIN);
    expect(stateAt(run, T0 + MIN + PAUSE_FADE_MS).sound.master).toBe(0);
    run = press(run, 'resume', T0 + 2 * MIN);
    expect(stateAt(run, T0 + 2 * MIN + PAUSE_FADE_MS).sound.master).toBe(1);
  });

  it('crossfades between phases with equal power, never leaving a gap', () => {
    const run = startRun();
    const boundary = T0 + 5 * MIN;
    const volume = run.program.phases[0]!.sound.volume;
    for (let at = boundary; at <= boundary + CROSSFADE_SEC * 1000; at += 500) {
      const voices = stateAt(run, at).sound.voices;
      const power = voices.reduce((sum, v) => sum + v.gain * v.gain, 0);
      expect(power).toBeCloseTo(volume * volume, 2);
    }
    expect(stateAt(run, boundary + 1000).sound.voices.map((v) => v.mediaPath)).toEqual([
      AMBIENCES['warm-drone'].mediaPath,
      AMBIENCES['ocean-swell'].mediaPath,
    ]);
    expect(stateAt(run, boundary + CROSSFADE_SEC * 1000 + 1).sound.voices).toHaveLength(1);
  });

  it('loops ambience with offsets inside the loop, counted from when the sound began', () => {
    const run = startRun();
    for (const minute of [1, 7, 33]) {
      for (const voice of stateAt(run, T0 + minute * MIN + 123).sound.voices) {
        expect(voice.offsetSec).toBeGreaterThanOrEqual(0);
        expect(voice.offsetSec).toBeLessThan(40);
      }
    }
    // Six minutes in, the Deep sound has played for one minute: 60 s into a 40 s loop is 20 s.
    const deep = stateAt(run, T0 + 6 * MIN + CROSSFADE_SEC * 1000).sound.voices;
    expect(deep[0]!.offsetSec).toBeCloseTo(20 + CROSSFADE_SEC, 6);
  });

  it('after a close the sound fades and then nothing plays', () => {
    const ended = press(startRun(), 'endTreatment', T0 + 30_000);
    const run = press(ended, { type: 'close', reasonId: 'other', uncheckedConfirmed: true }, T0 + MIN);
    expect(stateAt(run, T0 + MIN + CLOSE_FADE_MS / 2).sound.master).toBeCloseTo(0.5);
    expect(stateAt(run, T0 + MIN + CLOSE_FADE_MS).sound.voices).toEqual([]);
  });
});
