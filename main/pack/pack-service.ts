import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import {
  changedSettings,
  changes,
  PACK_MANIFEST,
  PACK_VERSION,
  packAudioPath,
  PackManifest,
  type PackPreview,
  type PackTrack,
} from '@domain/clinic/clinic-pack';
import type { ClinicConfig } from '@domain/clinic/clinic-config';
import { migrateClinicConfig } from '@domain/clinic/migrations';
import type { LibraryTrack } from '@domain/library/track';
import type { Journey } from '@domain/music/journey';
import type { Program } from '@domain/session/program';
import { describeIssues } from '@domain/zod-issues';
import type { ClinicService } from '../services/clinic-service';
import type { CollectionService } from '../services/collection-service';
import type { LibraryService } from '../services/library-service';
import { MAX_LOGO_BYTES, pictureKind, type Branding } from '../services/branding';
import type { PlaylistService } from '../services/playlist-service';
import { PACK_LIMITS, PackRefused, SafeZip } from './safe-zip';
import { errorMessage } from '@domain/error-message';

/** The documents a pack replaces, backed up before every import so one step restores them. */
const BACKED_UP = ['clinic-config.json', 'programs.json', 'journeys.json', 'playlists.json', 'library.json'];
const AUDIO_ENTRY = /^audio\/[a-z0-9]{1,40}\.[a-z0-9]{1,5}$/;
const LOGO_ENTRY = /^branding\/logo-[0-9a-f]{16}\.(png|jpg)$/;
/** Where the clinic's logo travels inside a pack. */
const logoEntry = (name: string) => `branding/${name}`;

export interface PackServices {
  dataDir: string;
  version: string;
  clinic: ClinicService;
  programs: CollectionService<Program>;
  journeys: CollectionService<Journey>;
  playlists: PlaylistService;
  library: LibraryService;
  branding: Branding;
  now?: () => Date;
}

interface LoadedPack {
  zip: SafeZip;
  manifest: PackManifest;
  clinic: ClinicConfig;
  migratedFrom: number | null;
  /** The clinic's logo, checked to be a picture, when the pack brings one. */
  logo: Buffer | null;
}

/**
 * Copies a clinic's setup between rooms as one zip: settings, programs, journeys, playlists,
 * the tracks they use and, if asked, their audio. An import is checked in full before anything
 * is touched and applied all or nothing, after a backup that one step restores.
 */
export class PackService {
  private readonly backupDir: string;
  /** An import or a restore is changing the library and the documents; another waits its turn. */
  private busy = false;

  constructor(private readonly services: PackServices) {
    this.backupDir = path.join(services.dataDir, 'backups', 'before-import');
  }

  /** Writes the pack to `destination` (through a temporary file, so a failure leaves nothing half-written). */
  async export(
    destination: string,
    includeAudio: boolean,
  ): Promise<{ path: string; tracks: number; audioFiles: number }> {
    const { clinic, programs, journeys, playlists, library, version } = this.services;
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
      exportedAt: (this.services.now?.() ?? new Date()).toISOString(),
      appVersion: version,
      clinic: settings,
      programs: programs.custom(),
      journeys: journeys.custom(),
      playlists: playlists.list(),
      tracks: tracks.map((t) => t.pack),
    };
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), PACK_MANIFEST);
    const logo = settings.logo ? this.services.branding.filePath(settings.logo) : null;
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

  /** What importing `file` would change; refuses a pack that is unsafe, broken or incomplete. */
  async preview(file: string): Promise<PackPreview> {
    const pack = await this.load(file);
    try {
      return this.describe(pack);
    } finally {
      pack.zip.close();
    }
  }

  /** Imports all of `file` or nothing; the settings before it are kept as a backup. One import at a time. */
  async apply(file: string): Promise<PackPreview> {
    return this.oneAtATime(() => this.applyNow(file));
  }

  private async oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) {
      throw new PackRefused('Another clinic pack is being brought in. Wait until it has finished, then try again.');
    }
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }

  private async applyNow(file: string): Promise<PackPreview> {
    const pack = await this.load(file);
    const { clinic, programs, journeys, playlists, library } = this.services;
    try {
      const preview = this.describe(pack);
      // Audio first: an entry found damaged while unpacking is refused before any setting, or
      // the backup from the import before, is touched.
      const audio = await this.unpackAudio(pack);
      const staged = this.backUp();
      try {
        // The logo is kept under a name made from its own bytes, whatever the pack called it.
        const logo = pack.logo ? this.services.branding.keep(pack.logo) : null;
        library.addTracks(audio.tracks);
        playlists.replaceAll(pack.manifest.playlists);
        journeys.replaceAll(pack.manifest.journeys);
        programs.replaceAll(pack.manifest.programs);
        clinic.save({ ...pack.clinic, logo, roomName: clinic.get().roomName });
      } catch (error) {
        this.restoreFrom(staged);
        fs.rmSync(staged, { recursive: true, force: true });
        audio.undo();
        throw error;
      }
      // Only a finished import replaces the backup of the one before it.
      fs.rmSync(this.backupDir, { recursive: true, force: true });
      fs.renameSync(staged, this.backupDir);
      return preview;
    } finally {
      pack.zip.close();
    }
  }

  /** When the settings before the last import were saved, or null when there is no backup. */
  lastBackup(): { takenAt: string } | null {
    const stamp = path.join(this.backupDir, 'taken-at.txt');
    return fs.existsSync(stamp) ? { takenAt: fs.readFileSync(stamp, 'utf8') } : null;
  }

  /** Puts back the settings as they were before the last import, byte for byte. */
  restoreBackup(): Promise<void> {
    return this.oneAtATime(async () => {
      if (!this.lastBackup()) throw new PackRefused('There is no backup to restore.');
      this.restoreFrom(this.backupDir);
    });
  }

  private restoreFrom(dir: string): void {
    for (const name of BACKED_UP) {
      const saved = path.join(dir, name);
      const live = path.join(this.services.dataDir, name);
      if (fs.existsSync(saved)) fs.copyFileSync(saved, live);
      else fs.rmSync(live, { force: true });
    }
  }

  /** Copies the documents an import replaces to a new folder beside the backup, and answers it. */
  private backUp(): string {
    const staged = `${this.backupDir}.partial`;
    fs.rmSync(staged, { recursive: true, force: true });
    fs.mkdirSync(staged, { recursive: true });
    for (const name of BACKED_UP) {
      const live = path.join(this.services.dataDir, name);
      if (fs.existsSync(live)) fs.copyFileSync(live, path.join(staged, name));
    }
    fs.writeFileSync(path.join(staged, 'taken-at.txt'), (this.services.now?.() ?? new Date()).toISOString());
    return staged;
  }

  /**
   * Unpacks the audio of the tracks this library lacks. On failure, and through `undo`, what it
   * made is removed again, and only that: its own files (a file cut short by a damaged entry
   * included) and the folders it created, if nothing else has been put in them meanwhile.
   */
  private async unpackAudio(pack: LoadedPack): Promise<{ tracks: LibraryTrack[]; undo: () => void }> {
    const { library } = this.services;
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
    const importedAt = (this.services.now?.() ?? new Date()).toISOString();
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

  private async load(file: string): Promise<LoadedPack> {
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
        const here = this.services.clinic.get();
        // A pack never carries a room's own name; this room keeps its own.
        clinic = migrateClinicConfig({ ...manifest.clinic, roomName: here.roomName }, here.promptSeed);
      } catch (error) {
        throw new PackRefused(`The pack's settings cannot be used: ${errorMessage(error)}`);
      }
      this.checkComplete(manifest, zip);
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
  private checkComplete(manifest: PackManifest, zip: SafeZip): void {
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
      if (!track.audioIncluded && !this.services.library.track(track.id)) missing.push(track.title);
    }
    if (audio.size > 0) throw new PackRefused(`The pack holds audio no track uses (${[...audio][0]}).`);
    if (missing.length > 0) {
      throw new PackRefused(
        `This room's library lacks ${missing.length} track(s) the pack's playlists use and the pack does not include: ` +
          `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}. Export the pack with its audio, or import those tracks first.`,
      );
    }
  }

  private describe({ manifest, clinic, migratedFrom }: LoadedPack): PackPreview {
    const { library, programs, journeys, playlists } = this.services;
    return {
      settings: changedSettings(this.services.clinic.get(), clinic),
      programs: changes(programs.custom(), manifest.programs),
      journeys: changes(journeys.custom(), manifest.journeys),
      playlists: changes(playlists.list(), manifest.playlists),
      tracksAdded: manifest.tracks.filter((t) => !library.track(t.id)).length,
      migratedFrom,
    };
  }
}

function packTrack(track: LibraryTrack, extension: string, audioIncluded: boolean): PackTrack {
  const { id, title, artist, album, durationSec, fingerprint, tags } = track;
  return { id, title, artist, album, durationSec, fingerprint, tags, extension, audioIncluded };
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
