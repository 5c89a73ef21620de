import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRange, serveMedia } from '../../../../main/services/media';
import { tempDir } from '../../../support/services';

let roots: { library: string };
const TRACK = Buffer.from('OggS-track-bytes-0123456789');
const SECRET = 'the secret outside the root';

beforeAll(() => {
  const base = tempDir();
  roots = { library: path.join(base, 'library') };
  fs.mkdirSync(path.join(roots.library, 'a'), { recursive: true });
  fs.writeFileSync(path.join(roots.library, 'a', 'b.ogg'), TRACK);
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(roots.library, 'a', 'link.ogg'));
  fs.symlinkSync(base, path.join(roots.library, 'escape'));
});

const get = (root: string, relative: string, headers: Record<string, string> = {}, method = 'GET') =>
  serveMedia(roots, root, relative, new Request('http://x/', { method, headers }));

describe('the media protocol', () => {
  it('serves a file inside its root', async () => {
    const response = get('library', 'a/b.ogg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/ogg');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(TRACK);
  });

  it.each([
    ['..', '../secret.txt'],
    ['encoded ..', '%2e%2e/secret.txt'],
    ['.. after a folder', 'a/../../secret.txt'],
    ['an encoded slash', '..%2Fsecret.txt'],
    ['an absolute path', '/etc/passwd'],
    ['an encoded absolute path', '%2Fetc%2Fpasswd'],
    ['a backslash', '..\\secret.txt'],
    ['a NUL byte', 'a/b.ogg%00.txt'],
    ['an empty segment', 'a//b.ogg'],
    ['a symlinked file pointing out', 'a/link.ogg'],
    ['a symlinked folder pointing out', 'escape/secret.txt'],
    ['malformed escapes', 'a/%E0%A4%A.ogg'],
  ])('refuses %s', async (_label, relative) => {
    const response = get('library', relative);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each(['nowhere', '__proto__', 'constructor', 'toString'])('refuses the unknown root "%s"', (root) => {
    expect(get(root, 'a/b.ogg').status).toBe(404);
  });

  it('answers Range requests so long tracks can seek', async () => {
    const first = get('library', 'a/b.ogg', { range: 'bytes=0-3' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-3/${TRACK.length}`);
    expect(Buffer.from(await first.arrayBuffer()).toString()).toBe('OggS');

    const suffix = get('library', 'a/b.ogg', { range: 'bytes=-2' });
    expect(Buffer.from(await suffix.arrayBuffer()).toString()).toBe('89');

    const open = get('library', 'a/b.ogg', { range: 'bytes=5-' });
    expect(Buffer.from(await open.arrayBuffer())).toEqual(TRACK.subarray(5));

    const beyond = get('library', 'a/b.ogg', { range: `bytes=${TRACK.length + 10}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${TRACK.length}`);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = get('library', 'a/b.ogg', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(TRACK.length));
    expect(head.body).toBeNull();
    expect(get('library', 'a/b.ogg', {}, 'POST').status).toBe(405);
  });

  it('parses ranges strictly', () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange('bytes=90-200', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=0-1,5-6', 100)).toBe('invalid');
    expect(parseRange('items=0-1', 100)).toBe('invalid');
    expect(parseRange('bytes=-', 100)).toBe('invalid');
    expect(parseRange('bytes=20-10', 100)).toBe('invalid');
  });
});
