import { z } from 'zod';
import { HostAddress } from './host-address';
import { SecretRef } from './secret-ref';

/** The id printed under a Hue bridge and named in its certificate: 16 hexadecimal characters. */
export const HueBridgeId = z
  .string()
  .max(100)
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{16}$/, 'a Hue bridge id is 16 characters, 0–9 and a–f, like 001788fffe23bfc2');

/** Hue's CLIP v2 resource ids are UUIDs. */
export const HueResourceId = z
  .string()
  .max(100)
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'not a Hue resource id');

/** The room or zone whose lights Stillroom sets, by its grouped light and the name staff chose. */
export const HueGroupedLightChoice = z.object({
  id: HueResourceId,
  name: z.string().trim().min(1).max(80),
  kind: z.enum(['room', 'zone']),
});
export type HueGroupedLightChoice = z.infer<typeof HueGroupedLightChoice>;

/**
 * A treatment room's Philips Hue output as the clinic sets it up. The application key from
 * pairing is a secret and lives in the secret store under `applicationKeyRef`.
 */
export const HueSettings = z.object({
  bridgeHost: HostAddress,
  bridgeId: HueBridgeId,
  groupedLight: HueGroupedLightChoice,
  applicationKeyRef: SecretRef,
});
export type HueSettings = z.infer<typeof HueSettings>;
