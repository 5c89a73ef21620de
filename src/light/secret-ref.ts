import { z } from 'zod';

/**
 * The name under which a secret (a Hue application key, a Home Assistant token) is kept in the
 * app's secret store. Settings hold only this name; the secret itself never enters them, so
 * settings can be shown, exported and logged without leaking it.
 */
export const SecretRef = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a secret reference is lower-case letters, digits and dashes, like "hue-room-1"');
export type SecretRef = z.infer<typeof SecretRef>;
