import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { errorMessage } from '@domain/error-message';
import type { ImportReport, LibraryTrack } from '@domain/library/track';
import { APPLE_DOUBLE_REASON } from './collect-files';
import { DigestPool } from './digest-pool';
import type { ImportMode, ImportProgress } from './import-types';
import { analyseAudio, UNPLAYABLE_KINDS, type AudioAnalysis } from './measure/analyse';
import { openByteSource } from './measure/byte-source';
import { LENGTH_TOLERANCE_SEC, readTrack } from './read-track';
import type { SourceFile } from './source-file';

const PARALLEL_FILES = 4;
/** Fingerprints made from the whole audio data start with this; older ones are `<size>:<digest of both ends>`. */
const AUDIO_DIGEST = 'sha256:';
const LEGACY_BYTES = 64 * 1024;

/** What the bytes say the file holds, and its length measured from its frames or pages. */
async function analyse(fsPath: string | Buffer): Promise<AudioAnalysis> {
  const source = await openByteSource(fsPath);
  try {
    return await analyseAudio(source);
  } finally {
    await source.close();
  }
}

/** The fingerprint earlier versions gave a file: size plus a digest of its first and last 64 KB. */
async function legacyPrint(file: string | Buffer): Promise<string> {
  const source = await openByteSource(file);
  try {
    const hash = createHash('sha256').update(await source.read(0, LEGACY_BYTES));
    if (source.size > LEGACY_BYTES) hash.update(await source.read(source.size - LEGACY_BYTES, LEGACY_BYTES));
    return `${source.size}:${hash.digest('hex')}`;
  } finally {
    await source.close();
  }
}

export interface ImportContext {
  mode: ImportMode;
  libraryFolder: string;
  /** The tracks already in the library, and where each one's file is. */
  existing: LibraryTrack[];
  filePath(track: LibraryTrack): string | null;
  onProgress(progress: ImportProgress): void;
  now(): Date;
}

export interface ImportedFiles {
  added: LibraryTrack[];
  /**
   * Tracks already in the library that this import put right: a fingerprint brought up to a
   * digest of the whole audio, a length measured afresh (tracks imported before lengths were).
   */
  updates: Map<string, Partial<Pick<LibraryTrack, 'fingerprint' | 'durationSec'>>>;
  report: Pick<ImportReport, 'alreadyThere' | 'failed' | 'lengthsCorrected'>;
}

/**
 * Reads files into tracks, four at a time. Two files are the same music only when a digest of
 * all their audio data (worked out on worker threads, tags left out) is the same; the report
 * names each file treated as already there and the track it matched. A track from an earlier
 * version, fingerprinted only by its size and ends, is checked against its whole file before a
 * match counts (two silence-framed recordings share both ends).
 */
export async function importFiles(files: SourceFile[], context: ImportContext): Promise<ImportedFiles> {
  const pool = new DigestPool();
  const report: ImportedFiles['report'] = { alreadyThere: [], failed: [], lengthsCorrected: [] };
  const added: LibraryTrack[] = [];
  const updates: ImportedFiles['updates'] = new Map();
  const update = (track: LibraryTrack, change: Partial<Pick<LibraryTrack, 'fingerprint' | 'durationSec'>>) =>
    updates.set(track.id, { ...updates.get(track.id), ...change });
  /** Audio digest → the track holding it (or, in this import, the file being read into one). */
  const byDigest = new Map<string, Promise<LibraryTrack | null>>();
  const legacy = new Map<string, LibraryTrack>();
  for (const track of context.existing) {
    if (track.fingerprint.startsWith(AUDIO_DIGEST)) byDigest.set(track.fingerprint, Promise.resolve(track));
    else legacy.set(track.fingerprint, track);
  }

  const digestOf = async (fsPath: string | Buffer, analysis: AudioAnalysis) =>
    AUDIO_DIGEST + (await pool.digest(fsPath, analysis.audioStart, analysis.audioEnd));

  /** An older track with the same size and ends: the same music only if all its audio is the same too. */
  const legacyMatch = async (file: SourceFile, print: string): Promise<LibraryTrack | null> => {
    if (legacy.size === 0) return null;
    const track = legacy.get(await legacyPrint(file.fsPath));
    const path = track && context.filePath(track);
    if (!track || !path || !fs.existsSync(path)) return null;
    const theirs = await digestOf(path, await analyse(path));
    if (theirs !== print) return null;
    update(track, { fingerprint: theirs });
    return track;
  };

  /**
   * Named in the report; and a track listed by an earlier version with its header's length gets
   * the length measured now, so importing a folder again puts old lengths right.
   */
  const alreadyThere = (file: SourceFile, track: LibraryTrack, analysis: AudioAnalysis) => {
    report.alreadyThere.push({ path: file.display, track: describe(track) });
    const measured = analysis.measuredSec;
    if (measured === null || measured <= 0 || Math.abs(measured - track.durationSec) <= LENGTH_TOLERANCE_SEC) return;
    if (updates.get(track.id)?.durationSec !== undefined) return;
    update(track, { durationSec: measured });
    report.lengthsCorrected.push({ path: file.display, headerSec: track.durationSec, measuredSec: measured });
  };

  const importOne = async (file: SourceFile): Promise<void> => {
    if (file.size === 0) throw new Error('It is empty (0 bytes): perhaps a copy or download that did not finish.');
    const analysis = await analyse(file.fsPath);
    if (analysis.kind === 'apple-double') throw new Error(APPLE_DOUBLE_REASON);
    const cannotPlay = analysis.kind ? UNPLAYABLE_KINDS[analysis.kind] : undefined;
    if (cannotPlay) throw new Error(cannotPlay);
    const print = await digestOf(file.fsPath, analysis);
    for (;;) {
      // Checked and claimed with no await in between, so two copies in one import cannot both come in.
      const claimed = byDigest.get(print);
      if (!claimed) break;
      const match = await claimed;
      if (match) {
        alreadyThere(file, match, analysis);
        return;
      }
      // The file it matched could not be read; this copy gets its own chance.
      if (byDigest.get(print) === claimed) byDigest.delete(print);
    }
    let settle!: (track: LibraryTrack | null) => void;
    byDigest.set(print, new Promise((resolve) => (settle = resolve)));
    try {
      const old = await legacyMatch(file, print);
      if (old) {
        settle(old);
        alreadyThere(file, old, analysis);
        return;
      }
      const read = await readTrack(file, analysis, print, context.mode, context.libraryFolder, context.now());
      added.push(read.track);
      settle(read.track);
      if (read.headerSec !== undefined)
        report.lengthsCorrected.push({
          path: file.display,
          headerSec: read.headerSec,
          measuredSec: read.track.durationSec,
        });
    } catch (error) {
      settle(null);
      throw error;
    }
  };

  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      try {
        await importOne(file);
      } catch (error) {
        report.failed.push({ path: file.display, reason: errorMessage(error) });
      }
      context.onProgress({ done: ++done, total: files.length, current: file.display });
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL_FILES }, worker));
  } finally {
    await pool.close();
  }
  // Files finish in any order; the report reads in the order of their paths.
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const list of [report.alreadyThere, report.failed, report.lengthsCorrected]) list.sort(byPath);
  return { added, updates, report };
}

/** How a matched track is named in the report. */
const describe = (track: LibraryTrack) => (track.artist ? `${track.title} — ${track.artist}` : track.title);
