import { changedSettings, changes, type PackPreview } from '@domain/clinic/clinic-pack';
import type { ClinicNetworkPart } from '@domain/board/network-settings';
import type { Journey } from '@domain/music/journey';
import type { Program } from '@domain/session/program';
import type { Branding } from '../services/branding';
import type { ClinicService } from '../services/clinic-service';
import type { CollectionService } from '../services/collection-service';
import type { LibraryService } from '../services/library-service';
import type { PlaylistService } from '../services/playlist-service';
import { PackBackup } from './pack-backup';
import { loadPack, type LoadedPack } from './pack-checks';
import { exportPack } from './pack-export';
import { unpackAudio } from './pack-unpack';
import { PackRefused } from './safe-zip';

export interface PackServices {
  dataDir: string;
  version: string;
  clinic: ClinicService;
  programs: CollectionService<Program>;
  journeys: CollectionService<Journey>;
  playlists: PlaylistService;
  library: LibraryService;
  branding: Branding;
  /** The clinic network's part a pack carries: the broker's address and the clinic id. */
  network?: { clinicPart(): ClinicNetworkPart; takeClinicPart(part: ClinicNetworkPart): void };
  now?: () => Date;
}

/**
 * Copies a clinic's setup between rooms as one zip: settings, programs, journeys, playlists,
 * the tracks they use and, if asked, their audio. An import is checked in full before anything
 * is touched and applied all or nothing, after a backup that one step restores.
 */
export class PackService {
  private readonly backup: PackBackup;
  /** An import or a restore is changing the library and the documents; another waits its turn. */
  private busy = false;

  constructor(private readonly services: PackServices) {
    this.backup = new PackBackup(services.dataDir, () => this.now());
  }

  /** Writes the pack to `destination` (through a temporary file, so a failure leaves nothing half-written). */
  export(destination: string, includeAudio: boolean): Promise<{ path: string; tracks: number; audioFiles: number }> {
    return exportPack(this.services, destination, includeAudio);
  }

  /** What importing `file` would change; refuses a pack that is unsafe, broken or incomplete. */
  async preview(file: string): Promise<PackPreview> {
    const pack = await loadPack(file, this.services);
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

  /** When the settings before the last import were saved, or null when there is no backup. */
  lastBackup(): { takenAt: string } | null {
    return this.backup.last();
  }

  /** Puts back the settings as they were before the last import, byte for byte. */
  restoreBackup(): Promise<void> {
    return this.oneAtATime(async () => {
      if (!this.backup.last()) throw new PackRefused('There is no backup to restore.');
      this.backup.restore();
    });
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
    const pack = await loadPack(file, this.services);
    const { clinic, programs, journeys, playlists, library } = this.services;
    try {
      const preview = this.describe(pack);
      // Audio first: an entry found damaged while unpacking is refused before any setting, or
      // the backup from the import before, is touched.
      const audio = await unpackAudio(pack, library, this.now().toISOString());
      const staged = this.backup.stage();
      try {
        // The logo is kept under a name made from its own bytes, whatever the pack called it.
        const logo = pack.logo ? this.services.branding.keep(pack.logo) : null;
        library.addTracks(audio.tracks);
        playlists.replaceAll(pack.manifest.playlists);
        journeys.replaceAll(pack.manifest.journeys);
        programs.replaceAll(pack.manifest.programs);
        clinic.save({ ...pack.clinic, logo, roomName: clinic.get().roomName });
        if (pack.manifest.network) this.services.network?.takeClinicPart(pack.manifest.network);
      } catch (error) {
        this.backup.rollBack(staged);
        audio.undo();
        throw error;
      }
      this.backup.keep(staged);
      return preview;
    } finally {
      pack.zip.close();
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

  private now(): Date {
    return this.services.now?.() ?? new Date();
  }
}
