import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LibraryTrack, type ImportReport } from '@domain/library/track';
import type { TrackTag } from '@domain/library/track-tags';
import { openValidatedStore, type StoreFactory } from './document-store';
import { collectFiles } from '../library/collect-files';
import { importFiles } from '../library/import-files';
import type { ImportMode, ImportProgress } from '../library/import-types';

export const LibraryDocument = z.object({
  version: z.literal(1),
  tracks: z.array(LibraryTrack),
  /** Tracks staff removed while the running session could still play them: removed when it closes. */
  waitingForSession: z.array(z.string()).default([]),
});

export type { ImportMode, ImportProgress } from '../library/import-types';

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
      defaults: { version: 1, tracks: [], waitingForSession: [] },
    });
    this.store = opened.store;
    this.notice = opened.notice;
    this.noteRealPaths();
  }

  /**
   * Tracks referenced by an earlier version have no real path on record: the one their path
   * leads to now is recorded once, and from then on a link that leads elsewhere is refused.
   */
  private noteRealPaths(): void {
    let noted = false;
    const tracks = this.tracks().map((track) => {
      if (track.source.kind !== 'reference' || track.source.realPath) return track;
      const realPath = realPathOf(track.source.path);
      if (!realPath) return track;
      noted = true;
      return { ...track, source: { ...track.source, realPath } };
    });
    if (noted) this.write(tracks);
  }

  tracks(): LibraryTrack[] {
    return this.store.store.tracks;
  }

  private write(tracks: LibraryTrack[], waitingForSession = this.waitingForSession()): void {
    this.store.store = { version: 1, tracks, waitingForSession };
  }

  track(id: string): LibraryTrack | undefined {
    return this.tracks().find((t) => t.id === id);
  }

  /** Adds tracks that came with a clinic pack (their audio already in the library folder). */
  addTracks(tracks: LibraryTrack[]): void {
    if (tracks.length > 0) this.write([...this.tracks(), ...tracks]);
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
    if (changed.length > 0) this.write(tracks);
    return changed;
  }

  /** Records whether the app's browser can play each track; returns the tracks that changed. */
  markPlayable(results: { trackId: string; playable: boolean }[]): LibraryTrack[] {
    const found = new Map(results.map((r) => [r.trackId, r.playable]));
    const changed: LibraryTrack[] = [];
    const tracks = this.tracks().map((track) => {
      const playable = found.get(track.id);
      if (playable === undefined || track.playable === playable) return track;
      const updated = { ...track, playable };
      changed.push(updated);
      return updated;
    });
    if (changed.length > 0) this.write(tracks);
    return changed;
  }

  /** Absolute path of a track's audio file, or null for an unknown id. */
  filePath(id: string): string | null {
    const track = this.track(id);
    if (!track) return null;
    return track.source.kind === 'reference' ? track.source.path : path.join(this.folder, track.source.file);
  }

  /**
   * The file to serve for a track, links resolved, or a refusal: a copy only from inside the
   * library's files folder, a referenced file only from the real path recorded at its import.
   */
  servedFile(id: string): { file: string } | { refused: 403 | 404 } {
    const track = this.track(id);
    if (!track) return { refused: 404 };
    if (track.source.kind === 'reference') {
      const real = realPathOf(track.source.path);
      if (!real) return { refused: 404 };
      return real === track.source.realPath ? { file: real } : { refused: 403 };
    }
    const files = realPathOf(path.join(this.folder, 'files'));
    const real = realPathOf(path.join(this.folder, track.source.file));
    if (!files || !real) return { refused: 404 };
    return real.startsWith(files + path.sep) ? { file: real } : { refused: 403 };
  }

  async import(
    paths: string[],
    mode: ImportMode,
    onProgress: (progress: ImportProgress) => void = () => {},
    now: () => Date = () => new Date(),
  ): Promise<ImportReport> {
    const { files, failed, notAudio } = await collectFiles(paths);
    const { added, updates, report } = await importFiles(files, {
      mode,
      libraryFolder: this.folder,
      existing: this.tracks(),
      filePath: (track) => this.filePath(track.id),
      onProgress,
      now,
    });
    if (added.length > 0 || updates.size > 0) {
      const kept = this.tracks().map((t) => ({ ...t, ...updates.get(t.id) }));
      this.write([...kept, ...added]);
    }
    return { added: added.length, notAudio, ...report, failed: [...failed, ...report.failed] };
  }

  /** Tracks removed while the running session could still play them. */
  waitingForSession(): string[] {
    return this.store.store.waitingForSession;
  }

  /** Marks tracks to be removed once the running session closes. */
  removeAfterSession(trackIds: string[]): void {
    if (trackIds.length === 0) return;
    this.write(this.tracks(), [...new Set([...this.waitingForSession(), ...trackIds])]);
  }

  /**
   * Takes tracks out of the index and deletes what the library made for them: copied files and
   * covers. A file referenced where it was found belongs to the clinic and is never touched.
   */
  async remove(trackIds: string[]): Promise<number> {
    const ids = new Set(trackIds);
    const going = this.tracks().filter((t) => ids.has(t.id));
    this.write(
      this.tracks().filter((t) => !ids.has(t.id)),
      this.waitingForSession().filter((id) => !ids.has(id)),
    );
    for (const track of going) {
      const owned = [track.source.kind === 'copy' ? track.source.file : null, track.cover];
      for (const file of owned) if (file) await fs.promises.rm(path.join(this.folder, file), { force: true });
    }
    return going.length;
  }
}

/** Where a path leads with every link followed, or null when it leads nowhere. */
function realPathOf(file: string): string | null {
  try {
    return fs.realpathSync(file);
  } catch {
    return null;
  }
}
