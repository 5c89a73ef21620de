import {
  phaseRole,
  plannedTreatmentSec,
  recoveryPhase,
  type PhaseRole,
  type Program,
} from '../../../src/session/program';
import { describeLength } from './units';

/** "Treatment 40 min · recovery 30 min": what staff compare programs by. */
export function programLengths(program: Program): string {
  const treatment = describeLength(plannedTreatmentSec(program));
  return `Treatment ${treatment} · recovery ${describeLength(recoveryPhase(program).durationSec)}`;
}

/** The part of a journey a phase would play if the clinic left it to its place. */
export function roleFromPlace(program: Program, index: number): PhaseRole {
  const { role: _chosen, ...phase } = program.phases[index]!;
  return phaseRole({ ...program, phases: program.phases.map((p, i) => (i === index ? phase : p)) }, index);
}
