import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseFile, parseStream, type IAudioMetadata, type IPicture } from 'music-metadata';
import { errorMessage } from '@domain/error-message';
import { extensionOf } from '@domain/library/audio-formats';
import { LibraryTrack } from '@domain/library/track';
import type { ImportMode } from './import-types';
import type { AudioAnalysis } from './measure/analyse';
import { latin1Name, type SourceFile } from './source-file';

const COVER_TYPES: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/jpg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/gif': '.gif',
};

/** The front cover when the file says which picture that is; otherwise the first picture. */
function frontCover(pictures: IPicture[] | undefined): IPicture | undefined {
  const front = (p: IPicture) => p.type?.toLowerCase() === 'cover (front)' || /^(front|cover)$/i.test(p.name ?? '');
  return pictures?.find(front) ?? pictures?.[0];
}
/** Header and measured lengths further apart than this are reported. */
export const LENGTH_TOLERANCE_SEC = 1;

/** Which file endings hold which kind of content, to tell when a name does not match what is inside. */
const FAMILY: Record<string, string> = {
  '.mp3': 'mp3',
  '.flac': 'flac',
  '.ogg': 'ogg',
  '.oga': 'ogg',
  '.opus': 'ogg',
  '.wav': 'wav',
  '.m4a': 'm4a',
  '.m4b': 'm4a',
  '.aac': 'aac',
};

/** Tags are text from outside: control characters (bell, escape, newline ...) become spaces. */
function stripControlCharacters(text: string): string {
  return [...text].map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? ' ' : char)).join('');
}

const clean = (text: string | undefined) =>
  stripControlCharacters(text ?? '')
    .trim()
    .slice(0, 300);

/**
 * Tags and stream details. A file whose name does not match its content (or whose name is not
 * text) is read as a stream of the kind its bytes say it is; music-metadata would otherwise
 * go by the name and read a FLAC named .mp3 as MPEG.
 */
async function readMetadata(fsPath: string | Buffer, mimeType: string | null, nameMatches: boolean) {
  try {
    if (typeof fsPath === 'string' && (nameMatches || !mimeType)) return await parseFile(fsPath);
    return await parseStream(fs.createReadStream(fsPath), mimeType ?? undefined);
  } catch (error) {
    throw new Error(`It could not be read as audio (${errorMessage(error)}).`, { cause: error });
  }
}

export interface ReadTrack {
  track: LibraryTrack;
  /** Set when the header's length was more than a second off and the measured one was used. */
  headerSec?: number;
}

/**
 * Reads one file into a library track: tags, cover and length, and (copy mode) a copy in the
 * library folder. The length is the one measured from the file's frames or pages when there is
 * one; the header's is used only where nothing else can tell. `print` identifies its content;
 * the track's id is made from it.
 */
export async function readTrack(
  file: SourceFile,
  analysis: AudioAnalysis,
  print: string,
  mode: ImportMode,
  libraryFolder: string,
  importedAt: Date,
): Promise<ReadTrack> {
  const id = createHash('sha256').update(print).digest('hex').slice(0, 20);
  const fileEnding = extensionOf(file.display);
  const nameMatches = !analysis.ending || FAMILY[fileEnding] === FAMILY[`.${analysis.ending}`];
  const ending = nameMatches ? fileEnding : `.${analysis.ending}`;
  let source: LibraryTrack['source'];
  if (mode === 'copy') {
    const copied = path.join('files', id + ending);
    await fs.promises.mkdir(path.join(libraryFolder, 'files'), { recursive: true });
    await fs.promises.copyFile(file.fsPath, path.join(libraryFolder, copied));
    source = { kind: 'copy', file: copied };
  } else if (typeof file.fsPath === 'string') {
    source = { kind: 'reference', path: file.fsPath, realPath: await fs.promises.realpath(file.fsPath) };
  } else {
    throw new Error(
      `Its name is not valid UTF-8 text (it may read “${latin1Name(file.fsPath)}”), so Stillroom cannot keep a ` +
        'reference to it. Rename it, or add it with “Copy it into Stillroom’s library”.',
    );
  }
  // A copy is read from the copy: its name is plain text and its ending matches its content.
  const copy = source.kind === 'copy' ? path.join(libraryFolder, source.file) : null;
  try {
    const metadata: IAudioMetadata = await readMetadata(copy ?? file.fsPath, analysis.mimeType, nameMatches || !!copy);
    const headerSec = analysis.headerSec ?? metadata.format.duration;
    const durationSec = analysis.measuredSec ?? headerSec;
    if (durationSec === undefined || !Number.isFinite(durationSec) || durationSec <= 0) {
      throw new Error('Its length could not be read; the file may be damaged or not audio.');
    }
    const { common } = metadata;
    let cover: string | null = null;
    const picture = frontCover(common.picture);
    const coverType = picture ? COVER_TYPES[picture.format.toLowerCase()] : undefined;
    if (picture && coverType) {
      cover = path.join('covers', id + coverType);
      await fs.promises.mkdir(path.join(libraryFolder, 'covers'), { recursive: true });
      await fs.promises.writeFile(path.join(libraryFolder, cover), picture.data);
    }
    const fileName = latin1Name(file.fsPath);
    const track = LibraryTrack.parse({
      id,
      title: clean(common.title) || fileName.slice(0, fileName.length - fileEnding.length).slice(0, 300),
      // Every artist, where the tags name more than one.
      artist: clean(common.artists && common.artists.length > 1 ? common.artists.join(', ') : common.artist),
      album: clean(common.album),
      ...(common.track.no ? { trackNo: common.track.no } : {}),
      ...(common.disk.no ? { discNo: common.disk.no } : {}),
      durationSec,
      fingerprint: print,
      source,
      cover,
      importedAt: importedAt.toISOString(),
      ...(nameMatches ? {} : { ending: analysis.ending }),
      ...(metadata.format.codec ? { codec: metadata.format.codec.slice(0, 100) } : {}),
    });
    const off = headerSec !== undefined && Math.abs(headerSec - durationSec) > LENGTH_TOLERANCE_SEC;
    return off ? { track, headerSec } : { track };
  } catch (error) {
    if (copy) await fs.promises.rm(copy, { force: true });
    throw error;
  }
}
