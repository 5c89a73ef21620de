import fs from 'node:fs';
import os from 'node:os';
import {
  AUDIO_EXTENSIONS,
  extensionOf,
  isAppleDoubleName,
  isAudioName,
  UNPLAYABLE_EXTENSIONS,
} from '@domain/library/audio-formats';
import type { ImportReport } from '@domain/library/track';
import { displayPath, fsPathOf, joinBytes, type SourceFile } from './source-file';
import { understandTypedPath } from './typed-path';

/** Folders deeper than this are not entered (a link loop the checks below missed still ends). */
export const MAX_DEPTH = 32;
/** One import looks at no more files than this. */
export const MAX_FILES = 50_000;

export const APPLE_DOUBLE_REASON =
  'It is a macOS “._” companion file (Finder information, not music); it can be deleted.';

type Failure = ImportReport['failed'][number];

export interface CollectedFiles {
  files: SourceFile[];
  failed: Failure[];
  /** Files in the chosen folders that are not audio at all (pictures, notes ...). */
  notAudio: number;
}

function whyUnopenable(error: unknown, what: 'folder' | 'file'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM')
    return what === 'folder'
      ? 'This folder cannot be opened (permission denied), so nothing in it was imported. The rest was.'
      : 'It cannot be opened (permission denied).';
  if (code === 'ENOENT') return 'It does not exist or cannot be opened.';
  if (code === 'ELOOP') return 'It is a link that leads round in a circle, so it was not followed.';
  return what === 'folder'
    ? `This folder could not be read (${code ?? 'error'}), so nothing in it was imported. The rest was.`
    : `It could not be opened (${code ?? 'error'}).`;
}

/**
 * Every audio file under the paths staff gave. Nothing stops the walk: a folder that cannot be
 * read, a link that is refused, a file of a kind Stillroom cannot play is each listed with its
 * reason, and the rest is collected. Links are followed once: a folder reached again (a loop,
 * or a link to a folder already being imported) is not walked twice, and the same file reached
 * by two names counts once. Names that are not UTF-8 are kept as bytes so they can be opened.
 */
export async function collectFiles(paths: string[], home = os.homedir()): Promise<CollectedFiles> {
  const files: SourceFile[] = [];
  const failed: Failure[] = [];
  let notAudio = 0;
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  let limitNoted = false;

  const addFile = (bytes: Buffer, stat: fs.Stats, chosen: boolean) => {
    const display = displayPath(bytes);
    const ending = extensionOf(display);
    if (isAppleDoubleName(display) && (chosen || isAudioName(display) || ending in UNPLAYABLE_EXTENSIONS)) {
      failed.push({ path: display, reason: APPLE_DOUBLE_REASON });
    } else if (isAudioName(display)) {
      const identity = `${stat.dev}:${stat.ino}`;
      if (seenFiles.has(identity)) return;
      seenFiles.add(identity);
      if (files.length >= MAX_FILES) {
        if (!limitNoted)
          failed.push({
            path: display,
            reason: `Only ${MAX_FILES} files are imported at once; import the rest separately.`,
          });
        limitNoted = true;
        return;
      }
      files.push({ display, fsPath: fsPathOf(bytes), size: stat.size });
    } else if (ending in UNPLAYABLE_EXTENSIONS) {
      failed.push({ path: display, reason: UNPLAYABLE_EXTENSIONS[ending]! });
    } else if (chosen) {
      failed.push({ path: display, reason: `Not an audio file Stillroom plays (${AUDIO_EXTENSIONS.join(', ')}).` });
    } else notAudio += 1;
  };

  const enter = async (dir: Buffer, depth: number): Promise<void> => {
    const display = displayPath(dir);
    if (depth > MAX_DEPTH) {
      failed.push({ path: display, reason: `It lies more than ${MAX_DEPTH} folders deep, so it was not opened.` });
      return;
    }
    let real: string;
    let entries: fs.Dirent<Buffer>[];
    try {
      real = await fs.promises.realpath(dir, { encoding: 'buffer' }).then((b) => b.toString('latin1'));
      entries = await fs.promises.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      failed.push({ path: display, reason: whyUnopenable(error, 'folder') });
      return;
    }
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) await visit(joinBytes(dir, entry.name), entry, depth);
  };

  const visit = async (full: Buffer, entry: fs.Dirent<Buffer>, depth: number): Promise<void> => {
    if (entry.isDirectory()) return enter(full, depth + 1);
    if (entry.isSymbolicLink()) return followLink(full, depth);
    const display = displayPath(full);
    if (!entry.isFile()) {
      if (isAudioName(display)) failed.push({ path: display, reason: NOT_A_FILE });
      return;
    }
    try {
      addFile(full, await fs.promises.stat(full), false);
    } catch (error) {
      failed.push({ path: display, reason: whyUnopenable(error, 'file') });
    }
  };

  const followLink = async (link: Buffer, depth: number): Promise<void> => {
    const display = displayPath(link);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(link);
    } catch (error) {
      const target = await fs.promises.readlink(link, { encoding: 'buffer' }).catch(() => null);
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOENT'
          ? `It is a link to ${target ? displayPath(target) : 'something'}, which does not exist, so it was left out.`
          : whyUnopenable(error, 'file');
      failed.push({ path: display, reason });
      return;
    }
    if (stat.isDirectory()) {
      const real = await fs.promises.realpath(link, { encoding: 'buffer' }).catch(() => null);
      if (real && seenFolders.has(real.toString('latin1'))) {
        failed.push({
          path: display,
          reason: `It is a link to ${displayPath(real)}, a folder this import already looked through, so it was not followed again.`,
        });
        return;
      }
      return enter(link, depth + 1);
    }
    if (stat.isFile()) addFile(link, stat, false);
    else if (isAudioName(display)) failed.push({ path: display, reason: NOT_A_FILE });
  };

  for (const typed of paths) {
    const understood = understandTypedPath(typed, home);
    if ('refused' in understood) {
      failed.push({ path: typed, reason: understood.refused });
      continue;
    }
    const bytes = Buffer.from(understood.path);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(bytes);
    } catch (error) {
      failed.push({ path: understood.path, reason: whyUnopenable(error, 'file') });
      continue;
    }
    if (stat.isDirectory()) await enter(bytes, 0);
    else if (stat.isFile()) addFile(bytes, stat, true);
    else failed.push({ path: understood.path, reason: NOT_A_FILE });
  }
  files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, failed, notAudio };
}

/** Reading a pipe would wait for ever for someone to write to it. */
const NOT_A_FILE = 'It is not an ordinary file (a pipe, socket or device), so it was not read.';
