import http from 'node:http';
import https from 'node:https';
import { z } from 'zod';
import { requestJson, TransportError, type JsonResponse } from '../http/json-request';
import { sendableLevel } from '../look-ahead';
import { inSeconds, OutputError, retryAfterMs } from '../output-error';

/** How long a request made without the caller's own signal may take. */
export const HOME_ASSISTANT_TIMEOUT_MS = 4_000;

export interface HomeAssistantConnection {
  /** http or https, with the port: http://homeassistant.local:8123 */
  baseUrl: string;
  /** A long-lived access token; kept apart from the settings, so it is passed in here. */
  token: string;
  /** Applies to requests made without the caller's own AbortSignal. */
  timeoutMs?: number;
}

export interface HomeAssistantLight {
  entityId: string;
  /** The light's friendly name, or its entity id when it has none. */
  name: string;
  state: string;
}

const ApiStatus = z.object({ message: z.literal('API running.') });
const EntityState = z.object({
  entity_id: z.string(),
  state: z.string(),
  attributes: z.object({ friendly_name: z.string().optional() }).passthrough().default({}),
});

/** The body of light.turn_on / light.turn_off: 0 % switches off, with the same transition. */
export function lightServiceCall(
  entityIds: readonly string[],
  levelPct: number,
  transitionMs: number,
): { service: 'turn_on' | 'turn_off'; body: Record<string, unknown> } {
  const level = sendableLevel(levelPct);
  const transition = Math.round(Math.max(0, transitionMs) / 10) / 100;
  if (level === 0) return { service: 'turn_off', body: { entity_id: [...entityIds], transition } };
  // Home Assistant takes whole percents; a glimmer stays a glimmer rather than rounding to off.
  const brightness = Math.max(1, Math.round(level));
  return { service: 'turn_on', body: { entity_id: [...entityIds], brightness_pct: brightness, transition } };
}

/** Talks to Home Assistant's REST API with a long-lived access token. */
export class HomeAssistantClient {
  private readonly base: URL;
  private readonly agent: http.Agent;

  constructor(private readonly options: HomeAssistantConnection) {
    this.base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.agent =
      this.base.protocol === 'https:'
        ? new https.Agent({ keepAlive: true, maxSockets: 2 })
        : new http.Agent({ keepAlive: true, maxSockets: 2 });
  }

  /** Checks that the address is Home Assistant's API and that it accepts the token. */
  async checkApi(signal?: AbortSignal): Promise<void> {
    const response = await this.request('GET', 'api/', undefined, signal);
    this.throwUnlessOk(
      response,
      `The address ${this.where()} does not lead to Home Assistant's API. Check the Home Assistant address in ` +
        'Light settings, for example http://homeassistant.local:8123.',
    );
    if (!ApiStatus.safeParse(response.json).success) {
      throw new OutputError(
        `The address ${this.where()} answered, but not like Home Assistant. Check the Home Assistant address in ` +
          'Light settings.',
        'unexpected-answer',
        'fix',
      );
    }
  }

  /** Checks that Home Assistant knows this light, and gives its name and state. */
  async checkLight(entityId: string, signal?: AbortSignal): Promise<HomeAssistantLight> {
    const response = await this.request('GET', `api/states/${encodeURIComponent(entityId)}`, undefined, signal);
    this.throwUnlessOk(
      response,
      `Home Assistant has no light "${entityId}". Check the entity id in Light settings; Home Assistant lists ` +
        'them under Settings, Devices & services, Entities.',
    );
    const state = EntityState.safeParse(response.json);
    if (!state.success) {
      throw new OutputError(
        `Home Assistant answered about "${entityId}" in a way Stillroom does not understand.`,
        'unexpected-answer',
        'retry',
      );
    }
    const { entity_id, attributes } = state.data;
    return { entityId: entity_id, name: attributes.friendly_name ?? entity_id, state: state.data.state };
  }

  /** Sets the lights to a level (0 switches them off) over a transition. */
  async setLevel(
    entityIds: readonly string[],
    levelPct: number,
    transitionMs: number,
    signal?: AbortSignal,
  ): Promise<void> {
    const call = lightServiceCall(entityIds, levelPct, transitionMs);
    const response = await this.request('POST', `api/services/light/${call.service}`, call.body, signal);
    this.throwUnlessOk(
      response,
      `Home Assistant at ${this.where()} has no light.${call.service} action. Check that its light ` +
        'integration is loaded.',
    );
  }

  /** Closes the kept-alive connection. */
  close(): void {
    this.agent.destroy();
  }

  private where(): string {
    return this.base.href.replace(/\/$/, '');
  }

  private throwUnlessOk(response: JsonResponse, notFound: string): void {
    const { status } = response;
    if (status === 200 || status === 201) return;
    if (status === 401 || status === 403) {
      throw new OutputError(
        `Home Assistant at ${this.where()} refused Stillroom: the token was refused. Create a new long-lived ` +
          'access token in your Home Assistant profile and enter it in Light settings.',
        'unauthorized',
        'fix',
      );
    }
    if (status === 404) throw new OutputError(notFound, 'not-found', 'fix');
    const said = response.text.trim().slice(0, 200);
    const detail = said ? `${status}: ${said}` : String(status);
    if (status === 429) {
      throw new OutputError(
        `Home Assistant at ${this.where()} asked Stillroom to slow down. Stillroom waits a moment and tries again.`,
        'rate-limited',
        'retry',
        retryAfterMs(response.headers['retry-after']),
      );
    }
    if (status >= 500) {
      throw new OutputError(
        `Home Assistant at ${this.where()} had a problem (${detail}). Stillroom keeps trying.`,
        'busy',
        'retry',
      );
    }
    throw new OutputError(
      `Home Assistant at ${this.where()} refused the light command (${detail}). Stillroom keeps trying.`,
      'refused-command',
      'retry',
    );
  }

  private async request(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<JsonResponse> {
    const timeoutMs = this.options.timeoutMs ?? HOME_ASSISTANT_TIMEOUT_MS;
    try {
      return await requestJson({
        url: new URL(path, this.base),
        method,
        headers: { authorization: `Bearer ${this.options.token}` },
        body,
        signal,
        agent: this.agent,
        timeout: signal
          ? undefined
          : {
              ms: timeoutMs,
              error: () =>
                new OutputError(
                  `Home Assistant at ${this.where()} did not answer within ${inSeconds(timeoutMs)}.`,
                  'timeout',
                  'retry',
                ),
            },
      });
    } catch (error) {
      throw this.transportProblem(error);
    }
  }

  private transportProblem(error: unknown): unknown {
    if (!(error instanceof TransportError)) return error;
    const where = this.where();
    switch (error.failure) {
      case 'refused':
        return new OutputError(
          `Home Assistant at ${where} refused the connection. Stillroom keeps trying; check that Home Assistant ` +
            'is running and that its address in Light settings is right.',
          'unreachable',
          'retry',
        );
      case 'unreachable':
        return new OutputError(
          `Stillroom cannot reach Home Assistant at ${where}. It keeps trying; check the network and the address ` +
            'in Light settings.',
          'unreachable',
          'retry',
        );
      case 'certificate-name':
      case 'certificate-untrusted':
        return new OutputError(
          `Home Assistant at ${where} uses a certificate this computer does not trust for that address. Use the ` +
            'address its certificate was made for, or its http:// address on the local network.',
          'certificate',
          'fix',
        );
      default:
        return new OutputError(
          `Stillroom could not talk to Home Assistant at ${where} (${error.message}). It keeps trying.`,
          'unreachable',
          'retry',
        );
    }
  }
}
