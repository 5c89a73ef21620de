import type http from 'node:http';
import type { Clock } from '@domain/clock';

/** One request as a fake device received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The body parsed as JSON, or undefined when empty or not JSON. */
  body: unknown;
  text: string;
  /** When it arrived, on the clock the fake was given. */
  at: number;
}

export const wallClock: Clock = { now: () => performance.timeOrigin + performance.now() };

/** Reads a request's body and records it. */
export async function recordRequest(req: http.IncomingMessage, clock: Clock): Promise<RecordedRequest> {
  const at = clock.now();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, text, at };
}

/** Sends a JSON answer. */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
