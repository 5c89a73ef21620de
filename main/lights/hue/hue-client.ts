import https from 'node:https';
import { requestJson, type JsonResponse } from '../http/json-request';
import { sendableLevel } from '../look-ahead';
import { inSeconds, OutputError } from '../output-error';
import {
  BridgeConfig,
  ClipEnvelope,
  GroupResource,
  hueHttpProblem,
  hueTransportProblem,
  LINK_BUTTON_NOT_PRESSED,
  PairingAnswer,
  unexpectedHueAnswer,
} from './hue-answers';
import { HUE_ROOT_CAS } from './hue-root-ca';
import { anyBridgeIdentity, BRIDGE_ID_PATTERN, bridgeIdentityCheck } from './hue-tls';

/** How long a request made without the caller's own signal may take. */
export const HUE_REQUEST_TIMEOUT_MS = 4_000;
/** Hue accepts at most 19 characters after the "#" of a devicetype. */
const DEVICE_NAME_MAX = 19;

/** Where a bridge is and whom to trust for it. */
export interface HueConnection {
  host: string;
  /** 443 on a real bridge; tests bring their own. */
  port?: number;
  /** Authorities a bridge certificate must chain to; Hue's own unless a test brings its own. */
  ca?: readonly string[];
  /** Applies to requests made without the caller's own AbortSignal. */
  timeoutMs?: number;
}

export interface HueBridgeIdentity {
  /** 16 hexadecimal characters, lower case, as in the bridge's certificate. */
  bridgeId: string;
  name?: string;
  modelId?: string;
}

/** A room or zone whose lights can be set together through its grouped light. */
export interface HueLightGroup {
  kind: 'room' | 'zone';
  id: string;
  name: string;
  groupedLightId: string;
}

/** A grouped light and the name staff chose it by, so errors can name it. */
export interface HueGroupedLightRef {
  id: string;
  name: string;
}

export interface HuePairing {
  applicationKey: string;
  clientKey?: string;
}

function hostInUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function bridgeUrl({ host, port }: HueConnection, path: string): URL {
  return new URL(`https://${hostInUrl(host)}:${port ?? 443}${path}`);
}

function timeoutAfter(connection: HueConnection) {
  const ms = connection.timeoutMs ?? HUE_REQUEST_TIMEOUT_MS;
  return {
    ms,
    error: () =>
      new OutputError(
        `The Hue bridge at ${connection.host} did not answer within ${inSeconds(ms)}. Check that it is ` +
          'switched on and connected to the network.',
        'timeout',
        'retry',
      ),
  };
}

/** The body of PUT grouped_light: level 0 switches the lights off, over the same transition. */
export function groupedLightBody(levelPct: number, transitionMs: number): Record<string, unknown> {
  const level = sendableLevel(levelPct);
  const dynamics = { duration: Math.max(0, Math.round(transitionMs)) };
  if (level === 0) return { on: { on: false }, dynamics };
  return { on: { on: true }, dimming: { brightness: level }, dynamics };
}

/**
 * Learns which bridge answers at an address, before pairing: the certificate must chain to the
 * Hue authority and name a bridge id, and /api/0/config must report the same id.
 */
export async function identifyBridge(connection: HueConnection, signal?: AbortSignal): Promise<HueBridgeIdentity> {
  let certified: string | undefined;
  const agent = new https.Agent({ keepAlive: false, maxCachedSessions: 0 });
  let response: JsonResponse;
  try {
    response = await requestJson({
      url: bridgeUrl(connection, '/api/0/config'),
      method: 'GET',
      agent,
      signal,
      timeout: signal ? undefined : timeoutAfter(connection),
      tls: {
        ca: [...(connection.ca ?? HUE_ROOT_CAS)],
        checkServerIdentity: anyBridgeIdentity((id) => (certified = id)),
      },
    });
  } catch (error) {
    throw hueTransportProblem(error, { host: connection.host });
  } finally {
    agent.destroy();
  }
  const config = BridgeConfig.safeParse(response.json);
  if (response.status !== 200 || !config.success) throw unexpectedHueAnswer(connection.host, 'the question who it is');
  const reported = config.data.bridgeid.toLowerCase();
  if (!certified || reported !== certified || !BRIDGE_ID_PATTERN.test(reported)) {
    throw new OutputError(
      `The device at ${connection.host} calls itself bridge "${reported}" but its certificate names ` +
        `"${certified ?? 'none'}". Stillroom will not pair with it; check the bridge address in Light settings.`,
      'certificate',
      'fix',
    );
  }
  return { bridgeId: reported, name: config.data.name, modelId: config.data.modelid };
}

/**
 * Talks to one Philips Hue bridge over its local CLIP v2 API. Every connection is HTTPS, trusts
 * only the Hue authorities and requires the certificate to name this bridge's id.
 */
export class HueClient {
  private readonly agent: https.Agent;
  private readonly bridgeId: string;

  constructor(
    private readonly options: HueConnection & {
      bridgeId: string;
      /** The key from pairing; only `pair` works without it. */
      applicationKey?: string;
    },
  ) {
    this.bridgeId = options.bridgeId.toLowerCase();
    // No cached TLS sessions: a resumed session would skip the certificate name check.
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 2, maxCachedSessions: 0 });
  }

  /**
   * Asks the bridge for an application key for this room. The link button must have been
   * pressed within the last 30 seconds; otherwise this rejects saying so.
   */
  async pair(roomName: string, signal?: AbortSignal): Promise<HuePairing> {
    const deviceName = roomName.trim().slice(0, DEVICE_NAME_MAX) || 'room';
    const response = await this.request('POST', '/api', {
      body: { devicetype: `stillroom#${deviceName}`, generateclientkey: true },
      signal,
      withKey: false,
    });
    const answer = PairingAnswer.safeParse(response.json);
    if (response.status !== 200 || !answer.success) throw unexpectedHueAnswer(this.options.host, 'the pairing request');
    const first = answer.data[0]!;
    if ('success' in first) return { applicationKey: first.success.username, clientKey: first.success.clientkey };
    if (first.error.type === LINK_BUTTON_NOT_PRESSED) {
      throw new OutputError(
        'Press the link button on the bridge, then try again within 30 seconds.',
        'link-button',
        'retry',
      );
    }
    throw new OutputError(
      `The Hue bridge refused to pair: ${first.error.description}. Try again, or restart the bridge.`,
      'refused-command',
      'retry',
    );
  }

  /** Every room and zone that has lights, with the grouped light that sets them all. */
  async listLightGroups(signal?: AbortSignal): Promise<HueLightGroup[]> {
    const groups: HueLightGroup[] = [];
    for (const kind of ['room', 'zone'] as const) {
      const response = await this.request('GET', `/clip/v2/resource/${kind}`, { signal });
      this.throwUnlessOk(
        response,
        `The Hue bridge at ${this.options.host} has no ${kind} list. Update the bridge in the Hue app; ` +
          'Stillroom needs its CLIP v2 API.',
      );
      const envelope = ClipEnvelope.safeParse(response.json);
      if (!envelope.success) throw unexpectedHueAnswer(this.options.host, `the ${kind} list`);
      for (const item of envelope.data.data) {
        const resource = GroupResource.safeParse(item);
        if (!resource.success) continue;
        const groupedLight = resource.data.services.find((service) => service.rtype === 'grouped_light');
        if (!groupedLight) continue;
        groups.push({
          kind,
          id: resource.data.id,
          name: resource.data.metadata.name,
          groupedLightId: groupedLight.rid,
        });
      }
    }
    return groups.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  }

  /** Sets every light of a room or zone to a level (0 switches them off) over a transition. */
  async setGroupedLight(
    light: HueGroupedLightRef,
    levelPct: number,
    transitionMs: number,
    signal?: AbortSignal,
  ): Promise<void> {
    const response = await this.request('PUT', `/clip/v2/resource/grouped_light/${encodeURIComponent(light.id)}`, {
      body: groupedLightBody(levelPct, transitionMs),
      signal,
    });
    this.throwUnlessOk(
      response,
      `The Hue bridge does not know the light "${light.name}" (grouped light ${light.id}) any more. ` +
        'Choose the room or zone again in Light settings.',
    );
  }

  /** Closes the kept-alive connection to the bridge. */
  close(): void {
    this.agent.destroy();
  }

  private throwUnlessOk(response: JsonResponse, notFound: string): void {
    const address = { host: this.options.host, bridgeId: this.bridgeId };
    if (response.status !== 200) throw hueHttpProblem(response, address, notFound);
    const envelope = ClipEnvelope.safeParse(response.json);
    if (envelope.success && envelope.data.errors.length > 0) throw hueHttpProblem(response, address, notFound);
  }

  private async request(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    { body, signal, withKey = true }: { body?: unknown; signal?: AbortSignal; withKey?: boolean },
  ): Promise<JsonResponse> {
    const headers: Record<string, string> = {};
    if (withKey) {
      if (!this.options.applicationKey) {
        throw new OutputError(
          'Stillroom has no application key for this Hue bridge. Pair with the bridge in Light settings.',
          'unauthorized',
          'fix',
        );
      }
      headers['hue-application-key'] = this.options.applicationKey;
    }
    try {
      return await requestJson({
        url: bridgeUrl(this.options, path),
        method,
        headers,
        body,
        signal,
        agent: this.agent,
        timeout: signal ? undefined : timeoutAfter(this.options),
        tls: { ca: [...(this.options.ca ?? HUE_ROOT_CAS)], checkServerIdentity: bridgeIdentityCheck(this.bridgeId) },
      });
    } catch (error) {
      throw hueTransportProblem(error, { host: this.options.host, bridgeId: this.bridgeId });
    }
  }
}
