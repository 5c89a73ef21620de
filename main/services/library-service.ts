import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseFile } from 'music-metadata';
import { z } from 'zod';
import { AUDIO_EXTENSIONS, LibraryTrack, type ImportReport } from '../../src/library/track';
import type { TrackTag } from '../../src/library/track-tags';
import { openValidatedStore, type StoreFactory } from './document-store';
import { errorMessage } from '../../src/error-message';

export const LibraryDocument = z.object({ version: z.literal(1), tracks: z.array(LibraryTrack) });

export type ImportMode = 'reference' | 'copy';
export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

const FINGERPRINT_BYTES = 64 * 1024;
const PARALLEL_FILES = 4;
const COVER_TYPES: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp' };

/** Size plus a digest of the file's start and end: cheap, and enough to spot the same file twice. */
async function fingerprint(file: string): Promise<string> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(Math.min(FINGERPRINT_BYTES, size));
    await handle.read(buffer, 0, buffer.length, 0);
    hash.update(buffer);
    if (size > FINGERPRINT_BYTES) {
      await handle.read(buffer, 0, buffer.length, Math.max(0, size - buffer.length));
      hash.update(buffer);
    }
    return `${size}:${hash.digest('hex')}`;
  } finally {
    await handle.close();
  }
}

/** Tags are text from outside: control characters (bell, escape, newline ...) become spaces. */
function stripControlCharacters(text: string): string {
  return [...text].map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? ' ' : char)).join('');
}

const isAudioFile = (file: string) =>
  (AUDIO_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

/** Every audio file under the given paths; folders are walked, symlinked folders are not followed. */
async function collectFiles(paths: string[], failed: ImportReport['failed']): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.promises.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && isAudioFile(full)) files.push(full);
    }
  };
  for (const given of paths) {
    const full = path.resolve(given);
    const stat = await fs.promises.stat(full).catch(() => null);
    if (!stat) failed.push({ path: full, reason: 'It does not exist or cannot be opened.' });
    else if (stat.isDirectory()) await walk(full);
    else if (isAudioFile(full)) files.push(full);
    else failed.push({ path: full, reason: `Not an audio file Stillroom plays (${AUDIO_EXTENSIONS.join(', ')}).` });
  }
  return [...new Set(files)].sort();
}

/**
 * The clinic's music library: imports files (referenced in place or copied into the library
 * folder), reads their tags, and tells the media protocol where a track's file is.
 */
export class LibraryService {
  private readonly store;
  readonly notice: string | null;
  readonly folder: string;

  constructor(dataDir: string, storeFactory: StoreFactory) {
    this.folder = path.join(dataDir, 'library');
    const opened = openValidatedStore(storeFactory, {
      name: 'library',
      cwd: dataDir,
      schema: LibraryDocument,
      defaults: { version: 1, tracks: [] },
    });
    this.store = opened.store;
    this.notice = opened.notice;
  }

  tracks(): LibraryTrack[] {
    return this.store.store.tracks;
  }

  track(id: string): LibraryTrack | undefined {
    return this.tracks().find((t) => t.id === id);
  }

  /** Adds tracks that came with a clinic pack (their audio already in the library folder). */
  addTracks(tracks: LibraryTrack[]): void {
    if (tracks.length > 0) this.store.store = { version: 1, tracks: [...this.tracks(), ...tracks] };
  }

  /** A track's tags; none for an id the library does not know. */
  tagsOf(id: string): readonly TrackTag[] {
    return this.track(id)?.tags ?? [];
  }

  /** Puts a tag on tracks or takes it off; returns the changed tracks. */
  setTag(trackIds: string[], tag: TrackTag, on: boolean): LibraryTrack[] {
    const ids = new Set(trackIds);
    const changed: LibraryTrack[] = [];
    const tracks = this.tracks().map((track) => {
      if (!ids.has(track.id) || track.tags.includes(tag) === on) return track;
      const updated = { ...track, tags: on ? [...track.tags, tag] : track.tags.filter((t) => t !== tag) };
      changed.push(updated);
      return updated;
    });
    if (changed.length > 0) this.store.store = { version: 1, tracks };
    return changed;
  }

  /** Absolute path of a track's audio file, or null for an unknown id. */
  filePath(id: string): string | null {
    const track = this.track(id);
    if (!track) return null;
    return track.source.kind === 'reference' ? track.source.path : path.join(this.folder, track.source.file);
  }

  async import(
    paths: string[],
    mode: ImportMode,
    onProgress: (progress: ImportProgress) => void = () => {},
    now: () => Date = () => new Date(),
  ): Promise<ImportReport> {
    const report: ImportReport = { added: 0, alreadyThere: 0, failed: [] };
    const files = await collectFiles(paths, report.failed);
    const known = new Set(this.tracks().map((t) => t.fingerprint));
    const added: LibraryTrack[] = [];
    let done = 0;
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        try {
          const print = await fingerprint(file);
          if (known.has(print)) {
            report.alreadyThere += 1;
          } else {
            known.add(print);
            added.push(await this.readTrack(file, print, mode, now()));
          }
        } catch (error) {
          report.failed.push({ path: file, reason: errorMessage(error) });
        }
        onProgress({ done: ++done, total: files.length, current: file });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FILES }, worker));
    if (added.length > 0) this.store.store = { version: 1, tracks: [...this.tracks(), ...added] };
    report.added = added.length;
    return report;
  }

  private async readTrack(file: string, print: string, mode: ImportMode, importedAt: Date): Promise<LibraryTrack> {
    let metadata;
    try {
      metadata = await parseFile(file, { duration: true });
    } catch (error) {
      throw new Error(`It could not be read as audio (${errorMessage(error)}).`, {
        cause: error,
      });
    }
    const durationSec = metadata.format.duration;
    if (durationSec === undefined || !Number.isFinite(durationSec) || durationSec <= 0) {
      throw new Error('Its length could not be read; the file may be damaged or not audio.');
    }
    const id = createHash('sha256').update(print).digest('hex').slice(0, 20);
    const { common } = metadata;
    let cover: string | null = null;
    const picture = common.picture?.[0];
    const coverType = picture ? COVER_TYPES[picture.format.toLowerCase()] : undefined;
    if (picture && coverType) {
      cover = path.join('covers', id + coverType);
      await fs.promises.mkdir(path.join(this.folder, 'covers'), { recursive: true });
      await fs.promises.writeFile(path.join(this.folder, cover), picture.data);
    }
    let source: LibraryTrack['source'] = { kind: 'reference', path: file };
    if (mode === 'copy') {
      const copied = path.join('files', id + path.extname(file).toLowerCase());
      await fs.promises.mkdir(path.join(this.folder, 'files'), { recursive: true });
      await fs.promises.copyFile(file, path.join(this.folder, copied));
      source = { kind: 'copy', file: copied };
    }
    const clean = (text: string | undefined) =>
      stripControlCharacters(text ?? '')
        .trim()
        .slice(0, 300);
    return LibraryTrack.parse({
      id,
      title: clean(common.title) || path.basename(file, path.extname(file)).slice(0, 300),
      artist: clean(common.artist),
      album: clean(common.album),
      durationSec,
      fingerprint: print,
      source,
      cover,
      importedAt: importedAt.toISOString(),
    });
  }
}
