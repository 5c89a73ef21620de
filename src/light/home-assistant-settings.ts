import { z } from 'zod';
import { SecretRef } from './secret-ref';

function parsedUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Home Assistant's address: http or https (it often runs plain http on the clinic's network),
 * host and port, no user name, query or fragment. Stored without a trailing slash.
 */
export const HomeAssistantBaseUrl = z
  .string()
  .max(2_000)
  .trim()
  .refine((value) => parsedUrl(value) !== null, 'enter the full address, like http://homeassistant.local:8123')
  .refine(
    (value) => ['http:', 'https:'].includes(parsedUrl(value)?.protocol ?? ''),
    'the address must start with http:// or https://',
  )
  .refine((value) => {
    const url = parsedUrl(value);
    return !url || (url.username === '' && url.password === '' && url.search === '' && url.hash === '');
  }, 'enter the address without a user name, ? or #; the token goes in its own field')
  .transform((value) => value.replace(/\/+$/, ''));

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
