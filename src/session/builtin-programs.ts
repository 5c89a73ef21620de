import type { AmbienceId } from '../audio/ambience';
import { Program, type Phase } from './program';

const MIN = 60;

function phase(
  id: string,
  name: string,
  minutes: number,
  levelPct: number,
  fadeSec: number,
  ambience: AmbienceId,
  volume = 0.8,
): Phase {
  return {
    id,
    name,
    kind: id === 'recovery' ? 'recovery' : 'treatment',
    durationSec: minutes * MIN,
    light: { levelPct, fadeSec },
    sound: { ambience, volume },
  };
}

function recovery(minutes: number): Phase {
  return phase('recovery', 'Recovery', minutes, 45, 5 * MIN, 'soft-rain', 0.6);
}

/**
 * Programs that ship with the app. Lengths follow common clinic practice (see DOMAIN.md);
 * a clinic copies and edits them rather than relying on these figures.
 */
const BUILTIN: Program[] = [
  Program.parse({
    id: 'iv-40',
    name: 'IV infusion, 40 min',
    description: 'Intravenous infusion over 40 minutes, then 30 minutes of supervised recovery.',
    phases: [
      phase('opening', 'Opening', 5, 30, 60, 'warm-drone'),
      phase('deep', 'Deep', 30, 10, 120, 'ocean-swell'),
      phase('closing', 'Closing', 5, 15, 90, 'soft-rain'),
      recovery(30),
    ],
    reminders: [{ id: 'bp-40', text: 'Check blood pressure', atSec: 40 * MIN }],
  }),
  Program.parse({
    id: 'iv-60',
    name: 'IV infusion, 60 min',
    description: 'Intravenous infusion over 60 minutes, then 30 minutes of supervised recovery.',
    phases: [
      phase('opening', 'Opening', 5, 30, 60, 'warm-drone'),
      phase('deep', 'Deep', 45, 10, 120, 'ocean-swell'),
      phase('closing', 'Closing', 10, 15, 90, 'soft-rain'),
      recovery(30),
    ],
    reminders: [
      { id: 'bp-40', text: 'Check blood pressure', atSec: 40 * MIN },
      { id: 'bp-end', text: 'Check blood pressure', atSec: 60 * MIN },
    ],
  }),
  Program.parse({
    id: 'im',
    name: 'Intramuscular',
    description: 'One intramuscular injection, about 45 minutes of effects, then recovery.',
    phases: [
      phase('opening', 'Opening', 5, 30, 60, 'warm-drone'),
      phase('deep', 'Deep', 30, 10, 120, 'ocean-swell'),
      phase('closing', 'Closing', 10, 15, 90, 'soft-rain'),
      recovery(30),
    ],
    reminders: [{ id: 'bp-40', text: 'Check blood pressure', atSec: 40 * MIN }],
  }),
  Program.parse({
    id: 'intranasal',
    name: 'Intranasal esketamine, 2 h observation',
    description: 'Intranasal doses over about 10 minutes, then monitored observation for at least 2 hours from dosing.',
    phases: [
      phase('dosing', 'Dosing', 10, 35, 60, 'warm-drone'),
      phase('observation', 'Observation', 50, 15, 120, 'ocean-swell'),
      phase('recovery', 'Recovery', 60, 40, 5 * MIN, 'soft-rain', 0.6),
    ],
    reminders: [
      { id: 'bp-40', text: 'Check blood pressure', atSec: 40 * MIN },
      { id: 'bp-discharge', text: 'Check blood pressure before discharge', atSec: 110 * MIN },
    ],
    minimumObservationSec: 120 * MIN,
  }),
  Program.parse({
    id: 'demo-3',
    name: 'Demo, 3 min',
    description: 'A three-minute run-through for training staff. Not for treatment.',
    phases: [
      phase('opening', 'Opening', 0.5, 40, 10, 'warm-drone'),
      phase('deep', 'Deep', 1, 10, 15, 'ocean-swell'),
      phase('closing', 'Closing', 0.5, 20, 10, 'soft-rain'),
      { ...recovery(1), light: { levelPct: 45, fadeSec: 20 } },
    ],
    reminders: [{ id: 'bp-demo', text: 'Check blood pressure (practice)', atSec: 45 }],
  }),
];

export const DEFAULT_PROGRAM_ID = 'iv-40';

export function builtinPrograms(): Program[] {
  return BUILTIN;
}
