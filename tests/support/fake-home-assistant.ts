import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '@domain/clock';
import { recordRequest, sendJson, wallClock, type RecordedRequest } from './recorded-request';

export const TEST_TOKEN = 'eyJ0ZXN0IjoidG9rZW4ifQ.long-lived.token';

interface LightState {
  name: string;
  on: boolean;
  /** 0–255, as Home Assistant keeps it. */
  brightness: number;
}

const SERVICE_KEYS: Record<string, string[]> = {
  turn_on: ['entity_id', 'brightness_pct', 'transition'],
  turn_off: ['entity_id', 'transition'],
};

/**
 * Home Assistant's REST API as documented: GET /api/, GET /api/states/<entity_id> and
 * POST /api/services/light/<service>, each needing "Authorization: Bearer <token>". Answers
 * 401 with aiohttp's plain-text body, 404 {"message": "Entity not found."}, and, like Home
 * Assistant, ignores unknown entities in a service call. Records every request and can be
 * told to hang or fail.
 */
export class FakeHomeAssistant {
  readonly requests: RecordedRequest[] = [];
  readonly tokens = new Set([TEST_TOKEN]);
  /** While true, requests are received and recorded but never answered. */
  hang = false;
  /** The next n requests are answered 502 Bad Gateway (a proxy in front of a restarting Home Assistant). */
  badGatewayNext = 0;
  readonly lights = new Map<string, LightState>([
    ['light.treatment_ceiling', { name: 'Treatment ceiling', on: true, brightness: 255 }],
    ['light.treatment_floor_lamp', { name: 'Floor lamp', on: false, brightness: 0 }],
  ]);

  private constructor(
    private readonly server: http.Server,
    private readonly clock: Clock,
  ) {}

  /** Starts Home Assistant on 127.0.0.1 and a free port, plain http as on most clinic networks. */
  static async start(options: { clock?: Clock } = {}): Promise<FakeHomeAssistant> {
    const server = http.createServer();
    const fake = new FakeHomeAssistant(server, options.clock ?? wallClock);
    server.on('request', (req, res) => void fake.handle(req, res).catch(() => res.destroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const request = await recordRequest(req, this.clock);
    this.requests.push(request);
    if (this.hang) return;
    if (this.badGatewayNext > 0) {
      this.badGatewayNext -= 1;
      res.writeHead(502, { 'content-type': 'text/plain' }).end('502: Bad Gateway');
      return;
    }
    const auth = request.headers.authorization;
    const token = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
    if (!this.tokens.has(token)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' }).end('401: Unauthorized');
      return;
    }
    const path = request.path.split('?')[0]!;
    if (path === '/api/' && request.method === 'GET') return sendJson(res, 200, { message: 'API running.' });
    const state = /^\/api\/states\/([^/]+)$/.exec(path);
    if (state && request.method === 'GET') {
      const entityId = decodeURIComponent(state[1]!);
      const light = this.lights.get(entityId);
      if (!light) return sendJson(res, 404, { message: 'Entity not found.' });
      return sendJson(res, 200, this.stateOf(entityId, light));
    }
    const service = /^\/api\/services\/light\/([a-z_]+)$/.exec(path);
    if (service && request.method === 'POST') return this.callService(service[1]!, request, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('404: Not Found');
  }

  private stateOf(entityId: string, light: LightState) {
    const changed = new Date(0).toISOString();
    return {
      entity_id: entityId,
      state: light.on ? 'on' : 'off',
      attributes: {
        supported_color_modes: ['brightness'],
        color_mode: light.on ? 'brightness' : null,
        brightness: light.on ? light.brightness : null,
        friendly_name: light.name,
        supported_features: 40,
      },
      last_changed: changed,
      last_updated: changed,
      context: { id: '01J0000000000000000000000', parent_id: null, user_id: null },
    };
  }

  private callService(service: string, request: RecordedRequest, res: http.ServerResponse): void {
    const allowed = SERVICE_KEYS[service];
    if (!allowed) return sendJson(res, 400, { message: `Service light.${service} not found.` });
    const body = request.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return sendJson(res, 400, { message: 'Data should be valid JSON.' });
    }
    const invalid = (why: string) => sendJson(res, 400, { message: `Invalid data for call_service: ${why}` });
    const extra = Object.keys(body).filter((key) => !allowed.includes(key));
    if (extra.length > 0) return invalid(`extra keys not allowed @ data['${extra[0]}']`);
    const ids = typeof body.entity_id === 'string' ? [body.entity_id] : body.entity_id;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return invalid('entity_id is required');
    const { brightness_pct: pct, transition } = body;
    if (pct !== undefined && (typeof pct !== 'number' || pct < 0 || pct > 100)) return invalid('brightness_pct');
    if (transition !== undefined && (typeof transition !== 'number' || transition < 0)) return invalid('transition');
    const changed = [];
    for (const id of ids as string[]) {
      const light = this.lights.get(id);
      if (!light) continue;
      const level = service === 'turn_off' ? 0 : typeof pct === 'number' ? pct : 100;
      light.on = level > 0;
      light.brightness = Math.round((level * 255) / 100);
      changed.push(this.stateOf(id, light));
    }
    sendJson(res, 200, changed);
  }
}
