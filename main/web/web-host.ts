import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatch } from '../ipc/dispatch';
import type { AppServices } from '../services/app-services';
import { fileResponse, MediaRefused, resolveMediaPath } from '../services/media';
import { sendResponse } from './node-response';

export interface WebHostOptions {
  services: AppServices;
  rendererDir: string;
  port: number;
  reportError: (error: unknown) => void;
  /** The secret every request and media URL must carry; a fresh random one when absent. */
  token?: string;
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

  const server = http.createServer((req, res) => {
    void handleHttp(req, res).catch((error: unknown) => {
      reportError(error);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });

  async function handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, SECURITY_HEADERS).end('wrong host');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
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

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const allowed =
      url.pathname === '/ipc' &&
      allowedHosts.has(req.headers.host ?? '') &&
      req.headers.origin !== undefined &&
      allowedHosts.has(new URL(req.headers.origin).host) &&
      sameSecret(url.searchParams.get('token'), token);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => serveSocket(ws));
  });

  function serveSocket(ws: WebSocket): void {
    const unsubscribe = services.onEvent((event, payload) => ws.send(JSON.stringify({ event, payload })));
    ws.on('close', unsubscribe);
    ws.on('message', (data) => {
      let message: { id?: unknown; channel?: unknown; payload?: unknown };
      try {
        message = JSON.parse(String(data)) as typeof message;
      } catch {
        ws.close(1003, 'messages must be JSON');
        return;
      }
      if (typeof message.id !== 'number') {
        ws.close(1003, 'messages need a numeric id');
        return;
      }
      void dispatch(services.handlers, message.channel, message.payload, reportError).then((reply) =>
        ws.send(JSON.stringify({ id: message.id, reply })),
      );
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);

  return {
    url: `${origin}/?token=${token}`,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function contentType(file: string): string {
  if (file.endsWith('.html')) return 'text/html; charset=utf-8';
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.svg')) return 'image/svg+xml';
  if (file.endsWith('.png')) return 'image/png';
  if (file.endsWith('.woff2')) return 'font/woff2';
  return 'application/octet-stream';
}
