import { z } from 'zod';
import { serviceUrl } from '../service-url';
import { SecretRef } from './secret-ref';

/** Home Assistant's address: http or https (it often runs plain http on the clinic's network). */
export const HomeAssistantBaseUrl = serviceUrl({
  schemes: ['http', 'https'],
  example: 'http://homeassistant.local:8123',
  credentials: 'the token goes in its own field',
});

/** A light entity: the "light." domain and a lower-case object id, like light.treatment_ceiling. */
export const LightEntityId = z
  .string()
  .max(255)
  .trim()
  .regex(/^light\.[a-z0-9_]+$/, 'a light entity id looks like light.treatment_ceiling');

/**
 * A treatment room's Home Assistant output as the clinic sets it up. The long-lived access
 * token is a secret and lives in the secret store under `tokenRef`.
 */
export const HomeAssistantSettings = z.object({
  baseUrl: HomeAssistantBaseUrl,
  entityIds: z
    .array(LightEntityId)
    .min(1, 'choose at least one light')
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'each light may be listed once'),
  tokenRef: SecretRef,
});
export type HomeAssistantSettings = z.infer<typeof HomeAssistantSettings>;
