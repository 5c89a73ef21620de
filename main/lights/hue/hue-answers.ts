import { z } from 'zod';
import type { JsonResponse } from '../http/json-request';
import { TransportError } from '../http/json-request';
import { OutputError, retryAfterMs } from '../output-error';
import { CertificateNameError } from './hue-tls';

/** Hue's CLIP v2 answer: `{ errors: [{ description }], data: [...] }`. */
export const ClipEnvelope = z.object({
  errors: z.array(z.object({ description: z.string() })).default([]),
  data: z.array(z.unknown()).default([]),
});

/** A room or zone as CLIP v2 lists it; its lights are driven through its grouped_light service. */
export const GroupResource = z.object({
  id: z.string(),
  type: z.enum(['room', 'zone']),
  metadata: z.object({ name: z.string() }),
  services: z.array(z.object({ rid: z.string(), rtype: z.string() })).default([]),
});

/** The answer to POST /api: one success with the new key, or one error (101: link button not pressed). */
export const PairingAnswer = z
  .array(
    z.union([
      z.object({ success: z.object({ username: z.string().min(1), clientkey: z.string().optional() }) }),
      z.object({ error: z.object({ type: z.number(), description: z.string() }) }),
    ]),
  )
  .min(1);

/** The unauthenticated part of GET /api/0/config that tells which bridge answered. */
export const BridgeConfig = z.object({
  bridgeid: z.string(),
  name: z.string().optional(),
  modelid: z.string().optional(),
});

/** Hue's error code for "link button not pressed" in the answer to pairing. */
export const LINK_BUTTON_NOT_PRESSED = 101;

export interface BridgeAddress {
  host: string;
  bridgeId?: string;
}

/** Turns a request that got no answer into advice for staff; other errors pass unchanged. */
export function hueTransportProblem(error: unknown, { host, bridgeId }: BridgeAddress): unknown {
  if (!(error instanceof TransportError)) return error;
  switch (error.failure) {
    case 'refused':
      return new OutputError(
        `The Hue bridge at ${host} refused the connection. Stillroom keeps trying; check that the bridge ` +
          'is switched on and that its address in Light settings is right.',
        'unreachable',
        'retry',
      );
    case 'unreachable':
      return new OutputError(
        `Stillroom cannot reach the Hue bridge at ${host}. It keeps trying; check the bridge's power and ` +
          'network cable, and its address in Light settings.',
        'unreachable',
        'retry',
      );
    case 'broken-off':
      return new OutputError(
        `The connection to the Hue bridge at ${host} broke off. Stillroom keeps trying.`,
        'unreachable',
        'retry',
      );
    case 'certificate-name': {
      const presented = error.cause instanceof CertificateNameError ? error.cause.presented : [];
      const issuedTo = presented.length > 0 ? presented.map((name) => `"${name}"`).join(', ') : 'no name';
      return new OutputError(
        `The device at ${host} is not ${bridgeId ? `the Hue bridge ${bridgeId}` : 'a Hue bridge'}: its ` +
          `certificate is issued to ${issuedTo}. ` +
          'Stillroom did not send it anything. Check the bridge address in Light settings, or pair again if ' +
          'the bridge was replaced.',
        'certificate',
        'fix',
      );
    }
    case 'certificate-untrusted':
      return new OutputError(
        `The device at ${host} did not prove that it is a Philips Hue bridge: its certificate is not signed ` +
          'by Philips Hue. Stillroom did not send it anything. Check the bridge address in Light settings.',
        'certificate',
        'fix',
      );
    default:
      return new OutputError(
        `Stillroom could not talk to the Hue bridge at ${host} (${error.message}). It keeps trying.`,
        'unreachable',
        'retry',
      );
  }
}

function descriptions(response: JsonResponse): string {
  const parsed = ClipEnvelope.safeParse(response.json);
  const found = parsed.success ? parsed.data.errors.map((error) => error.description) : [];
  return found.length > 0 ? `: ${found.join('; ')}` : '';
}

/**
 * Turns an HTTP answer that is not a success into advice for staff. `notFound` says what a 404
 * means for this request (an unknown light, a missing resource type).
 */
export function hueHttpProblem(response: JsonResponse, address: BridgeAddress, notFound: string): OutputError {
  const { host, bridgeId } = address;
  const { status } = response;
  if (status === 401 || status === 403) {
    return new OutputError(
      `The Hue bridge ${bridgeId ?? `at ${host}`} no longer accepts Stillroom's application key. Pair again in ` +
        'Light settings: press the link button on the bridge first.',
      'unauthorized',
      'fix',
    );
  }
  if (status === 404) return new OutputError(notFound, 'not-found', 'fix');
  if (status === 429) {
    return new OutputError(
      `The Hue bridge at ${host} asked Stillroom to slow down (too many requests). Stillroom waits a moment ` +
        'and tries again.',
      'rate-limited',
      'retry',
      retryAfterMs(response.headers['retry-after']),
    );
  }
  if (status === 503) {
    return new OutputError(
      `The Hue bridge at ${host} is busy (503 Service Unavailable). Stillroom keeps trying.`,
      'busy',
      'retry',
    );
  }
  if (status >= 500) {
    return new OutputError(
      `The Hue bridge at ${host} had an internal error (${status}${descriptions(response)}). Stillroom keeps trying.`,
      'busy',
      'retry',
    );
  }
  return new OutputError(
    `The Hue bridge at ${host} refused the command (${status}${descriptions(response)}). Stillroom keeps trying.`,
    'refused-command',
    'retry',
  );
}

/** A 2xx answer whose body is not what CLIP v2 promises. */
export function unexpectedHueAnswer(host: string, what: string): OutputError {
  return new OutputError(
    `The Hue bridge at ${host} answered ${what} in a way Stillroom does not understand. Check that the address ` +
      'in Light settings is a Hue bridge with current firmware.',
    'unexpected-answer',
    'retry',
  );
}
