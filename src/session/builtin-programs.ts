import type { AmbienceId } from '../audio/ambience';
import { Program, type Phase, type Reminder } from './program';

const MIN = 60;

/** What staff check at each vitals reminder; the clinic's chart holds the values. */
const VITALS = 'BP, HR, SpO₂, sedation and dissociation';

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
    kind: id === 'recovery' ? 'recovery' : id === 'settling' ? 'preDose' : 'treatment',
    durationSec: minutes * MIN,
    light: { levelPct, fadeSec },
    sound: { ambience, volume },
  };
}

/** Open-ended until Dose given: the room lit softly, a calm sound, baseline vitals due at once. */
const settling = (usualMinutes = 10) => phase('settling', 'Settling in', usualMinutes, 50, 60, 'soft-rain', 0.6);
const recovery = (minutes: number) => phase('recovery', 'Recovery', minutes, 45, 5 * MIN, 'soft-rain', 0.6);

const baseline: Reminder = {
  id: 'vitals-baseline',
  text: `Baseline vitals before the dose: ${VITALS}`,
  atSec: 0,
  phaseId: 'settling',
};
const vitalsAfterDose = (minutes: number, label = `${minutes} min after the dose`): Reminder => ({
  id: `vitals-${minutes}`,
  text: `Vitals, ${label}: ${VITALS}`,
  atSec: minutes * MIN,
});
const beforeDischarge = (reminder: Omit<Reminder, 'id' | 'text'>): Reminder => ({
  id: 'vitals-discharge',
  text: `Vitals before discharge: ${VITALS}`,
  ...reminder,
});

const IV_REMOVED = { id: 'iv-removed', label: 'IV removed, site checked' };

/**
 * Programs that ship with the app. Every figure comes from a public source named in
 * docs/CLINICAL.md; a clinic's medical director reviews them, and copies and edits any that
 * their practice does differently.
 */
const BUILTIN: Program[] = [
  Program.parse({
    id: 'iv-40',
    name: 'IV infusion, 40 min',
    description:
      'Settling in until the pump starts, a 40-minute intravenous infusion, then at least 30 minutes of supervised recovery.',
    phases: [
      settling(),
      phase('opening', 'Opening', 5, 30, 60, 'warm-drone'),
      phase('deep', 'Deep', 30, 10, 120, 'ocean-swell'),
      phase('closing', 'Closing', 5, 15, 90, 'soft-rain'),
      recovery(30),
    ],
    reminders: [
      baseline,
      vitalsAfterDose(15),
      vitalsAfterDose(30),
      vitalsAfterDose(40, 'end of the infusion'),
      beforeDischarge({ atSec: 25 * MIN, phaseId: 'recovery' }),
    ],
    checklist: [IV_REMOVED],
  }),
  Program.parse({
    id: 'iv-60',
    name: 'IV infusion, 60 min',
    description:
      'Settling in until the pump starts, a 60-minute intravenous infusion, then at least 30 minutes of supervised recovery.',
    phases: [
      settling(),
      phase('opening', 'Opening', 5, 30, 60, 'warm-drone'),
      phase('deep', 'Deep', 45, 10, 120, 'ocean-swell'),
      phase('closing', 'Closing', 10, 15, 90, 'soft-rain'),
      recovery(30),
    ],
    reminders: [
      baseline,
      vitalsAfterDose(15),
      vitalsAfterDose(30),
      vitalsAfterDose(45),
      vitalsAfterDose(60, 'end of the infusion'),
      beforeDischarge({ atSec: 25 * MIN, phaseId: 'recovery' }),
    ],
    checklist: [IV_REMOVED],
  }),
  Program.parse({
    id: 'im',
    name: 'Intramuscular injection',
    description:
      'Settling in until the injection, about 40 minutes of effects, then recovery: 70 minutes or more from the injection.',
    phases: [
      settling(),
      phase('opening', 'Opening', 5, 30, 60, 'warm-drone'),
      phase('deep', 'Deep', 25, 10, 120, 'ocean-swell'),
      phase('closing', 'Closing', 10, 15, 90, 'soft-rain'),
      recovery(30),
    ],
    reminders: [
      baseline,
      vitalsAfterDose(15),
      { id: 'vitals-end', text: `Vitals at the end of treatment: ${VITALS}`, atSec: 0, phaseId: 'recovery' },
      beforeDischarge({ atSec: 25 * MIN, phaseId: 'recovery' }),
    ],
    minimumObservationSec: 60 * MIN,
  }),
  Program.parse({
    id: 'intranasal',
    name: 'Intranasal esketamine (Spravato), 2 h observation',
    description:
      'Settling in until the first device, dosing, then observation for at least 2 hours from the dose until the patient is stable.',
    phases: [
      settling(),
      phase('dosing', 'Dosing', 10, 35, 60, 'warm-drone'),
      phase('observation', 'Observation', 50, 15, 120, 'ocean-swell'),
      phase('recovery', 'Recovery', 60, 40, 5 * MIN, 'soft-rain', 0.6),
    ],
    reminders: [
      baseline,
      vitalsAfterDose(40),
      beforeDischarge({ atSec: 110 * MIN }),
      {
        id: 'rems-form',
        text: 'REMS Patient Monitoring Form due for this session (submit within 7 days)',
        atSec: 115 * MIN,
      },
    ],
    minimumObservationSec: 120 * MIN,
    checklist: [{ id: 'rems-form', label: 'REMS Patient Monitoring Form completed' }],
  }),
  Program.parse({
    id: 'demo-3',
    name: 'Demo, 3 min',
    description: 'A three-minute run-through for training staff. Not for treatment.',
    training: true,
    phases: [
      { ...settling(0.5), light: { levelPct: 50, fadeSec: 10 } },
      phase('opening', 'Opening', 0.5, 40, 10, 'warm-drone'),
      phase('deep', 'Deep', 1, 10, 15, 'ocean-swell'),
      phase('closing', 'Closing', 0.5, 20, 10, 'soft-rain'),
      { ...recovery(1), light: { levelPct: 45, fadeSec: 20 } },
    ],
    reminders: [{ id: 'vitals-demo', text: `Vitals (practice): ${VITALS}`, atSec: 45 }],
  }),
];

export function builtinPrograms(): Program[] {
  return BUILTIN;
}
