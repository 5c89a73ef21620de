import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Clock } from '@domain/clock';
import { recordRequest, sendJson, wallClock, type RecordedRequest } from './recorded-request';
import { testCertificates, type TestCertificates } from './test-certificates';

/** The rooms and zones every fake bridge starts with. */
export const TREATMENT_ROOM = {
  id: '6f1c2a0e-8d1b-4c3e-9a55-0b7e2d4f1a01',
  name: 'Treatment room',
  groupedLightId: 'c7a0d1e2-3b4c-4d5e-8f60-718293a4b5c6',
};
export const CEILING_ZONE = {
  id: 'e2b9c8d7-6a5f-4e3d-8c2b-1a0f9e8d7c6b',
  name: 'Ceiling',
  groupedLightId: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
};
/** A room with no lights in it: CLIP v2 lists it without a grouped_light service. */
export const EMPTY_STORE_ROOM = { id: '9d8c7b6a-5f4e-4d3c-8b2a-190817263544', name: 'Store' };

export type BridgeCertificate = 'bridge' | 'wrongName' | 'untrusted';

interface GroupedLightState {
  owner: { rid: string; rtype: 'room' | 'zone' };
  on: boolean;
  brightness: number;
}

const envelope = (data: unknown[], errors: string[] = []) => ({
  errors: errors.map((description) => ({ description })),
  data,
});

/**
 * A Philips Hue bridge's local API as documented: pairing on POST /api (v1 style answers),
 * public config on /api/0/config, rooms, zones and grouped lights on CLIP v2 with the
 * hue-application-key header. Served over HTTPS with a certificate from a test authority
 * whose name is the bridge id. Records every request and misbehaves on request.
 */
export class FakeHueBridge {
  readonly requests: RecordedRequest[] = [];
  readonly applicationKeys = new Set<string>();
  linkButtonPressed = false;
  /** The next n CLIP requests are answered 429 Too Many Requests. */
  rateLimitNext = 0;
  /** Sent with 429 answers when set, in seconds. */
  retryAfterSeconds: number | undefined;
  /** The next n CLIP requests are answered 503 Service Unavailable. */
  unavailableNext = 0;
  /** While true, requests are received and recorded but never answered. */
  hang = false;
  /** How many requests got an answer. */
  answered = 0;
  readonly groupedLights = new Map<string, GroupedLightState>([
    [TREATMENT_ROOM.groupedLightId, { owner: { rid: TREATMENT_ROOM.id, rtype: 'room' }, on: true, brightness: 100 }],
    [CEILING_ZONE.groupedLightId, { owner: { rid: CEILING_ZONE.id, rtype: 'zone' }, on: true, brightness: 100 }],
  ]);

  private constructor(
    private readonly server: https.Server,
    readonly certificates: TestCertificates,
    private readonly clock: Clock,
  ) {}

  /** Starts a bridge on 127.0.0.1 and a free port. */
  static async start(options: { serve?: BridgeCertificate; clock?: Clock; bridgeId?: string } = {}) {
    const certificates = testCertificates(options.bridgeId);
    const server = https.createServer(certificates[options.serve ?? 'bridge']);
    const bridge = new FakeHueBridge(server, certificates, options.clock ?? wallClock);
    server.on('request', (req, res) => void bridge.handle(req, res).catch(() => res.destroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return bridge;
  }

  get bridgeId(): string {
    return this.certificates.bridgeId;
  }

  /** What a client needs to reach this bridge and trust it. */
  connection() {
    const { port } = this.server.address() as AddressInfo;
    return { host: '127.0.0.1', port, bridgeId: this.bridgeId, ca: [this.certificates.caPem] };
  }

  /** Presents another certificate to new connections. */
  serve(which: BridgeCertificate): void {
    this.server.setSecureContext(this.certificates[which]);
  }

  /** Requests to one path, in order (PUT to a grouped light, say). */
  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const request = await recordRequest(req, this.clock);
    this.requests.push(request);
    if (this.hang) return;
    res.on('finish', () => (this.answered += 1));
    const path = request.path.split('?')[0]!;
    if (path === '/api' || path === '/api/') return this.pair(request, res);
    if (path === '/api/0/config' && request.method === 'GET') return sendJson(res, 200, this.publicConfig());
    if (path.startsWith('/clip/v2/resource/')) return this.clip(request, path.slice('/clip/v2/resource/'.length), res);
    sendJson(res, 404, envelope([], ['Not Found']));
  }

  private publicConfig() {
    return {
      name: 'Hue Bridge',
      datastoreversion: '172',
      swversion: '1968096020',
      apiversion: '1.68.0',
      mac: '00:17:88:4d:2a:1c',
      bridgeid: this.bridgeId.toUpperCase(),
      factorynew: false,
      replacesbridgeid: null,
      modelid: 'BSB002',
      starterkitid: '',
    };
  }

  private pair(request: RecordedRequest, res: http.ServerResponse): void {
    const error = (type: number, description: string) =>
      sendJson(res, 200, [{ error: { type, address: type === 101 ? '' : '/', description } }]);
    if (request.method !== 'POST') return error(4, `method, ${request.method}, not available for resource, /`);
    const body = request.body as { devicetype?: unknown; generateclientkey?: unknown } | undefined;
    if (body === undefined || typeof body !== 'object') return error(2, 'body contains invalid json');
    if (typeof body.devicetype !== 'string') return error(5, 'invalid/missing parameters in body');
    const [application, device, ...rest] = body.devicetype.split('#');
    if (!application || application.length > 20 || (device ?? '').length > 19 || rest.length > 0) {
      return error(7, `invalid value, ${body.devicetype}, for parameter, devicetype`);
    }
    if (!this.linkButtonPressed) return error(101, 'link button not pressed');
    const username = randomBytes(30).toString('base64url').slice(0, 40);
    this.applicationKeys.add(username);
    const success: Record<string, string> = { username };
    if (body.generateclientkey === true) success.clientkey = randomBytes(16).toString('hex').toUpperCase();
    sendJson(res, 200, [{ success }]);
  }

  private clip(request: RecordedRequest, resource: string, res: http.ServerResponse): void {
    const key = request.headers['hue-application-key'];
    if (typeof key !== 'string' || !this.applicationKeys.has(key)) {
      return sendJson(res, 403, envelope([], ['unauthorized user']));
    }
    if (this.rateLimitNext > 0) {
      this.rateLimitNext -= 1;
      const headers = this.retryAfterSeconds === undefined ? {} : { 'retry-after': String(this.retryAfterSeconds) };
      return sendJson(res, 429, envelope([], ['Too Many Requests']), headers);
    }
    if (this.unavailableNext > 0) {
      this.unavailableNext -= 1;
      return sendJson(res, 503, envelope([], ['Service Unavailable']));
    }
    const [type, id, ...more] = resource.split('/');
    if (request.method === 'GET' && id === undefined && (type === 'room' || type === 'zone')) {
      return sendJson(res, 200, envelope(this.groups(type)));
    }
    if (request.method === 'GET' && type === 'grouped_light' && id === undefined) {
      return sendJson(res, 200, envelope([...this.groupedLights].map(([lightId, s]) => this.groupedLight(lightId, s))));
    }
    if (type === 'grouped_light' && id !== undefined && more.length === 0) {
      const state = this.groupedLights.get(id);
      if (!state) return sendJson(res, 404, envelope([], ['Not Found']));
      if (request.method === 'GET') return sendJson(res, 200, envelope([this.groupedLight(id, state)]));
      if (request.method === 'PUT') return this.putGroupedLight(id, state, request, res);
      return sendJson(res, 405, envelope([], ['Method Not Allowed']));
    }
    sendJson(res, 404, envelope([], ['Not Found']));
  }

  private groups(type: 'room' | 'zone') {
    const service = (rid: string) => [{ rid, rtype: 'grouped_light' }];
    if (type === 'zone') {
      return [
        {
          id: CEILING_ZONE.id,
          id_v1: '/groups/2',
          type: 'zone',
          metadata: { name: CEILING_ZONE.name, archetype: 'other' },
          children: [{ rid: '5b7c9d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e', rtype: 'light' }],
          services: service(CEILING_ZONE.groupedLightId),
        },
      ];
    }
    return [
      {
        id: TREATMENT_ROOM.id,
        id_v1: '/groups/1',
        type: 'room',
        metadata: { name: TREATMENT_ROOM.name, archetype: 'living_room' },
        children: [{ rid: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', rtype: 'device' }],
        services: service(TREATMENT_ROOM.groupedLightId),
      },
      {
        id: EMPTY_STORE_ROOM.id,
        id_v1: '/groups/3',
        type: 'room',
        metadata: { name: EMPTY_STORE_ROOM.name, archetype: 'storage' },
        children: [],
        services: [],
      },
    ];
  }

  private groupedLight(id: string, state: GroupedLightState) {
    return {
      id,
      id_v1: state.owner.rtype === 'room' ? '/groups/1' : '/groups/2',
      owner: state.owner,
      on: { on: state.on },
      dimming: { brightness: state.brightness },
      type: 'grouped_light',
    };
  }

  /** Applies on, dimming.brightness and dynamics.duration after checking them as the bridge does. */
  private putGroupedLight(id: string, state: GroupedLightState, request: RecordedRequest, res: http.ServerResponse) {
    const body = request.body as Record<string, unknown> | undefined;
    const invalid = (description: string) => sendJson(res, 400, envelope([], [description]));
    if (!body || typeof body !== 'object' || Array.isArray(body)) return invalid('Body is not a JSON object');
    const on = body.on as { on?: unknown } | undefined;
    const dimming = body.dimming as { brightness?: unknown } | undefined;
    const dynamics = body.dynamics as { duration?: unknown } | undefined;
    if (on !== undefined && typeof on.on !== 'boolean') return invalid('on.on must be a boolean');
    if (dimming !== undefined) {
      const { brightness } = dimming;
      if (typeof brightness !== 'number' || brightness < 0 || brightness > 100) {
        return invalid('dimming.brightness must be a number from 0 to 100');
      }
    }
    if (dynamics !== undefined) {
      const { duration } = dynamics;
      if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 0) {
        return invalid('dynamics.duration must be a whole number of milliseconds');
      }
    }
    if (typeof on?.on === 'boolean') state.on = on.on;
    if (typeof dimming?.brightness === 'number') state.brightness = dimming.brightness;
    sendJson(res, 200, envelope([{ rid: id, rtype: 'grouped_light' }]));
  }
}
