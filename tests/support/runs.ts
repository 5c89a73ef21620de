import { builtinPrograms } from '../../src/session/builtin-programs';
import { applyControl, DOUBLE_PRESS_GUARD_MS, type Control } from '../../src/session/controls';
import type { Program } from '../../src/session/program';
import type { SessionRun } from '../../src/session/run-log';

export const T0 = 1_800_000_000_000;
export const MIN = 60_000;

export function program(id: string): Program {
  const found = builtinPrograms().find((p) => p.id === id);
  if (!found) throw new Error(`no built-in program ${id}`);
  return found;
}

export function startRun(programId = 'iv-40', at = T0): SessionRun {
  return {
    id: 'run-1',
    program: program(programId),
    room: 'Room 1',
    playlists: [],
    patient: null,
    checklist: [
      { id: 'alert', label: 'Alert and oriented' },
      { id: 'ride', label: 'Ride home confirmed' },
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

export const AFTER_GUARD = DOUBLE_PRESS_GUARD_MS + 1;
