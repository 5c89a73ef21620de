import { z } from 'zod';
import { ChecklistItem } from '../session/checklist';
import {
  CLINIC_CONFIG_VERSION,
  ClinicConfig,
  DEFAULT_DISCHARGE_CHECKLIST,
  DEFAULT_EARLY_CLOSE_REASONS,
  defaultClinicConfig,
  VERSION_2_DISCHARGE_CHECKLIST,
} from './clinic-config';

/** Version 1: clinic and room name and the discharge checklist. */
const ClinicConfigV1 = z.object({
  version: z.literal(1),
  clinicName: z.string(),
  roomName: z.string(),
  dischargeChecklist: z.array(ChecklistItem),
});

/** Each step turns version n into version n + 1. */
const STEPS: Record<number, (config: unknown, promptSeed: number) => unknown> = {
  1: (config, promptSeed) => {
    const v1 = ClinicConfigV1.parse(config);
    return { ...defaultClinicConfig(promptSeed), ...v1, version: 2 };
  },
  // Version 3 adds early-close reasons, a default program and hidden programs; an untouched
  // checklist becomes the fuller one of published discharge criteria.
  2: (config) => {
    const v2 = z
      .object({ dischargeChecklist: z.array(ChecklistItem) })
      .loose()
      .parse(config);
    const untouched = JSON.stringify(v2.dischargeChecklist) === JSON.stringify(VERSION_2_DISCHARGE_CHECKLIST);
    return {
      ...v2,
      version: 3,
      dischargeChecklist: untouched ? DEFAULT_DISCHARGE_CHECKLIST : v2.dischargeChecklist,
      earlyCloseReasons: DEFAULT_EARLY_CLOSE_REASONS,
      defaultProgramId: null,
      hiddenProgramIds: [],
    };
  },
  // Version 4 adds an after-hours number. The name every room was given before ("Your clinic")
  // was a placeholder, and a sheet no longer prints until the clinic enters its own.
  3: (config) => {
    const v3 = z.object({ clinicName: z.string() }).loose().parse(config);
    return {
      ...v3,
      version: 4,
      clinicName: v3.clinicName.trim() === VERSION_3_PLACEHOLDER_NAME ? '' : v3.clinicName,
      afterHoursPhone: '',
    };
  },
};

/** What a new room was called until version 4. */
const VERSION_3_PLACEHOLDER_NAME = 'Your clinic';

export class NewerConfigError extends Error {
  override name = 'NewerConfigError';
}

/**
 * Brings a clinic configuration of any earlier version up to the current one, then checks it.
 * A configuration from a newer Stillroom is refused: it may hold settings this one would lose.
 */
export function migrateClinicConfig(input: unknown, promptSeed: number): ClinicConfig {
  const version = z.object({ version: z.number().int().positive() }).parse(input).version;
  if (version > CLINIC_CONFIG_VERSION) {
    throw new NewerConfigError(
      `This configuration comes from a newer Stillroom (version ${version}; this one reads up to ${CLINIC_CONFIG_VERSION}). Update Stillroom first.`,
    );
  }
  let config = input;
  for (let v = version; v < CLINIC_CONFIG_VERSION; v++) config = STEPS[v]!(config, promptSeed);
  return ClinicConfig.parse(config);
}
