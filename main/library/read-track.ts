import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseFile, parseStream, type IAudioMetadata } from 'music-metadata';
import { errorMessage } from '../../src/error-message';
import { LibraryTrack } from '../../src/library/track';
import { latin1Name, type SourceFile } from './source-file';
import type { ImportMode } from './import-types';

const COVER_TYPES: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp' };

/** Tags are text from outside: control characters (bell, escape, newline ...) become spaces. */
function stripControlCharacters(text: string): string {
  return [...text].map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? ' ' : char)).join('');
}

const clean = (text: string | undefined) =>
  stripControlCharacters(text ?? '')
    .trim()
    .slice(0, 300);

/** Tags and stream details; a path that is not text is read as a stream of its bytes. */
async function readMetadata(fsPath: string | Buffer): Promise<IAudioMetadata> {
  try {
    if (typeof fsPath === 'string') return await parseFile(fsPath);
    return await parseStream(fs.createReadStream(fsPath));
  } catch (error) {
    throw new Error(`It could not be read as audio (${errorMessage(error)}).`, { cause: error });
  }
}

/**
 * Reads one file into a library track: tags, cover and length, and (copy mode) a copy in the
 * library folder. `print` identifies its content; the track's id is made from it.
 */
export async function readTrack(
  file: SourceFile,
  print: string,
  mode: ImportMode,
  libraryFolder: string,
  importedAt: Date,
): Promise<LibraryTrack> {
  const id = createHash('sha256').update(print).digest('hex').slice(0, 20);
  const ending = path.extname(file.display).toLowerCase();
  let source: LibraryTrack['source'];
  if (mode === 'copy') {
    const copied = path.join('files', id + ending);
    await fs.promises.mkdir(path.join(libraryFolder, 'files'), { recursive: true });
    await fs.promises.copyFile(file.fsPath, path.join(libraryFolder, copied));
    source = { kind: 'copy', file: copied };
  } else if (typeof file.fsPath === 'string') {
    source = { kind: 'reference', path: file.fsPath };
  } else {
    throw new Error(
      `Its name is not valid UTF-8 text (it may read “${latin1Name(file.fsPath)}”), so Stillroom cannot keep a ` +
        'reference to it. Rename it, or add it with “Copy it into Stillroom’s library”.',
    );
  }
  // A copy is read from the copy: its name is plain text even when the original's is not.
  const readFrom = source.kind === 'copy' ? path.join(libraryFolder, source.file) : file.fsPath;
  try {
    const metadata = await readMetadata(readFrom);
    const durationSec = metadata.format.duration;
    if (durationSec === undefined || !Number.isFinite(durationSec) || durationSec <= 0) {
      throw new Error('Its length could not be read; the file may be damaged or not audio.');
    }
    const { common } = metadata;
    let cover: string | null = null;
    const picture = common.picture?.[0];
    const coverType = picture ? COVER_TYPES[picture.format.toLowerCase()] : undefined;
    if (picture && coverType) {
      cover = path.join('covers', id + coverType);
      await fs.promises.mkdir(path.join(libraryFolder, 'covers'), { recursive: true });
      await fs.promises.writeFile(path.join(libraryFolder, cover), picture.data);
    }
    const fileName = latin1Name(file.fsPath);
    return LibraryTrack.parse({
      id,
      title: clean(common.title) || fileName.slice(0, fileName.length - ending.length).slice(0, 300),
      artist: clean(common.artist),
      album: clean(common.album),
      durationSec,
      fingerprint: print,
      source,
      cover,
      importedAt: importedAt.toISOString(),
    });
  } catch (error) {
    if (source.kind === 'copy') await fs.promises.rm(path.join(libraryFolder, source.file), { force: true });
    throw error;
  }
}
