import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_FRAME_BYTES, type Reply } from '@domain/ipc/channels';
import { errorMessage } from '@domain/error-message';
import { dispatch } from '../ipc/dispatch';
import type { AppServices } from '../services/app-services';
import { fileResponse, MediaRefused, resolveMediaPath } from '../services/media';
import { contentType } from '../services/app-files';
import { sendResponse } from './node-response';
import { nestedTooDeep, oneLine, readRequestMessage } from './socket-messages';

export interface WebHostOptions {
  services: AppServices;
  rendererDir: string;
  port: number;
  reportError: (error: unknown) => void;
  /** The secret every request and media URL must carry; a fresh random one when absent. */
  token?: string;
  /** One line for each upgrade, frame or message refused. */
  log?: (line: string) => void;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function sameSecret(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Serves the built renderer and the app's contract on 127.0.0.1, for machines without an
 * Electron binary. Requests and media need the random token; other origins and hosts are
 * refused, so another web page in the same browser cannot drive the room.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { services, rendererDir, reportError } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const allowedHosts = new Set<string>();

  const log = (line: string) => (options.log ?? ((text: string) => reportError(text)))(oneLine(line));
  const allowedOrigins = new Set<string>();

  const server = http.createServer((req, res) => {
    void handleHttp(req, res).catch((error: unknown) => {
      reportError(error);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });

  /** The request's target as a URL on this host, or null when it cannot be read as one. */
  function targetOf(req: http.IncomingMessage): URL | null {
    const target = req.url ?? '/';
    if (!target.startsWith('/') || target.startsWith('//')) return null;
    try {
      return new URL(target, origin);
    } catch {
      return null;
    }
  }

  async function handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, SECURITY_HEADERS).end('wrong host');
      return;
    }
    const url = targetOf(req);
    if (!url) {
      res.writeHead(400, SECURITY_HEADERS).end('unreadable address');
      return;
    }
    // The app and its media are only ever read.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end('only GET and HEAD');
      return;
    }
    const request = new Request(url, {
      method: req.method,
      headers: req.headers.range ? { range: req.headers.range } : {},
    });
    const media = /^\/media\/([^/]+)\/(.+)$/.exec(url.pathname);
    if (media) {
      if (!sameSecret(url.searchParams.get('token'), token)) {
        res.writeHead(403, SECURITY_HEADERS).end('missing or wrong token');
        return;
      }
      await sendResponse(services.media(media[1]!, media[2]!, request), res, SECURITY_HEADERS);
      return;
    }
    const relative = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    try {
      const file = resolveMediaPath({ renderer: rendererDir }, 'renderer', relative);
      await sendResponse(fileResponse(file, request.headers.get('range'), req.method !== 'HEAD'), res, {
        ...SECURITY_HEADERS,
        'Content-Type': contentType(file),
      });
    } catch (error) {
      if (!(error instanceof MediaRefused)) throw error;
      res.writeHead(error.status, SECURITY_HEADERS).end(error.message);
    }
  }

  /** Why an upgrade to the socket is refused (status and reason), or null when it may go ahead. */
  function upgradeRefusal(req: http.IncomingMessage): { status: string; reason: string } | null {
    if (!allowedHosts.has(req.headers.host ?? '')) return { status: '403 Forbidden', reason: 'wrong host' };
    const url = targetOf(req);
    if (!url) return { status: '400 Bad Request', reason: 'unreadable address' };
    if (url.pathname !== '/ipc') return { status: '404 Not Found', reason: `no socket at ${url.pathname}` };
    // Compared as text: a sandboxed frame says "null", which is no page of ours.
    const from = req.headers.origin;
    if (from === undefined || !allowedOrigins.has(from)) {
      return { status: '403 Forbidden', reason: `origin ${JSON.stringify(from ?? 'none')} is not the app` };
    }
    if (!sameSecret(url.searchParams.get('token'), token)) return { status: '403 Forbidden', reason: 'wrong token' };
    return null;
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  server.on('upgrade', (req, socket: Duplex, head) => {
    // A client that vanishes mid-handshake is its own affair.
    socket.on('error', () => socket.destroy());
    let refusal: { status: string; reason: string } | null;
    try {
      refusal = upgradeRefusal(req);
    } catch (error) {
      refusal = { status: '400 Bad Request', reason: errorMessage(error) };
    }
    if (refusal) {
      log(`refused a socket: ${refusal.reason}`);
      socket.end(`HTTP/1.1 ${refusal.status}\r\nConnection: close\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => serveSocket(ws));
  });

  function serveSocket(ws: WebSocket): void {
    const unsubscribe = services.onEvent((event, payload) => ws.send(JSON.stringify({ event, payload })));
    ws.on('close', unsubscribe);
    // Oversized frames and invalid UTF-8 arrive here; ws has already closed the socket (1009, 1007).
    ws.on('error', (error) => log(`closed a socket: ${error.message}`));
    ws.on('message', (data, isBinary) => {
      const message = readRequestMessage(data, isBinary);
      if ('refused' in message) {
        log(`closed a socket: ${message.refused}`);
        ws.close(1003, message.refused);
        return;
      }
      const { id, channel, payload } = message;
      const answer = (reply: Reply<unknown>) => ws.send(JSON.stringify({ id, reply }));
      if (nestedTooDeep(channel) || nestedTooDeep(payload)) {
        log('refused a request: nested too deep');
        answer({ ok: false, error: 'Invalid request: it is nested too deep.' });
        return;
      }
      dispatch(services.handlers, channel, payload, reportError)
        .then(answer)
        .catch((error: unknown) => reportError(error));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
  for (const allowed of allowedHosts) allowedOrigins.add(`http://${allowed}`);

  return {
    url: `${origin}/?token=${token}`,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
