import path from 'node:path';
import { PACK_MANIFEST } from '@domain/clinic/clinic-pack';
import { rawZip, type RawEntry } from '../../support/raw-zip';
import type { Random } from './fuzz';

/**
 * Archives made from a real clinic pack for fuzzing the importer: the export itself or a zip
 * rebuilt from its entries, with hostile names, links, lying sizes, duplicates, bombs, changed
 * JSON and damaged bytes.
 */

/** Where the importing room lives, and the marker name every escaping entry carries. */
export interface Target {
  sandbox: string;
  dataDir: string;
  mark: string;
}

/** Entry names that try to leave the folder they are unpacked into, or to be something other than a file. */
function hostileNames(target: Target): string[] {
  const { sandbox, dataDir, mark } = target;
  return [
    `../${mark}`,
    `../../${mark}`,
    `../../../${mark}`,
    `../../../../${mark}`,
    `audio/../../${mark}.ogg`,
    `audio/../../../../${mark}.ogg`,
    `./audio/${mark}.ogg`,
    `audio//${mark}.ogg`,
    `${sandbox}/${mark}`,
    `${dataDir}/${mark}`,
    `audio\\..\\..\\${mark}.ogg`,
    `C:\\${mark}.ogg`,
    `c:/${mark}.ogg`,
    `audio/${mark}\0.ogg`,
    'audio/',
    'audio/AAAA.OGG',
    'audio/a.ogg/',
    'branding/logo-0000000000000000.png',
    'branding/../../logo.png',
    PACK_MANIFEST.toUpperCase(),
    `${PACK_MANIFEST}/`,
    'x'.repeat(300),
    'run-me.sh',
    '',
  ];
}

/** Values that break a field's type, size or meaning. */
const JSON_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  '',
  '../../../etc/passwd',
  'audio/../../x',
  'x'.repeat(5_000),
  [],
  {},
  true,
  '__proto__',
  JSON.parse('{"__proto__": {"polluted": true}}'),
  'logo-0000000000000000.png',
  '2099-01-01T00:00:00.000Z',
];

/** Changes one thing somewhere in a JSON value: drops, replaces, duplicates or adds. */
function mutateJson(random: Random, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || random.chance(0.15)) {
    return random.chance(0.5) ? structuredClone(random.pick(JSON_VALUES)) : value;
  }
  if (Array.isArray(value)) {
    const copy = [...value];
    const roll = random.int(5);
    if (roll === 0 || copy.length === 0) copy.push(structuredClone(random.pick(JSON_VALUES)));
    else if (roll === 1) copy.splice(random.int(copy.length), 1);
    else if (roll === 2) copy.push(structuredClone(copy[random.int(copy.length)]));
    else {
      const i = random.int(copy.length);
      copy[i] = mutateJson(random, copy[i]);
    }
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const roll = random.int(6);
  if (roll === 0 || keys.length === 0)
    copy[random.pick(['extra', '__proto__', 'constructor', 'id'])] = random.pick(JSON_VALUES);
  else if (roll === 1) delete copy[random.pick(keys)];
  else {
    const key = random.pick(keys);
    copy[key] = mutateJson(random, copy[key]);
  }
  return copy;
}

/** The exported pack, and its parts for building new archives. */
export interface Pack {
  bytes: Buffer;
  manifest: unknown;
  /** Every entry but the manifest (audio and logo), by name. */
  files: RawEntry[];
}

/** One generated archive: the real export or a hand-built zip, changed in one to four ways. */
export function mutatedArchive(random: Random, pack: Pack, target: Target): Buffer {
  let bytes: Buffer;
  if (random.chance(0.25)) bytes = Buffer.from(pack.bytes);
  else {
    let manifest = pack.manifest;
    for (let i = random.int(3); i > 0; i--) manifest = mutateJson(random, manifest);
    const text = random.chance(0.05) ? JSON.stringify(manifest).slice(0, random.int(200)) : JSON.stringify(manifest);
    const entries: RawEntry[] = [
      { name: PACK_MANIFEST, data: Buffer.from(text), deflate: random.chance(0.5) },
      ...pack.files.map((f) => ({ ...f, deflate: random.chance(0.3) })),
    ];
    for (let i = random.int(3); i > 0; i--) mutateEntries(random, entries, target);
    if (random.chance(0.2)) entries.sort(() => random.next() - 0.5);
    bytes = rawZip(entries);
  }
  if (bytes === pack.bytes || random.chance(0.35)) bytes = mutateBytes(random, bytes);
  return bytes;
}

/** Changes the list of entries: a hostile name, a link, a lying size, a duplicate, a bomb ... */
function mutateEntries(random: Random, entries: RawEntry[], target: Target): void {
  const i = random.int(entries.length);
  const entry = entries[i]!;
  switch (random.int(8)) {
    case 0:
      entries[i] = { ...entry, name: random.pick(hostileNames(target)) };
      break;
    case 1:
      entries.push({
        name: random.pick(hostileNames(target)),
        data: Buffer.from('escaped'),
        deflate: random.chance(0.5),
      });
      break;
    case 2: {
      const link = random.pick([path.join(target.sandbox, 'canary.txt'), '/etc/passwd', `../../../${target.mark}`]);
      entries[i] = { ...entry, mode: 0o120777, data: Buffer.from(link) };
      break;
    }
    case 3: {
      const size = entry.data?.length ?? 0;
      const declaredSize = random.pick([0, 1, size - 1, size + 1, size * 2, 0xffffffff, 2 ** 31]);
      entries[i] = { ...entry, declaredSize: Math.max(0, declaredSize), deflate: random.chance(0.7) };
      break;
    }
    case 4:
      entries.push({ ...entry, data: random.chance(0.5) ? entry.data : Buffer.from('other bytes') });
      break;
    case 5:
      entries.splice(i, 1);
      break;
    case 6:
      entries.push({
        name: random.pick(['audio/aaaa.ogg', 'audio/bomb.ogg']),
        data: Buffer.alloc(2 * 1024 * 1024),
        deflate: true,
      });
      break;
    default:
      entries[i] = { ...entry, mode: random.pick([0o040755, 0o100777, 0o104755, 0o020644, 0o010644]) };
  }
}

/** Changes raw bytes: flips some (often in the headers), cuts the archive short, or splices it. */
function mutateBytes(random: Random, bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  switch (random.int(4)) {
    case 0: {
      for (let n = 1 + random.int(8); n > 0; n--) {
        // The central directory at the end and the first local header say what everything is.
        const region = random.int(3);
        const at =
          region === 0
            ? random.int(copy.length)
            : region === 1
              ? copy.length - 1 - random.int(Math.min(400, copy.length))
              : random.int(Math.min(100, copy.length));
        copy[at] = random.int(256);
      }
      return copy;
    }
    case 1:
      return copy.subarray(0, random.int(copy.length));
    case 2: {
      const from = random.int(copy.length);
      const length = random.int(Math.min(200, copy.length - from) + 1);
      return random.chance(0.5)
        ? Buffer.concat([copy.subarray(0, from), copy.subarray(from + length)])
        : Buffer.concat([copy.subarray(0, from), copy.subarray(from, from + length), copy.subarray(from)]);
    }
    default:
      return random.chance(0.5)
        ? Buffer.concat([Buffer.from('garbage before'), copy])
        : Buffer.concat([copy, Buffer.from('trailing garbage')]);
  }
}
