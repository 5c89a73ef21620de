import { builtinPrograms } from '@domain/session/builtin-programs';
import { sessionChecklist } from '@domain/session/checklist';
import { applyControl, DOUBLE_PRESS_GUARD_MS, type Control } from '@domain/session/controls';
import { Program } from '@domain/session/program';
import type { SessionRun } from '@domain/session/run-log';

export const T0 = 1_800_000_000_000;
export const MIN = 60_000;

const phase = (
  id: string,
  name: string,
  minutes: number,
  [levelPct, fadeSec]: [number, number],
  ambience: string,
  kind = 'treatment',
) => ({
  id,
  name,
  kind,
  durationSec: minutes * 60,
  light: { levelPct, fadeSec },
  sound: { ambience, volume: kind === 'recovery' ? 0.6 : 0.8 },
});
const opening = phase('opening', 'Opening', 5, [30, 60], 'warm-drone');
const deep = phase('deep', 'Deep', 30, [10, 120], 'ocean-swell');
const closing = phase('closing', 'Closing', 5, [15, 90], 'soft-rain');
const recovery = phase('recovery', 'Recovery', 30, [45, 300], 'soft-rain', 'recovery');

/**
 * Programs for testing the session's mechanics, kept apart from the built-in programs' clinical
 * content (which docs/CLINICAL.md governs). `timed-40`: Opening 5, Deep 30, Closing 5, Recovery
 * 30 min (warm drone, ocean swell, then rain), Start session marks the dose, blood pressure 40
 * min after the dose. `settled-40`: the
 * same after an open-ended settling-in phase, with a baseline check when it begins.
 */
export const TEST_PROGRAMS: Program[] = [
  Program.parse({
    id: 'timed-40',
    name: 'Timed 40',
    phases: [opening, deep, closing, recovery],
    reminders: [{ id: 'bp-40', text: 'Check blood pressure', atSec: 40 * 60 }],
  }),
  Program.parse({
    id: 'settled-40',
    name: 'Settled 40',
    phases: [phase('settling', 'Settling in', 10, [50, 60], 'soft-rain', 'preDose'), opening, deep, closing, recovery],
    reminders: [
      { id: 'baseline', text: 'Baseline vitals', atSec: 0, phaseId: 'settling' },
      { id: 'bp-15', text: 'Vitals 15 min after the dose', atSec: 15 * 60 },
      { id: 'discharge', text: 'Vitals before discharge', atSec: 25 * 60, phaseId: 'recovery' },
    ],
    minimumObservationSec: 60 * 60,
    checklist: [{ id: 'iv-removed', label: 'IV removed' }],
  }),
];

export function program(id: string): Program {
  const found = [...TEST_PROGRAMS, ...builtinPrograms()].find((p) => p.id === id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
}

export function startRun(programId = 'timed-40', at = T0): SessionRun {
  const chosen = program(programId);
  return {
    id: 'run-1',
    program: chosen,
    room: 'Room 1',
    playlists: [],
    patient: null,
    checklist: sessionChecklist(
      [
        { id: 'alert', label: 'Alert and oriented' },
        { id: 'ride', label: 'Ride home confirmed' },
      ],
      chosen.checklist,
    ),
    earlyCloseReasons: [
      { id: 'emergency', label: 'Transferred to emergency care' },
      { id: 'other', label: 'Other: see the clinic’s chart' },
    ],
    events: [{ type: 'start', at }],
  };
}

/** Applies a control that must be accepted; the test fails loudly otherwise. */
export function press(run: SessionRun, control: Control | Control['type'], at: number): SessionRun {
  const result = applyControl(run, typeof control === 'string' ? ({ type: control } as Control) : control, at);
  if (!result.ok) throw new Error(`${JSON.stringify(control)} refused at ${at - T0} ms: ${result.reason}`);
  if (result.ignored) throw new Error(`${JSON.stringify(control)} ignored as a double press`);
  return result.run;
}

/** Ticks every checklist item, so a close is refused only for what the test is about. */
export function tickAll(run: SessionRun, at: number): SessionRun {
  return run.checklist.reduce(
    (next, item, i) => press(next, { type: 'checklist', itemId: item.id, done: true }, at + i * AFTER_GUARD),
    run,
  );
}

export const AFTER_GUARD = DOUBLE_PRESS_GUARD_MS + 1;
