import { PACK_MANIFEST, PACK_VERSION, packAudioPath, PackManifest } from '@domain/clinic/clinic-pack';
import type { ClinicConfig } from '@domain/clinic/clinic-config';
import { migrateClinicConfig } from '@domain/clinic/migrations';
import { errorMessage } from '@domain/error-message';
import { describeIssues } from '@domain/zod-issues';
import { MAX_LOGO_BYTES, pictureKind } from '../services/branding';
import { AUDIO_ENTRY, LOGO_ENTRY, logoEntry } from './pack-entries';
import type { PackServices } from './pack-service';
import { PACK_LIMITS, PackRefused, SafeZip } from './safe-zip';

/** A pack opened and checked in full, ready to preview or apply; its zip stays open until closed. */
export interface LoadedPack {
  zip: SafeZip;
  manifest: PackManifest;
  clinic: ClinicConfig;
  migratedFrom: number | null;
  /** The clinic's logo, checked to be a picture, when the pack brings one. */
  logo: Buffer | null;
}

/** What the checks compare a pack with: this room's settings and library. */
type Room = Pick<PackServices, 'clinic' | 'library'>;

/** Opens `file` and refuses it, with the reason in words, unless it is a safe, valid and complete pack. */
export async function loadPack(file: string, room: Room): Promise<LoadedPack> {
  const zip = await SafeZip.open(
    file,
    (name) => name === PACK_MANIFEST || AUDIO_ENTRY.test(name) || LOGO_ENTRY.test(name),
  );
  try {
    if (!zip.entries.has(PACK_MANIFEST))
      throw new PackRefused(`This zip has no ${PACK_MANIFEST}; it is not a clinic pack.`);
    let json: unknown;
    try {
      json = JSON.parse(await zip.readText(PACK_MANIFEST, PACK_LIMITS.maxManifestBytes));
    } catch (error) {
      if (error instanceof PackRefused) throw error;
      throw new PackRefused(`The pack's ${PACK_MANIFEST} is not valid JSON.`);
    }
    const version = (json as { packVersion?: unknown } | null)?.packVersion;
    if (typeof version === 'number' && version > PACK_VERSION) {
      throw new PackRefused(
        `This pack comes from a newer Stillroom (pack version ${version}). Update Stillroom first.`,
      );
    }
    const parsed = PackManifest.safeParse(json);
    if (!parsed.success) throw new PackRefused(`The pack's contents are not valid: ${describeIssues(parsed.error)}.`);
    const manifest = parsed.data;
    let clinic: ClinicConfig;
    try {
      const here = room.clinic.get();
      // A pack never carries a room's own name; this room keeps its own.
      clinic = migrateClinicConfig({ ...manifest.clinic, roomName: here.roomName }, here.promptSeed);
    } catch (error) {
      throw new PackRefused(`The pack's settings cannot be used: ${errorMessage(error)}`);
    }
    checkComplete(manifest, zip, room);
    const logo = clinic.logo ? await zip.readBytes(logoEntry(clinic.logo), MAX_LOGO_BYTES) : null;
    if (logo && !pictureKind(logo)) throw new PackRefused('The pack’s logo is not a PNG or JPEG picture.');
    const from = Number(manifest.clinic.version);
    return { zip, manifest, clinic, migratedFrom: from < clinic.version ? from : null, logo };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** Every reference resolves and every track's audio is in the pack or already in this library. */
function checkComplete(manifest: PackManifest, zip: SafeZip, room: Room): void {
  const tracks = new Map(manifest.tracks.map((t) => [t.id, t]));
  const playlists = new Set(manifest.playlists.map((p) => p.id));
  for (const playlist of manifest.playlists) {
    for (const { trackId, title } of playlist.tracks) {
      if (!tracks.has(trackId))
        throw new PackRefused(`Playlist “${playlist.name}” uses “${title}”, which the pack does not describe.`);
    }
  }
  const sounds = [
    ...manifest.journeys.flatMap((j) =>
      Object.values(j.sounds).map((sound) => ({ sound, owner: `Journey “${j.name}”` })),
    ),
    ...manifest.programs.flatMap((p) =>
      p.phases.map((phase) => ({ sound: phase.sound, owner: `Program “${p.name}”` })),
    ),
  ];
  for (const { sound, owner } of sounds) {
    if ('playlistId' in sound && !playlists.has(sound.playlistId)) {
      throw new PackRefused(`${owner} uses a playlist the pack does not contain.`);
    }
  }
  const logo = manifest.clinic.logo;
  if (typeof logo === 'string' && !zip.entries.has(logoEntry(logo))) {
    throw new PackRefused('The pack names a logo but does not hold it.');
  }
  const audio = new Set([...zip.entries.keys()].filter((name) => AUDIO_ENTRY.test(name)));
  const missing: string[] = [];
  for (const track of manifest.tracks) {
    const entry = packAudioPath(track);
    if (track.audioIncluded && !audio.has(entry)) {
      throw new PackRefused(`The pack says it holds the audio of “${track.title}”, but it is not there.`);
    }
    audio.delete(entry);
    if (!track.audioIncluded && !room.library.track(track.id)) missing.push(track.title);
  }
  if (audio.size > 0) throw new PackRefused(`The pack holds audio no track uses (${[...audio][0]}).`);
  if (missing.length > 0) {
    throw new PackRefused(
      `This room's library lacks ${missing.length} track(s) the pack's playlists use and the pack does not include: ` +
        `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}. Export the pack with its audio, or import those tracks first.`,
    );
  }
}
