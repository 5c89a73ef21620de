import type { Program } from '../session/program';
import type { ClinicConfig } from './clinic-config';

/** What the start screen offers: treatment programs, training apart, and the one chosen first. */
export interface ProgramOffer {
  treatment: Program[];
  training: Program[];
  /** The clinic's default program when it is offered; null means staff choose every time. */
  preselectedId: string | null;
}

/** The programs staff may start: hidden ones left out, training ones kept apart, nothing chosen for them unless the clinic chose a default. */
export function programOffer(
  programs: readonly Program[],
  clinic: Pick<ClinicConfig, 'hiddenProgramIds' | 'defaultProgramId'>,
): ProgramOffer {
  const shown = programs.filter((p) => !clinic.hiddenProgramIds.includes(p.id));
  const treatment = shown.filter((p) => !p.training);
  return {
    treatment,
    training: shown.filter((p) => p.training),
    preselectedId: treatment.some((p) => p.id === clinic.defaultProgramId) ? clinic.defaultProgramId : null,
  };
}
