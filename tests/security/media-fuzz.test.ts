import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MediaRefused, resolveMediaPath, serveMedia } from '../../main/services/media';
import { tempDir } from '../support/services';
import { fuzz, fuzzBudgetMs, reportFuzz, type Random } from '../support/fuzz';

/** How long the loop generates cases (FUZZ_SECONDS overrides it). */
const BUDGET_MS = fuzzBudgetMs(6);

const SECRET = 'the patient list, which no page may read';
let base: string;
let roots: Record<string, string>;
/** Every real file inside each root, by root name: the only files a path may resolve to. */
const inside = new Map<string, Set<string>>();
/** Files opened for reading while the fuzz ran. */
const opened: string[] = [];

beforeAll(() => {
  base = fs.realpathSync(tempDir());
  roots = { library: path.join(base, 'library'), assets: path.join(base, 'assets') };
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  write(path.join(roots.library!, 'a', 'b.ogg'), 'track b');
  write(path.join(roots.library!, 'deep', 'er', 'c.flac'), 'track c');
  write(path.join(roots.library!, 'ü n i c o d e', '🎵.ogg'), 'track unicode');
  write(path.join(roots.library!, 'odd %2e name.ogg'), 'track with a percent in its name');
  write(path.join(roots.assets!, 'ambience', 'rain.ogg'), 'rain');
  write(path.join(base, 'secret.txt'), SECRET);
  write(path.join(base, 'outside', 'secret.ogg'), SECRET);
  // Links that lead out of the root, to a file, a folder and the parent; one that stays inside.
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(roots.library!, 'a', 'link.ogg'));
  fs.symlinkSync(path.join(base, 'outside'), path.join(roots.library!, 'escape'));
  fs.symlinkSync('../..', path.join(roots.library!, 'deep', 'up'));
  fs.symlinkSync(path.join(roots.library!, 'a', 'b.ogg'), path.join(roots.library!, 'inside-link.ogg'));
  for (const [name, root] of Object.entries(roots)) {
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((relative) => path.join(root, relative))
      .filter((file) => fs.lstatSync(file).isFile());
    inside.set(name, new Set(files));
  }
  const createReadStream = fs.createReadStream;
  vi.spyOn(fs, 'createReadStream').mockImplementation(((file: fs.PathLike, options?: object) => {
    opened.push(String(file));
    return createReadStream(file, options as never);
  }) as typeof fs.createReadStream);
});

afterAll(() => {
  vi.restoreAllMocks();
});

const ROOT_NAMES = ['library', 'library', 'library', 'library', 'assets', '', '..', '__proto__', 'constructor'];
const HOSTILE = [
  '..',
  '.',
  '',
  '%2e%2e',
  '%2E%2e',
  '.%2e',
  '%2e',
  '%2f',
  '%2F',
  '..%2f..',
  '%2f..%2f',
  '%5c',
  '\\',
  '..\\..',
  '\0',
  '%00',
  'b.ogg%00.txt',
  '%252e%252e',
  '%c0%ae%c0%ae',
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%uD800',
  '%ED%A0%80',
  'C:',
  'C:%5cWindows',
  'file:',
  '~',
  ' ',
  '....',
  'escape',
  'up',
  'link.ogg',
  'secret.txt',
  'secret.ogg',
  'outside',
  'etc',
  'passwd',
  'x'.repeat(255),
  'x'.repeat(256),
  'y'.repeat(5000),
];
const REAL = [
  'a',
  'b.ogg',
  'deep',
  'er',
  'c.flac',
  'ü n i c o d e',
  '🎵.ogg',
  'inside-link.ogg',
  'ambience',
  'rain.ogg',
];

/** A random run of characters from every plane, including ones a file name cannot hold. */
function randomText(random: Random): string {
  const ranges = [
    [0x20, 0x7e],
    [0x00, 0x1f],
    [0xa0, 0x2ff],
    [0x4e00, 0x4eff],
    [0xd800, 0xdfff],
    [0x1f300, 0x1f6ff],
  ] as const;
  let text = '';
  for (let i = random.int(12); i >= 0; i--) {
    const [low, high] = random.pick(ranges);
    text += String.fromCodePoint(low + random.int(high - low + 1));
  }
  return text;
}

/** Percent-encodes some characters of a name at random, the way a URL might carry it. */
function encodeSome(random: Random, name: string): string {
  const encode = (char: string) => {
    try {
      return encodeURIComponent(char);
    } catch {
      // A lone surrogate has no UTF-8 form to encode; it goes as it is.
      return char;
    }
  };
  return [...name].map((char) => (random.chance(0.3) ? encode(char) : char)).join('');
}

/** A path as a page might ask for it: real names, hostile ones, encoded, absolute, joined oddly. */
function randomPath(random: Random, root: string): string {
  const files = [...(inside.get(root) ?? [])];
  if (files.length > 0 && random.chance(0.2)) {
    // A file that is there, with some characters percent-encoded: these must be served.
    const relative = path.relative(roots[root]!, random.pick(files)).split(path.sep);
    return relative.map((segment) => encodeSome(random, segment)).join('/');
  }
  const segments: string[] = [];
  for (let i = random.int(6); i >= 0; i--) {
    const kind = random.int(4);
    if (kind === 0) segments.push(encodeSome(random, random.pick(REAL)));
    else if (kind === 1) segments.push(random.pick(HOSTILE));
    else if (kind === 2) segments.push(encodeSome(random, randomText(random)));
    else segments.push(random.pick(REAL) + random.pick(HOSTILE));
  }
  let joined = segments.join(random.chance(0.9) ? '/' : random.pick(['\\', '//', '/./', '%2f']));
  if (random.chance(0.1))
    joined = random.pick(['/', '//', '\\', 'C:\\', '%2f', base, encodeURIComponent(base)]) + joined;
  if (random.chance(0.05)) joined += random.pick(['/', '/.', '/..', '%00']);
  if (random.chance(0.03)) {
    joined = random.pick([path.join(base, 'secret.txt'), encodeURIComponent(path.join(base, 'secret.txt'))]);
  }
  return joined;
}

describe('the media protocol under generated paths', () => {
  it(
    'never resolves or reads a file outside its root, and refuses with a 4xx MediaRefused',
    { timeout: BUDGET_MS + 60_000 },
    async () => {
      let served = 0;
      let refused = 0;
      const result = await fuzz({ seed: 0x5eed_0001, maxCases: 1_000_000, budgetMs: BUDGET_MS }, async (random) => {
        const root = random.pick(ROOT_NAMES);
        const relative = randomPath(random, root);
        const what = `${JSON.stringify(root)} ${JSON.stringify(relative)}`;
        let resolved: string | null = null;
        try {
          resolved = resolveMediaPath(roots, root, relative);
        } catch (error) {
          expect(error, what).toBeInstanceOf(MediaRefused);
          const status = (error as MediaRefused).status;
          expect(status >= 400 && status < 500, `${what} → ${status}`).toBe(true);
        }
        if (resolved !== null) expect(inside.get(root)?.has(resolved), `${what} → ${resolved}`).toBe(true);

        const response = serveMedia(roots, root, relative, new Request('http://stillroom/'));
        if (resolved === null) {
          expect(response.status >= 400 && response.status < 500, `${what} → ${response.status}`).toBe(true);
          refused++;
        } else {
          expect(response.status, what).toBe(200);
          const body = await response.text();
          expect(body, what).toBe(fs.readFileSync(resolved, 'utf8'));
          expect(body, what).not.toContain(SECRET);
          served++;
        }
      });
      reportFuzz(`media paths (${served} served, ${refused} refused)`, result);
      expect(result.cases).toBeGreaterThan(2_000);
      // Both ways out were taken, so the generator reaches real files as well as hostile paths.
      expect(served).toBeGreaterThan(100);
      expect(refused).toBeGreaterThan(1_000);
      const outside = opened.filter((file) => ![...inside.values()].some((files) => files.has(file)));
      expect(outside).toEqual([]);
    },
  );
});
