import type { Clock } from '@domain/clock';
import type { ClinicConfig } from '@domain/clinic/clinic-config';
import type { EventChannel } from '@domain/ipc/channels';
import type { EventPayload } from '@domain/ipc/contract';
import type { Journey } from '@domain/music/journey';
import type { Program } from '@domain/session/program';
import type { HuePairing } from '../../lights/hue-pairing';
import type { LightService } from '../../lights/light-service';
import type { PackService } from '../../pack/pack-service';
import type { readAbout } from '../about';
import type { AmbientWindows, AppServicesOptions } from '../app-services';
import type { Branding } from '../branding';
import type { ChosenFiles } from '../chosen-files';
import type { ClinicService } from '../clinic-service';
import type { CollectionService } from '../collection-service';
import type { HistoryService } from '../history-service';
import type { LibraryService } from '../library-service';
import type { PatientService } from '../patient-service';
import type { PlaylistService } from '../playlist-service';
import type { SecretStore } from '../secret-store';
import type { SessionService } from '../session-service';
import type { SheetCopies } from '../sheet-copies';
import type { SoundOutputService } from '../sound-output-service';
import type { StaffLock } from '../staff-lock';
import type { TrackRemoval } from '../track-removal';

/** The services `createAppServices` composes, as the request handlers of each namespace use them. */
export interface AppParts {
  options: AppServicesOptions;
  version: string;
  timeScale: number;
  notices: string[];
  aboutInfo: () => ReturnType<typeof readAbout>;
  clinicSettings: ClinicService;
  clinic: () => ClinicConfig;
  programs: CollectionService<Program>;
  journeys: CollectionService<Journey>;
  library: LibraryService;
  playlists: PlaylistService;
  removal: TrackRemoval;
  patient: PatientService;
  staffLock: StaffLock;
  chosen: ChosenFiles;
  branding: Branding;
  packs: PackService;
  /** Announces the setup again after files were replaced underneath the services (pack import, restore). */
  announceSetup: () => void;
  emit: <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;
  session: SessionService;
  history: HistoryService;
  sessionClock: Clock;
  lights: LightService;
  secrets: SecretStore;
  huePairing: HuePairing;
  ambient: AmbientWindows | undefined;
  sheetCopies: SheetCopies;
  soundOutput: SoundOutputService;
}
