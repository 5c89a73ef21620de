import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import {
  PACK_MANIFEST,
  PACK_VERSION,
  packAudioPath,
  type PackManifest,
  type PackTrack,
} from '@domain/clinic/clinic-pack';
import type { LibraryTrack } from '@domain/library/track';
import { logoEntry } from './pack-entries';
import type { PackServices } from './pack-service';

/** Writes the pack to `destination` (through a temporary file, so a failure leaves nothing half-written). */
export async function exportPack(
  services: PackServices,
  destination: string,
  includeAudio: boolean,
): Promise<{ path: string; tracks: number; audioFiles: number }> {
  const { clinic, programs, journeys, playlists, library, version } = services;
  const used = new Set(playlists.list().flatMap((p) => p.tracks.map((t) => t.trackId)));
  const tracks: { pack: PackTrack; file: string | null }[] = library
    .tracks()
    .filter((t) => used.has(t.id))
    .map((t) => {
      const file = library.filePath(t.id);
      const extension =
        path
          .extname(file ?? '')
          .slice(1)
          .toLowerCase() || 'ogg';
      const audio = includeAudio && file !== null && fs.existsSync(file) ? file : null;
      return { pack: packTrack(t, extension, audio !== null), file: audio };
    });
  const { roomName: _room, ...settings } = clinic.get();
  const manifest: PackManifest = {
    format: 'stillroom-clinic-pack',
    packVersion: PACK_VERSION,
    exportedAt: (services.now?.() ?? new Date()).toISOString(),
    appVersion: version,
    clinic: settings,
    programs: programs.custom(),
    journeys: journeys.custom(),
    playlists: playlists.list(),
    tracks: tracks.map((t) => t.pack),
    network: services.network?.clinicPart(),
  };
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), PACK_MANIFEST);
  const logo = settings.logo ? services.branding.filePath(settings.logo) : null;
  if (settings.logo && logo) zip.addFile(logo, logoEntry(settings.logo));
  // Audio is already compressed; storing it saves time and keeps the ratio check meaningful.
  for (const { pack, file } of tracks) if (file) zip.addFile(file, packAudioPath(pack), { compress: false });
  zip.end();
  const target = path.resolve(destination);
  const partial = `${target}.partial-${process.pid}`;
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(partial, { flags: 'wx' });
    zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
    zip.outputStream.on('error', reject);
  });
  fs.renameSync(partial, target);
  return { path: target, tracks: tracks.length, audioFiles: tracks.filter((t) => t.file).length };
}

function packTrack(track: LibraryTrack, extension: string, audioIncluded: boolean): PackTrack {
  const { id, title, artist, album, durationSec, fingerprint, tags } = track;
  return { id, title, artist, album, durationSec, fingerprint, tags, extension, audioIncluded };
}
