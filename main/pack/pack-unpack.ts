import fs from 'node:fs';
import path from 'node:path';
import { packAudioPath, type PackTrack } from '@domain/clinic/clinic-pack';
import type { LibraryTrack } from '@domain/library/track';
import type { LibraryService } from '../services/library-service';
import type { LoadedPack } from './pack-checks';

/**
 * Unpacks the audio of the tracks this library lacks. On failure, and through `undo`, what it
 * made is removed again, and only that: its own files (a file cut short by a damaged entry
 * included) and the folders it created, if nothing else has been put in them meanwhile.
 */
export async function unpackAudio(
  pack: LoadedPack,
  library: LibraryService,
  importedAt: string,
): Promise<{ tracks: LibraryTrack[]; undo: () => void }> {
  const madeFiles: string[] = [];
  const madeDirs: string[] = [];
  const undo = () => {
    for (const item of madeFiles) fs.rmSync(item, { force: true });
    for (const dir of madeDirs.reverse()) {
      try {
        fs.rmdirSync(dir);
      } catch {
        // Something else was put in it meanwhile (a library import, say): it stays.
      }
    }
  };
  const tracks: LibraryTrack[] = [];
  try {
    for (const track of pack.manifest.tracks) {
      if (library.track(track.id)) continue;
      const relative = path.join('files', `${track.id}.${track.extension}`);
      const destination = path.join(library.folder, relative);
      for (const dir of [library.folder, path.dirname(destination)]) {
        if (fs.existsSync(dir)) continue;
        fs.mkdirSync(dir);
        madeDirs.push(dir);
      }
      // Unpacked under a name of this import's own, then put in place: a file left there by an
      // import that never finished belongs to no track and is replaced, never trusted.
      const partial = `${destination}.partial-${process.pid}`;
      fs.rmSync(partial, { force: true });
      madeFiles.push(partial);
      await pack.zip.extract(packAudioPath(track), partial);
      fs.renameSync(partial, destination);
      madeFiles[madeFiles.length - 1] = destination;
      tracks.push(libraryTrack(track, relative, importedAt));
    }
  } catch (error) {
    undo();
    throw error;
  }
  return { tracks, undo };
}

function libraryTrack(track: PackTrack, file: string, importedAt: string): LibraryTrack {
  const { id, title, artist, album, durationSec, fingerprint, tags } = track;
  return {
    id,
    title,
    artist,
    album,
    durationSec,
    fingerprint,
    tags,
    source: { kind: 'copy', file },
    cover: null,
    importedAt,
  };
}
