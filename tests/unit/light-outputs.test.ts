import { describe, expect, it } from 'vitest';
import { nextLightBend, ROOM_LEVEL_PCT, roomLightAt } from '@domain/light/light-plan';
import { nextOutputBend, outputLevelAt, TEST_FLASH, withinRange, type OutputScope } from '@domain/light/output-plan';
import type { SessionRun } from '@domain/session/run-log';
import { MIN, press, startRun, T0 } from '../support/runs';

/** The run as it was known at `at`: later presses have not happened yet. */
const knownAt = (run: SessionRun, at: number): SessionRun => ({ ...run, events: run.events.filter((e) => e.at <= at) });

/** A session with every kind of light change: phase fades, a pause, staff light, a skip, end of treatment, close. */
function eventfulRun(): SessionRun {
  let run = startRun('timed-40');
  run = press(run, 'pause', T0 + 30_000);
  run = press(run, 'resume', T0 + 2 * MIN);
  run = press(run, 'staffLightOn', T0 + 7 * MIN);
  run = press(run, 'staffLightOff', T0 + 8 * MIN);
  run = press(run, 'nextPhase', T0 + 12 * MIN);
  run = press(run, 'endTreatment', T0 + 30 * MIN);
  return press(run, { type: 'close', reasonId: 'other', uncheckedConfirmed: true }, T0 + 40 * MIN);
}

describe('the course of the room light between bends', () => {
  it('bends first where the opening fade ends', () => {
    const run = startRun('timed-40');
    expect(nextLightBend(run, T0)).toBe(T0 + run.program.phases[0]!.light.fadeSec * 1000);
  });

  it('runs in a straight line from any moment to its next bend, through every kind of change', () => {
    const run = eventfulRun();
    for (let at = T0; at < T0 + 45 * MIN; at += 7_919) {
      const known = knownAt(run, at);
      const bend = nextLightBend(known, at);
      if (bend === null) continue;
      expect(bend).toBeGreaterThan(at);
      const middle = (at + bend) / 2;
      const straight = (roomLightAt(known, at) + roomLightAt(known, bend)) / 2;
      // Staff light's return eases towards a phase level that may itself be fading, so allow a little.
      expect(Math.abs(roomLightAt(known, middle) - straight)).toBeLessThan(1.5);
    }
  });

  it('says nothing is scheduled while paused after the fades, and the level then holds', () => {
    const run = press(startRun('timed-40'), 'pause', T0 + 3 * MIN);
    expect(nextLightBend(run, T0 + 4 * MIN)).toBeNull();
    expect(roomLightAt(run, T0 + 60 * MIN)).toBe(roomLightAt(run, T0 + 4 * MIN));
  });

  it('has no bends and room level when no session runs', () => {
    expect(nextLightBend(null, T0)).toBeNull();
    expect(roomLightAt(null, T0)).toBe(ROOM_LEVEL_PCT);
  });
});

describe('one output', () => {
  const everyProgram: OutputScope = { minPct: 20, maxPct: 60, programIds: null };

  it('maps the room level into its own range', () => {
    expect(withinRange(0, everyProgram)).toBe(20);
    expect(withinRange(100, everyProgram)).toBe(60);
    expect(withinRange(50, everyProgram)).toBe(40);
    expect(withinRange(140, everyProgram)).toBe(60);
  });

  it('follows only its programs and otherwise stays at room level', () => {
    const run = startRun('timed-40');
    const later = T0 + 10 * MIN;
    const other: OutputScope = { minPct: 0, maxPct: 100, programIds: ['iv-60'] };
    const mine: OutputScope = { minPct: 0, maxPct: 100, programIds: ['timed-40'] };
    expect(outputLevelAt(other, run, null, later)).toBe(ROOM_LEVEL_PCT);
    expect(outputLevelAt(mine, run, null, later)).toBe(roomLightAt(run, later));
    expect(nextOutputBend(other, run, null, T0)).toBeNull();
  });

  it('flashes to half its range for two seconds without a jump, then returns to the session', () => {
    const run = press(startRun('timed-40'), 'staffLightOn', T0 + 5 * MIN);
    const scope: OutputScope = { minPct: 0, maxPct: 80, programIds: null };
    const flashAt = T0 + 10 * MIN;
    expect(outputLevelAt(scope, run, flashAt, flashAt + 1_000)).toBe(withinRange(TEST_FLASH.levelPct, scope));
    expect(outputLevelAt(scope, run, flashAt, flashAt + TEST_FLASH.holdMs)).toBe(
      outputLevelAt(scope, run, null, flashAt + TEST_FLASH.holdMs),
    );
    let previous = outputLevelAt(scope, run, flashAt, flashAt - 10);
    for (let at = flashAt; at <= flashAt + 2_500; at += 10) {
      const level = outputLevelAt(scope, run, flashAt, at);
      expect(Math.abs(level - previous)).toBeLessThan(3);
      previous = level;
    }
    expect(nextOutputBend(scope, run, flashAt, flashAt + 100)).toBe(flashAt + TEST_FLASH.rampMs);
  });
});
