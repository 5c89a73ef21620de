import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LibraryTrack, type ImportReport } from '../../src/library/track';
import type { TrackTag } from '../../src/library/track-tags';
import { openValidatedStore, type StoreFactory } from './document-store';
import { errorMessage } from '../../src/error-message';
import { APPLE_DOUBLE_REASON, collectFiles } from '../library/collect-files';
import type { ImportMode, ImportProgress } from '../library/import-types';
import { analyseAudio, UNPLAYABLE_KINDS } from '../library/measure/analyse';
import { openByteSource } from '../library/measure/byte-source';
import { readTrack } from '../library/read-track';

export const LibraryDocument = z.object({ version: z.literal(1), tracks: z.array(LibraryTrack) });

export type { ImportMode, ImportProgress } from '../library/import-types';

const FINGERPRINT_BYTES = 64 * 1024;
const PARALLEL_FILES = 4;

/** What the file's bytes say it holds, and its length measured from its frames or pages. */
async function analyse(fsPath: string | Buffer) {
  const source = await openByteSource(fsPath);
  try {
    return await analyseAudio(source);
  } finally {
    await source.close();
  }
}

/** Size plus a digest of the file's start and end: cheap, and enough to spot the same file twice. */
async function fingerprint(file: string | Buffer): Promise<{ print: string }> {
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
    return { print: `${size}:${hash.digest('hex')}` };
  } finally {
    await handle.close();
  }
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
    const { files, failed, notAudio } = await collectFiles(paths);
    const report: ImportReport = { added: 0, alreadyThere: 0, failed, notAudio, lengthsCorrected: [] };
    const known = new Set(this.tracks().map((t) => t.fingerprint));
    const added: LibraryTrack[] = [];
    let done = 0;
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        try {
          if (file.size === 0)
            throw new Error('It is empty (0 bytes): perhaps a copy or download that did not finish.');
          const analysis = await analyse(file.fsPath);
          if (analysis.kind === 'apple-double') throw new Error(APPLE_DOUBLE_REASON);
          const cannotPlay = analysis.kind ? UNPLAYABLE_KINDS[analysis.kind] : undefined;
          if (cannotPlay) throw new Error(cannotPlay);
          const { print } = await fingerprint(file.fsPath);
          if (known.has(print)) {
            report.alreadyThere += 1;
          } else {
            known.add(print);
            const read = await readTrack(file, analysis, print, mode, this.folder, now());
            added.push(read.track);
            if (read.headerSec !== undefined)
              report.lengthsCorrected.push({
                path: file.display,
                headerSec: read.headerSec,
                measuredSec: read.track.durationSec,
              });
          }
        } catch (error) {
          report.failed.push({ path: file.display, reason: errorMessage(error) });
        }
        onProgress({ done: ++done, total: files.length, current: file.display });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_FILES }, worker));
    if (added.length > 0) this.store.store = { version: 1, tracks: [...this.tracks(), ...added] };
    report.added = added.length;
    return report;
  }
}
