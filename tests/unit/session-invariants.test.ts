import { describe, expect, it } from 'vitest';
import { applyControl, type Control } from '@domain/session/controls';
import { Program } from '@domain/session/program';
import type { SessionRun } from '@domain/session/run-log';
import { stateAt } from '@domain/session/state-at';
import { MIN, T0 } from '../support/runs';

/** Small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const threeHours = Program.parse({
  id: 'three-hours',
  name: 'Three hours',
  phases: [
    ['settle', 20, 30, 'warm-drone'],
    ['dose', 10, 20, 'warm-drone'],
    ['deep', 90, 10, 'ocean-swell'],
    ['tail', 40, 20, 'soft-rain'],
    ['recovery', 30, 45, 'soft-rain'],
  ].map(([id, minutes, level, ambience]) => ({
    id,
    name: id,
    kind: id === 'recovery' ? 'recovery' : id === 'settle' ? 'preDose' : 'treatment',
    durationSec: Number(minutes) * 60,
    light: { levelPct: level, fadeSec: 90 },
    sound: { ambience, volume: 0.7 },
  })),
  reminders: [
    { id: 'bp', text: 'Check blood pressure', atSec: 40 * 60 },
    { id: 'deep-check', text: 'Check in', atSec: 30 * 60, phaseId: 'deep' },
  ],
  minimumObservationSec: 120 * 60,
});

const CONTROLS: Control['type'][] = [
  'dose',
  'correctDose',
  'extendRecovery',
  'pause',
  'resume',
  'nextPhase',
  'extend',
  'endTreatment',
  'quiet',
  'soundBack',
  'staffLightOn',
  'staffLightOff',
  'reminderDone',
  'checklist',
  'close',
];

function randomSession(seed: number): SessionRun {
  const next = random(seed);
  let run: SessionRun = {
    id: `seed-${seed}`,
    program: threeHours,
    room: 'Room 1',
    playlists: [],
    patient: null,
    checklist: [{ id: 'ride', label: 'Ride home confirmed' }],
    earlyCloseReasons: [{ id: 'other', label: 'Other' }],
    events: [{ type: 'start', at: T0 }],
  };
  let at = T0;
  for (let i = 0; i < 200; i++) {
    at += Math.floor(next() * 54_000) + 1; // 200 actions spread over about three hours
    let type = CONTROLS[Math.floor(next() * CONTROLS.length)]!;
    if (type === 'close' && i < 190) type = 'pause'; // a close ends everything, so only near the end
    const due = stateAt(run, at).dueReminders[0];
    const control: Control =
      type === 'reminderDone'
        ? { type, reminderId: due?.reminder.id ?? 'bp' }
        : type === 'checklist'
          ? { type, itemId: 'ride', done: next() < 0.5 }
          : type === 'correctDose'
            ? { type, doseAt: T0 + Math.floor(next() * (at - T0)) }
            : type === 'close'
              ? { type, reasonId: 'other', uncheckedConfirmed: true }
              : ({ type } as Control);
    const result = applyControl(run, control, at);
    if (result.ok) run = result.run;
  }
  return run;
}

describe('any sequence of controls keeps the session coherent', () => {
  it.each([1, 2, 3, 42, 2026])('seed %i', (seed) => {
    const run = randomSession(seed);
    expect(run.events.length).toBeGreaterThan(50);
    const end = T0 + 200 * MIN;
    let previousElapsed = -1;
    let previous: { at: number; sinceDose: number; doseAt: number } | null = null;
    for (let at = T0; at <= end; at += 7_919) {
      const state = stateAt(run, at);
      expect(state.programSec).toBeGreaterThanOrEqual(previousElapsed);
      previousElapsed = state.programSec;
      // Time since the dose runs with the wall clock whatever pauses happen, until staff correct the
      // dose time, and stops at the close.
      const closedAt = run.events.find((e) => e.type === 'close' && e.at <= at)?.at;
      if (state.dose && state.sinceDoseSec !== null) {
        if (previous && previous.doseAt === state.dose.at) {
          const wall = Math.min(at, closedAt ?? at) - Math.min(previous.at, closedAt ?? previous.at);
          expect(state.sinceDoseSec - previous.sinceDose).toBeCloseTo(wall / 1000, 6);
        }
        previous = { at, sinceDose: state.sinceDoseSec, doseAt: state.dose.at };
      }
      if (state.earliestDischargeAt !== null && state.dose) {
        expect(state.earliestDischargeAt).toBeGreaterThanOrEqual(state.dose.at + 120 * MIN);
      }
      expect(run.program.phases[state.phaseIndex]).toEqual(state.phase);
      expect(state.phaseRemainingSec).toBeGreaterThanOrEqual(0);
      if (state.recoveryRemainingSec !== null) expect(state.recoveryRemainingSec).toBeGreaterThanOrEqual(0);
      expect(state.light.levelPct).toBeGreaterThanOrEqual(0);
      expect(state.light.levelPct).toBeLessThanOrEqual(100);
      for (const voice of state.sound.voices) {
        expect(voice.gain).toBeGreaterThanOrEqual(0);
        expect(voice.gain).toBeLessThanOrEqual(1);
      }
      expect(state.sound.master).toBeGreaterThanOrEqual(0);
      expect(state.sound.master).toBeLessThanOrEqual(1);
      // The state at t depends only on what had happened by t.
      const replayed = { ...run, events: run.events.filter((e) => e.at <= at) };
      expect(stateAt(replayed, at)).toEqual(state);
    }
  });
});
