import http from 'node:http';
import https from 'node:https';
import type tls from 'node:tls';
import { errorMessage } from '@domain/error-message';

/** Why a request never got an HTTP answer, in terms a client can turn into advice. */
export type TransportFailure =
  'refused' | 'unreachable' | 'broken-off' | 'certificate-name' | 'certificate-untrusted' | 'aborted' | 'other';

/** A request that got no HTTP answer at all. */
export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    readonly failure: TransportFailure,
    cause: unknown,
  ) {
    super(`${failure}: ${errorMessage(cause)}`, { cause });
  }
}

export interface JsonRequest {
  url: URL;
  method: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  /** Sent as JSON when present. */
  body?: unknown;
  signal?: AbortSignal;
  agent?: http.Agent;
  /** TLS settings for https URLs: whom to trust and how to check the name. */
  tls?: Pick<tls.ConnectionOptions, 'ca' | 'checkServerIdentity'>;
  /** Gives up after `ms`, rejecting with `error()`. */
  timeout?: { ms: number; error: () => Error };
}

export interface JsonResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** Devices on a LAN answer in bytes, not megabytes; anything bigger is not the device we want. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTDOWN', 'ETIMEDOUT']);
const BROKEN_OFF = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
]);

/** The code our own `checkServerIdentity` functions give a certificate issued to another name. */
export const CERT_NAME_MISMATCH = 'STILLROOM_CERT_NAME_MISMATCH';
const CERTIFICATE_NAME_CODES = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', CERT_NAME_MISMATCH]);

function classify(error: unknown): TransportFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'other';
  if (code === 'ECONNREFUSED') return 'refused';
  if (UNREACHABLE.has(code)) return 'unreachable';
  if (BROKEN_OFF.has(code)) return 'broken-off';
  if (CERTIFICATE_NAME_CODES.has(code)) return 'certificate-name';
  if (UNTRUSTED.has(code)) return 'certificate-untrusted';
  return 'other';
}

/**
 * One HTTP(S) request with a JSON body and answer. Rejects with a TransportError when no answer
 * came, or with the signal's reason when it was aborted; any HTTP status is an answer.
 */
export function requestJson(request: JsonRequest): Promise<JsonResponse> {
  const { url, method, signal } = request;
  const payload = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(payload.length);
  }
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason ?? new TransportError('aborted', 'aborted'));
      return;
    }
    let settled = false;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      clearTimeout(deadline);
      outcome();
    };
    const req = transport.request(url, { method, headers, agent: request.agent, ...request.tls });
    const giveUp = (reason: unknown) => {
      settle(() => reject(reason ?? new TransportError('aborted', 'aborted')));
      req.destroy();
    };
    const onAbort = () => giveUp(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const { timeout } = request;
    if (timeout) deadline = setTimeout(() => giveUp(timeout.error()), timeout.ms);
    req.on('error', (error) => settle(() => reject(new TransportError(classify(error), error))));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          req.destroy(new Error(`the answer was larger than ${MAX_BODY_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (error) => settle(() => reject(new TransportError(classify(error), error))));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text === '' ? undefined : JSON.parse(text);
        } catch {
          json = undefined;
        }
        settle(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json }));
      });
    });
    req.end(payload);
  });
}
