import { z } from 'zod';

export const CLINIC_CONFIG_VERSION = 1;

/** The clinic's own settings for this room. Holds no patient data. */
export const ClinicConfig = z.object({
  version: z.literal(CLINIC_CONFIG_VERSION),
  clinicName: z.string().trim().min(1).max(120),
  roomName: z.string().trim().min(1).max(60),
});
export type ClinicConfig = z.infer<typeof ClinicConfig>;

export const DEFAULT_CLINIC_CONFIG: ClinicConfig = {
  version: CLINIC_CONFIG_VERSION,
  clinicName: 'Your clinic',
  roomName: 'Room 1',
};
