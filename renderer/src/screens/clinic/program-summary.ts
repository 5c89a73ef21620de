import {
  hasPreDosePhase,
  phaseRole,
  plannedTreatmentSec,
  recoveryPhase,
  type PhaseRole,
  type Program,
} from '@domain/session/program';
import { describeLength } from '@domain/session/format';

/**
 * "Settling in until the dose · treatment 40 min · recovery 30 min · at least 2 h from the
 * dose": what staff compare programs by.
 */
export function programLengths(program: Program): string {
  const parts = [
    `treatment ${describeLength(plannedTreatmentSec(program))}`,
    `recovery ${describeLength(recoveryPhase(program).durationSec)}`,
  ];
  if (hasPreDosePhase(program)) parts.unshift('settling in until the dose');
  if (program.minimumObservationSec > 0)
    parts.push(`at least ${describeLength(program.minimumObservationSec)} from the dose`);
  const text = parts.join(' · ');
  return text[0]!.toUpperCase() + text.slice(1);
}

/** The part of a journey a phase would play if the clinic left it to its place. */
export function roleFromPlace(program: Program, index: number): PhaseRole {
  const { role: _chosen, ...phase } = program.phases[index]!;
  return phaseRole({ ...program, phases: program.phases.map((p, i) => (i === index ? phase : p)) }, index);
}
