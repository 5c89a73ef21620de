import type { Clock } from '@domain/clock';
import type { AmbientDisplayInfo, FilePurpose } from '@domain/ipc/contract';
import type { z } from 'zod';
import type { EventChannel } from '@domain/ipc/channels';
import type { EventPayload } from '@domain/ipc/contract';
import { builtinPrograms } from '@domain/session/builtin-programs';
import type { Handlers } from '../ipc/dispatch';
import path from 'node:path';
import { readAbout, type Runtime } from './about';
import { ClinicService } from './clinic-service';
import { Branding } from './branding';
import { PackService } from '../pack/pack-service';
import { CollectionService } from './collection-service';
import { PatientService } from './patient-service';
import { StaffLock } from './staff-lock';
import { BUILTIN_JOURNEYS, StoredJourney } from '@domain/music/journey';
import { Program } from '@domain/session/program';
import { SheetCopies } from './sheet-copies';
import type { StoreFactory } from './document-store';
import { HistoryService } from './history-service';
import { LibraryService } from './library-service';
import { serveFile, serveMedia, type MediaRoots } from './media';
import { PlaylistService } from './playlist-service';
import { SessionService } from './session-service';
import { TrackRemoval } from './track-removal';
import { createDriverFactory } from '../lights/create-driver';
import { HuePairing } from '../lights/hue-pairing';
import { LightService } from '../lights/light-service';
import { plainBox, SecretStore, type SecretBox } from './secret-store';
import { removeLeftovers } from './leftovers';
import { ChosenFiles } from './chosen-files';
import { SoundOutputService } from './sound-output-service';
import type { AppParts } from './handlers/app-parts';
import { appHandlers } from './handlers/app-handlers';
import { musicHandlers } from './handlers/music-handlers';
import { roomHandlers } from './handlers/room-handlers';
import { sessionHandlers } from './handlers/session-handlers';
import { setupHandlers } from './handlers/setup-handlers';
import { networkHandlers } from './handlers/network-handlers';
import { ClinicNetworkService } from './mqtt/clinic-network-service';
import { presetsFromEnvironment, type NetworkPresets } from './mqtt/network-settings-store';
import { closedWhileLocked, libraryChangeWhileLocked } from './staff-screens';

export interface AppServicesOptions {
  dataDir: string;
  assetsDir: string;
  clock: Clock;
  timeScale: number;
  storeFactory: StoreFactory;
  version: string;
  /** The folder holding the app's package.json and node_modules; the folder above assetsDir when absent. */
  appDir?: string;
  /** Electron's and Chromium's versions (Electron only); the web host shows only Node's. */
  runtime?: Runtime;
  /** The system's chooser for music files and folders, where there is one (Electron); the web host has none. */
  chooseMusic?: (options: { folders: boolean }) => Promise<string[]>;
  /** Real time for the light drivers' frames and timers; the session clock itself when absent. */
  realClock?: Clock;
  /** Keeps light keys and tokens: Electron's safeStorage, or plain text where no keychain exists. */
  secretBox?: SecretBox;
  /** Only for testing against a simulated Hue bridge: its authority and port instead of Hue's own. */
  simulatedHueBridge?: { ca: string[]; port: number };
  /** The ambient display's own window on another screen (Electron only). */
  ambientWindows?: AmbientWindows;
  /** The system's file chooser for packs and logos (Electron only). */
  chooseFile?: (purpose: FilePurpose) => Promise<string | null>;
  /** Prints the window's page to a PDF where staff choose (Electron); a browser does it itself. */
  savePdf?: (options: { fileName: string; paperSize: 'letter' | 'a4' }) => Promise<string | null>;
  /** Where failures nobody asked about are logged (a write the disk refused, say). */
  reportError?: (error: unknown) => void;
  /** The clinic network's presets; read from STILLROOM_MQTT_* when absent. */
  networkPresets?: NetworkPresets;
}

/** Opens the ambient display full screen on one of the computer's displays. */
export interface AmbientWindows {
  displays(): z.infer<typeof AmbientDisplayInfo>[];
  openOn(): number | null;
  open(displayId: number): void;
  close(): void;
}

type EventListener = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;

/** Builds every main-process service and the request handlers, with no Electron involved. */
export function createAppServices(options: AppServicesOptions) {
  const { dataDir, assetsDir, clock, timeScale, storeFactory, version } = options;
  // Real time for the light drivers and the clinic network, which meet other computers' clocks.
  const realClock = options.realClock ?? clock;
  removeLeftovers(dataDir, options.reportError);
  const clinicSettings = new ClinicService(dataDir, storeFactory);
  const branding = new Branding(dataDir);
  const programs = new CollectionService({
    dataDir,
    storeFactory,
    name: 'programs',
    schema: Program,
    builtin: builtinPrograms,
    noun: 'program',
  });
  const journeys = new CollectionService({
    dataDir,
    storeFactory,
    name: 'journeys',
    schema: StoredJourney,
    builtin: () => BUILTIN_JOURNEYS,
    noun: 'journey',
  });
  const patient = new PatientService(() => journeys.list(), clock);
  const staffLock = new StaffLock(dataDir, storeFactory, clock);
  const clinic = () => clinicSettings.get();
  const history = new HistoryService(dataDir);
  const soundOutput = new SoundOutputService(dataDir, storeFactory);
  const library = new LibraryService(dataDir, storeFactory);
  const playlists = new PlaylistService(dataDir, storeFactory, library);
  const session = new SessionService({
    clock,
    timeScale,
    storeFactory,
    dataDir,
    programs: () => programs.list(),
    clinic,
    history,
    reportError: options.reportError,
    music: {
      playlist: (id) => {
        const found = playlists.find(id);
        return found && playlists.playable(found);
      },
      playlists: () => playlists.list().map((p) => playlists.playable(p)),
      tagsOf: (trackId) => library.tagsOf(trackId),
      patientChoice: () => patient.take(),
    },
  });
  const secrets = new SecretStore(dataDir, storeFactory, options.secretBox ?? plainBox);
  const hue = options.simulatedHueBridge;
  const sessionClock = session.clock;
  const lights = new LightService({
    dataDir,
    storeFactory,
    sessionClock,
    realClock,
    timeScale,
    secrets,
    createDriver: createDriverFactory({ secrets, roomName: () => clinic().roomName, hue }),
  });
  const huePairing = new HuePairing(secrets, hue?.ca, hue?.port);
  const removal = new TrackRemoval({ library, playlists, journeys, session: () => session.snapshot() });
  // Tracks removed mid-session go once it has closed (also after a restart that finds it closed).
  session.onChange(() => void removal.sessionChanged());
  void removal.sessionChanged();
  const network = new ClinicNetworkService({
    dataDir,
    storeFactory,
    secrets,
    presets: options.networkPresets ?? presetsFromEnvironment(process.env),
    sessionClock,
    realClock,
    run: () => session.snapshot()?.run ?? null,
    roomName: () => clinic().roomName,
    version,
  });
  network.start();
  session.onChange(() => network.sessionChanged());
  lights.start(session.snapshot()?.run ?? null);
  session.onChange((snapshot) => lights.followRun(snapshot?.run ?? null));

  const notices = [
    clinicSettings.notice,
    programs.notice,
    journeys.notice,
    staffLock.notice,
    session.notice,
    library.notice,
    playlists.notice,
    soundOutput.notice,
    secrets.notice,
    lights.notice,
    network.notice,
  ].filter((n): n is string => n !== null);

  const listeners = new Set<EventListener>();
  const emit: EventListener = (event, payload) => listeners.forEach((listener) => listener(event, payload));
  session.onChange((snapshot) => emit('session.changed', snapshot));
  // The banner comes and goes with the disk, so windows hear of it like any change.
  session.onUnsavedChange(() => emit('session.changed', session.snapshot()));
  lights.onChange((outputs) => emit('lights.changed', outputs));
  programs.onChange((items) => emit('programs.changed', items));
  journeys.onChange((items) => emit('journeys.changed', items));
  clinicSettings.onChange((config) => emit('clinic.changed', config));
  playlists.onChange((list) => emit('playlists.changed', list));
  library.onChange((change) => emit('library.changed', staffLock.locked ? libraryChangeWhileLocked(change) : change));
  network.onChange(() => emit('network.changed', network.view()));
  // The board's clock beside each room, without reading the whole board for every message.
  network.onRoom((room) => emit('board.room', { room, clockNow: realClock.now() }));
  // The room's name is part of what it publishes.
  clinicSettings.onChange(() => network.sessionChanged());
  /** A restored backup (or an import undone half way) replaced the files underneath the services. */
  const announceSetup = () => {
    clinicSettings.announce();
    programs.announce();
    journeys.announce();
    playlists.announce();
    library.announce();
  };
  const ambient = options.ambientWindows;
  const sheetCopies = new SheetCopies(dataDir, () => clinic().keepSheetCopies);
  // Paths from dialogs and drops stay here; the page holds handles (the web host's typed paths stay paths).
  const chosen = new ChosenFiles(options.chooseFile !== undefined || options.chooseMusic !== undefined);
  const packs = new PackService({
    dataDir,
    version,
    clinic: clinicSettings,
    programs,
    journeys,
    playlists,
    library,
    branding,
    network,
  });

  const mediaRoots: MediaRoots = { assets: assetsDir, library: library.folder, branding: branding.folder };
  /** Media by root: built-in assets, the library folder (covers), or a library track by id. */
  const media = (root: string, encodedPath: string, request: Request): Response => {
    if (root !== 'track') return serveMedia(mediaRoots, root, encodedPath, request);
    let name: string;
    try {
      name = decodeURIComponent(encodedPath);
    } catch {
      return new Response('malformed path', { status: 400 });
    }
    // `<id>.<extension>`: the ending only tells the player the format.
    const served = library.servedFile(name.replace(/\.[a-z0-9]{1,5}$/, ''));
    if ('refused' in served) {
      return new Response(served.refused === 404 ? 'not found' : 'path not allowed', { status: served.refused });
    }
    return serveFile(served.file, request);
  };

  // Read on first use: the About box is rare, and its files never change while the app runs.
  let about: ReturnType<typeof readAbout> | null = null;
  const aboutInfo = () =>
    (about ??= readAbout(options.appDir ?? path.dirname(assetsDir), {
      electron: null,
      chromium: null,
      node: process.versions.node,
      ...options.runtime,
    }));

  const parts: AppParts = {
    options,
    version,
    timeScale,
    notices,
    aboutInfo,
    clinicSettings,
    clinic,
    programs,
    journeys,
    library,
    playlists,
    removal,
    patient,
    staffLock,
    chosen,
    branding,
    packs,
    announceSetup,
    emit,
    session,
    history,
    sessionClock,
    lights,
    secrets,
    huePairing,
    ambient,
    sheetCopies,
    soundOutput,
    network,
  };
  const handlers: Handlers = {
    ...appHandlers(parts),
    ...setupHandlers(parts),
    ...musicHandlers(parts),
    ...sessionHandlers(parts),
    ...roomHandlers(parts),
    ...networkHandlers(parts),
  };

  return {
    session,
    lights,
    handlers: closedWhileLocked(handlers, () => staffLock.locked),
    /** Stops what talks to the room (sACN sends its stream-terminated packets) and the session's timer. */
    close: async () => {
      await Promise.all([session.close(), lights.close(), network.close()]);
    },
    media,
    /** Handles for files dropped on the desktop app's window (its preload asks through the IPC bridge). */
    chosenFiles: chosen,
    notices,
    onEvent: (listener: EventListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type AppServices = ReturnType<typeof createAppServices>;
