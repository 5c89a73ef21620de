import { z } from 'zod';

export const CLINIC_CONFIG_VERSION = 1;

export const ChecklistItem = z.object({
  id: z.string().min(1).max(40),
  label: z.string().trim().min(1).max(120),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** The clinic's own settings for this room. Holds no patient data. */
export const ClinicConfig = z.object({
  version: z.literal(CLINIC_CONFIG_VERSION),
  clinicName: z.string().trim().min(1).max(120),
  roomName: z.string().trim().min(1).max(60),
  /** Ticked in recovery before the patient leaves; the clinic can change it. */
  dischargeChecklist: z.array(ChecklistItem).max(20),
});
export type ClinicConfig = z.infer<typeof ClinicConfig>;

export const DEFAULT_CLINIC_CONFIG: ClinicConfig = {
  version: CLINIC_CONFIG_VERSION,
  clinicName: 'Your clinic',
  roomName: 'Room 1',
  dischargeChecklist: [
    { id: 'alert', label: 'Alert and oriented' },
    { id: 'vitals', label: 'Vital signs checked' },
    { id: 'steady', label: 'Steady on their feet' },
    { id: 'ride', label: 'Ride home confirmed' },
    { id: 'sheet', label: 'Take-home sheet given' },
  ],
};
