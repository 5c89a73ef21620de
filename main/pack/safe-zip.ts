import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { openRegularFile } from '../services/regular-file';
import { UserError } from '../services/user-error';
import { errorMessage } from '@domain/error-message';

/** What a clinic pack may hold: generous for an hour of lossless audio per track, never a zip bomb. */
export const PACK_LIMITS = {
  maxEntries: 25_000,
  maxManifestBytes: 20 * 1024 * 1024,
  maxEntryBytes: 2 * 1024 ** 3,
  maxTotalBytes: 16 * 1024 ** 3,
  /** Audio hardly compresses; a large entry that shrank more than this is a bomb, not music. */
  maxRatio: 100,
} as const;
export type PackLimits = typeof PACK_LIMITS;

/** A pack that is refused, with the reason in words; nothing was written. */
export class PackRefused extends UserError {
  override name = 'PackRefused';
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Why an entry's name is unsafe to write anywhere, or null when it is fine. */
export function unsafeEntryName(name: string): string | null {
  if (name.includes('\\')) return 'it uses backslashes';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'it is an absolute path';
  if (name.split('/').includes('..')) return 'it climbs out of the pack with ".."';
  if (name.includes('\0')) return 'it contains a NUL character';
  return null;
}

/**
 * A zip archive opened for reading with every entry checked before anything is extracted:
 * names (no "..", absolute paths or backslashes), no symbolic links or encrypted entries, no
 * duplicates, sizes and compression ratios within limits. Reading an entry stops the moment it
 * yields more than it declared.
 */
export class SafeZip {
  private constructor(
    private readonly zip: ZipFile,
    readonly entries: ReadonlyMap<string, Entry>,
  ) {}

  static async open(file: string, isAllowed: (name: string) => boolean, limits: PackLimits = PACK_LIMITS) {
    let opened: { fd: number };
    try {
      opened = await openRegularFile(file, {
        name: 'The pack',
        tooLarge: 'The pack is larger than any clinic pack can be.',
        maxBytes: limits.maxTotalBytes,
      });
    } catch (error) {
      throw new PackRefused(errorMessage(error));
    }
    let zip: ZipFile;
    try {
      // Closing the zip closes the descriptor.
      zip = await new Promise<ZipFile>((resolve, reject) =>
        yauzl.fromFd(opened.fd, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zipFile) =>
          error ? reject(error) : resolve(zipFile),
        ),
      );
    } catch (error) {
      fs.close(opened.fd, () => {});
      throw new PackRefused(`This is not a clinic pack Stillroom can read (${errorMessage(error)}).`);
    }
    try {
      return new SafeZip(zip, await listEntries(zip, isAllowed, limits));
    } catch (error) {
      zip.close();
      throw error instanceof PackRefused
        ? error
        : new PackRefused(`The pack is damaged or unsafe (${errorMessage(error)}).`);
    }
  }

  /** The entry's bytes, refusing more than `maxBytes`. */
  async readBytes(name: string, maxBytes: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    await this.stream(name, maxBytes, async (source) => {
      for await (const chunk of source) chunks.push(chunk as Buffer);
    });
    return Buffer.concat(chunks);
  }

  /** The entry's bytes as text, refusing more than `maxBytes`. */
  async readText(name: string, maxBytes: number): Promise<string> {
    return (await this.readBytes(name, maxBytes)).toString('utf8');
  }

  /** Writes the entry to `destination` (created new, never through a link), refusing more than its declared size. */
  async extract(name: string, destination: string): Promise<void> {
    const entry = this.entries.get(name)!;
    await this.stream(name, entry.uncompressedSize, (source) =>
      pipeline(source, fs.createWriteStream(destination, { flags: 'wx', mode: 0o644 })),
    );
  }

  close(): void {
    this.zip.close();
  }

  private async stream(name: string, maxBytes: number, consume: (source: Transform) => Promise<void>): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) throw new PackRefused(`The pack has no ${name}.`);
    if (entry.uncompressedSize > maxBytes) throw new PackRefused(`${name} in the pack is too large.`);
    let seen = 0;
    let crc = 0;
    // Every byte is counted and checksummed on its way through: stored entries too, which nothing else checks.
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        seen += chunk.length;
        crc = zlib.crc32(chunk, crc);
        if (seen > maxBytes) done(new PackRefused(`${name} in the pack holds more than it says.`));
        else done(null, chunk);
      },
      flush(done) {
        if (crc >>> 0 !== entry.crc32 >>> 0) {
          done(new PackRefused(`${name} in the pack is damaged (its checksum does not match).`));
        } else done();
      },
    });
    try {
      const source = await this.zip.openReadStreamPromise(entry);
      // Both ends settle before an error is passed on, so no file is still being opened when the caller cleans up.
      const ends = await Promise.allSettled([pipeline(source, counter), consume(counter)]);
      const failed = ends.find((end) => end.status === 'rejected');
      if (failed) throw failed.reason;
    } catch (error) {
      throw error instanceof PackRefused
        ? error
        : new PackRefused(`${name} in the pack could not be read (${errorMessage(error)}).`);
    }
  }
}

async function listEntries(
  zip: ZipFile,
  isAllowed: (name: string) => boolean,
  limits: PackLimits,
): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  const tooMany = `The pack holds more than ${limits.maxEntries} entries.`;
  // The end record says how many entries follow: too many is refused before any is read.
  if (zip.entryCount > limits.maxEntries) throw new PackRefused(tooMany);
  let total = 0;
  let count = 0;
  await new Promise<void>((resolve, reject) => {
    const refuse = (message: string) => {
      zip.removeAllListeners('entry');
      reject(new PackRefused(message));
    };
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      const name = entry.fileName;
      // Folders count too: a pack of endless folder entries is refused as soon as the limit passes.
      if (++count > limits.maxEntries) return refuse(tooMany);
      const unsafe = unsafeEntryName(name);
      if (unsafe) return refuse(`The pack holds an entry named "${name}", which is refused because ${unsafe}.`);
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
        return refuse(`The pack holds a symbolic link ("${name}"); packs may only hold plain files.`);
      }
      if (entry.isEncrypted()) return refuse(`"${name}" in the pack is encrypted; Stillroom packs never are.`);
      if (name.endsWith('/')) return zip.readEntry();
      if (!isAllowed(name)) return refuse(`The pack holds "${name}", which a clinic pack never contains.`);
      if (entries.has(name)) return refuse(`The pack holds "${name}" twice.`);
      if (entry.uncompressedSize > limits.maxEntryBytes) return refuse(`"${name}" in the pack is larger than allowed.`);
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return refuse('The pack would unpack to more than Stillroom allows.');
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) {
        return refuse(`"${name}" in the pack would grow ${Math.round(ratio)} times when unpacked; refused as unsafe.`);
      }
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
  return entries;
}
