import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

/** Named folders media may come from, e.g. { assets: '/app/assets', library: '/data/library' }. */
export type MediaRoots = Record<string, string>;

const CONTENT_TYPES: Record<string, string> = {
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.m4b': 'audio/mp4',
  '.aac': 'audio/aac',
  '.flac': 'audio/flac',
  '.wav': 'audio/wav',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

export class MediaRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Resolves `root` + relative path to a real file inside that root. Refuses empty, `.` and
 * `..` segments, backslashes, NUL, absolute paths, unknown roots, and anything a symlink
 * leads out of the root.
 */
export function resolveMediaPath(roots: MediaRoots, root: string, relative: string): string {
  if (!Object.hasOwn(roots, root)) throw new MediaRefused(404, `unknown media root "${root}"`);
  let segments: string[];
  try {
    segments = relative.split('/').map((s) => decodeURIComponent(s));
  } catch {
    throw new MediaRefused(400, 'malformed path');
  }
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || /[\\\0:]/.test(segment) || segment.includes('/')) {
      throw new MediaRefused(403, 'path not allowed');
    }
  }
  let rootReal: string;
  let fileReal: string;
  try {
    rootReal = fs.realpathSync(roots[root]!);
    fileReal = fs.realpathSync(path.join(rootReal, ...segments));
  } catch {
    throw new MediaRefused(404, 'not found');
  }
  if (!fileReal.startsWith(rootReal + path.sep)) throw new MediaRefused(403, 'path not allowed');
  if (!fs.statSync(fileReal).isFile()) throw new MediaRefused(404, 'not found');
  return fileReal;
}

/** Parses a single `bytes=` range against a file size; null means "send it all". */
export function parseRange(header: string | null, size: number): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}

/** Answers a GET for a file, honouring Range so long tracks can seek. */
export function fileResponse(filePath: string, rangeHeader: string | null, withBody = true): Response {
  const size = fs.statSync(filePath).size;
  const type = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  // Never kept by the browser: a file replaced or gone on disk must not go on playing from its cache.
  const headers = new Headers({ 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' });
  const range = parseRange(rangeHeader, size);
  if (range === 'invalid') {
    headers.set('Content-Range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  headers.set('Content-Length', String(end - start + 1));
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  const body =
    !withBody || size === 0
      ? null
      : (Readable.toWeb(fs.createReadStream(filePath, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status: range ? 206 : 200, headers });
}

/** Answers a GET or HEAD for one known file; anything else is refused. */
export function serveFile(filePath: string, request: Request): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  if (!fs.statSync(filePath, { throwIfNoEntry: false })?.isFile()) return new Response('not found', { status: 404 });
  return fileResponse(filePath, request.headers.get('range'), request.method === 'GET');
}

/**
 * Serves `<root>/<path>` from the allowed roots. Both the Electron protocol handler and the
 * web host call this with the root name and the still-encoded path from the URL.
 */
export function serveMedia(roots: MediaRoots, root: string, encodedPath: string, request: Request): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  try {
    return serveFile(resolveMediaPath(roots, root, encodedPath), request);
  } catch (error) {
    if (error instanceof MediaRefused) return new Response(error.message, { status: error.status });
    throw error;
  }
}
