import { z } from 'zod';
import { Playlist, PlaylistDraft } from '../audio/playlist';
import { SoundOutputChoice } from '../audio/sound-output';
import { HostAddress } from '../light/host-address';
import { HueBridgeId, HueGroupedLightChoice } from '../light/hue-settings';
import { LightOutput, LightOutputDraft } from '../light/light-output';
import { OutputStatus } from '../light/output-status';
import { ImportReport, LibraryTrack } from '../library/track';
import { LibraryChange } from '../library/library-change';
import { ClinicConfig } from '../clinic/clinic-config';
import { TakeHomeSheet } from '../sheet/take-home-sheet';
import { Language } from '../sheet/prompt-types';
import { TrackTag } from '../library/track-tags';
import { RemovalResult, TrackIds, TrackUsage } from '../library/track-removal';
import { Journey, JourneyDraft } from '../music/journey';
import { PatientChoice, PendingChoice } from '../patient/patient-choice';
import { Control } from '../session/controls';
import { HistoryRecord } from '../session/history';
import { Program } from '../session/program';
import { SessionRun } from '../session/run-log';
import { ClinicNetworkSettings, ConnectionState } from '../board/network-settings';
import { RoomStateMessage } from '../board/room-state';
import { IMPORT_BATCH_PATHS, type EventChannel, type RequestChannel } from './channels';

const NoInput = z.object({}).strict();
const IdInput = z.object({ id: z.string().min(1).max(100) }).strict();

/** What a file chooser is for. */
export const FilePurpose = z.enum(['importPack', 'exportPack', 'logo']);
export type FilePurpose = z.infer<typeof FilePurpose>;

const PackPath = z.string().trim().min(1, 'Choose or type where the pack is.').max(4096);
const Changes = z.object({ added: z.array(z.string()), replaced: z.array(z.string()), removed: z.array(z.string()) });
const PackPreviewSchema = z.object({
  settings: z.array(z.string()),
  programs: Changes,
  journeys: Changes,
  playlists: Changes,
  tracksAdded: z.number(),
  migratedFrom: z.number().nullable(),
});

/** Whether the staff screens are closed behind the clinic PIN (the patient screen is shown). */
export const StaffStatus = z.object({ pinSet: z.boolean(), locked: z.boolean(), retryInSec: z.number() });
export type StaffStatus = z.infer<typeof StaffStatus>;

export const AppInfo = z.object({
  version: z.string(),
  clinicName: z.string(),
  roomName: z.string(),
  /** The language the patient screen and the sheet start in until someone chooses another. */
  defaultLanguage: Language,
  /** Whether the clinic keeps a copy of each sheet, which the patient screen says truthfully. */
  keepSheetCopies: z.boolean(),
  /** How much faster than real time the session clock runs (1 outside demos and tests). */
  timeScale: z.number().positive(),
  /** A problem found at start-up that staff should know about (e.g. a file moved aside). */
  notices: z.array(z.string()),
  /** Whether a system file chooser exists (Electron) or paths are typed (web host). */
  canChooseFiles: z.boolean(),
  /** Whether the app saves PDFs itself (Electron); a browser saves them from its print dialog. */
  canSavePdf: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The About box: what runs the app and the licences of what ships with it (the version is in AppInfo). */
export const AboutInfo = z.object({
  /** Electron's and Chromium's versions are null in the web host, which runs in plain Node. */
  runtime: z.object({ electron: z.string().nullable(), chromium: z.string().nullable(), node: z.string() }),
  appLicence: z.string(),
  /** The built-in ambience's licence, as plain text. */
  ambienceLicence: z.string(),
  /** The open-source packages the app ships with. */
  credits: z.array(z.object({ name: z.string(), version: z.string(), licence: z.string() })),
});
export type AboutInfo = z.infer<typeof AboutInfo>;

/** A session as the renderer needs it: its run log plus the session clock when it was sent. */
export const SessionSnapshot = z.object({
  run: SessionRun,
  clockNow: z.number(),
  timeScale: z.number().positive(),
  /** True after a restart until staff choose Resume session; no sound plays meanwhile. */
  awaitingResume: z.boolean(),
  /**
   * Staff's banner while the run log cannot be written ("Cannot save: disk full …"); null when
   * everything is on disk. Controls keep working meanwhile; the banner cannot be dismissed.
   */
  unsaved: z.string().nullable(),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshot>;

/** A light output and how it is doing. */
export const LightOutputView = z.object({ output: LightOutput, status: OutputStatus });
export type LightOutputView = z.infer<typeof LightOutputView>;

const HueBridgeAddress = z.object({ host: HostAddress, bridgeId: HueBridgeId }).strict();

/** A screen the ambient display can be shown on (Electron knows the computer's displays). */
export const AmbientDisplayInfo = z.object({
  id: z.number(),
  label: z.string(),
  primary: z.boolean(),
});

/** This room on the clinic network: its settings, its id and name, and how its broker link is doing. */
export const NetworkView = z.object({
  settings: ClinicNetworkSettings,
  roomId: z.string(),
  roomName: z.string(),
  /** The password itself stays in the main process. */
  passwordSet: z.boolean(),
  secretsEncrypted: z.boolean(),
  /** Which settings a managed install set through the environment (STILLROOM_MQTT_*). */
  presets: z.object({ url: z.boolean(), username: z.boolean(), passwordFile: z.boolean(), ca: z.boolean() }),
  warning: z.string().nullable(),
  connection: ConnectionState,
});
export type NetworkView = z.infer<typeof NetworkView>;

/** A room as the clinic board last heard it; `lastHeardAt` is on the board computer's clock. */
export const BoardRoomView = z.object({
  roomId: z.string(),
  state: RoomStateMessage.nullable(),
  online: z.boolean(),
  lastHeardAt: z.number(),
});

/** The clinic board: every room heard of, and the board computer's time when it was sent. */
export const BoardView = z.object({
  enabled: z.boolean(),
  clinicId: z.string(),
  connection: ConnectionState,
  rooms: z.array(BoardRoomView),
  clockNow: z.number(),
});
export type BoardView = z.infer<typeof BoardView>;

export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'app.about': { input: NoInput, output: AboutInfo },
  /** The session clock, for the renderer to align its own clock (NTP-style). */
  'clock.now': { input: NoInput, output: z.object({ clockNow: z.number(), timeScale: z.number().positive() }) },
  'programs.list': { input: NoInput, output: z.array(Program) },
  /** The live session, or null when the room is idle. */
  'session.get': { input: NoInput, output: SessionSnapshot.nullable() },
  'session.start': {
    input: z
      .object({
        programId: z.string().min(1).max(100),
        /** The patient's music for the treatment phases; built-in ambience when absent. */
        playlistId: z.string().min(1).max(100).optional(),
      })
      .strict(),
    output: SessionSnapshot,
  },
  'session.control': { input: Control, output: SessionSnapshot },
  /** Staff take up the session that was running when the app stopped. */
  'session.continue': { input: NoInput, output: SessionSnapshot },
  /** Forgets a closed session so the room is ready for the next one. */
  'session.dismiss': { input: NoInput, output: z.null() },
  'history.list': {
    input: NoInput,
    output: z.object({ records: z.array(HistoryRecord), unreadableLines: z.number() }),
  },
  /** The history as CSV; training sessions only when asked for. */
  'history.csv': { input: z.object({ includeTraining: z.boolean() }).strict(), output: z.string() },
  'library.list': { input: NoInput, output: z.array(LibraryTrack) },
  'library.chooseMusic': { input: z.object({ folders: z.boolean() }).strict(), output: z.array(z.string()) },
  'library.import': {
    input: z
      .object({
        /** A larger selection goes in batches, so every request fits one frame of the web host. */
        paths: z.array(z.string().min(1).max(4096)).min(1).max(IMPORT_BATCH_PATHS),
        mode: z.enum(['reference', 'copy']),
      })
      .strict(),
    output: ImportReport,
  },
  'playlists.list': { input: NoInput, output: z.array(Playlist) },
  'playlists.save': { input: PlaylistDraft, output: Playlist },
  'playlists.delete': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: z.null() },
  'lights.list': {
    input: NoInput,
    output: z.object({
      outputs: z.array(LightOutputView),
      /** False where keys and tokens are kept unencrypted (no system keychain). */
      secretsEncrypted: z.boolean(),
    }),
  },
  'lights.save': { input: LightOutputDraft, output: LightOutputView },
  'lights.remove': { input: z.object({ id: z.string().min(1).max(40) }).strict(), output: z.null() },
  /** Half the output's range for two seconds, then back. */
  'lights.test': { input: z.object({ id: z.string().min(1).max(40) }).strict(), output: z.null() },
  /** Reads a Hue bridge's id from its verified certificate, before pairing. */
  'lights.hueIdentify': {
    input: z.object({ host: HostAddress }).strict(),
    output: z.object({ bridgeId: HueBridgeId, name: z.string().optional() }),
  },
  /** Pairs with a bridge whose link button was just pressed; the key stays in the main process. */
  'lights.huePair': { input: HueBridgeAddress, output: z.array(HueGroupedLightChoice) },
  /** The bridge's rooms and zones, each by the grouped light that sets all its lamps. */
  'lights.hueGroups': { input: HueBridgeAddress, output: z.array(HueGroupedLightChoice) },
  'ambient.status': {
    input: NoInput,
    output: z.object({
      /** Only the desktop app can open windows on other screens; a browser opens the address itself. */
      canOpenWindows: z.boolean(),
      displays: z.array(AmbientDisplayInfo),
      openOn: z.number().nullable(),
    }),
  },
  'ambient.open': { input: z.object({ displayId: z.number() }).strict(), output: z.null() },
  'ambient.close': { input: NoInput, output: z.null() },
  'clinic.get': { input: NoInput, output: ClinicConfig },
  /** Applies to the next session; a running one keeps what it started with. */
  'clinic.save': { input: ClinicConfig, output: ClinicConfig },
  /** Saves the window's take-home sheet as a PDF where staff choose; null when they cancel. */
  'sheet.savePdf': {
    input: z
      .object({
        fileName: z
          .string()
          .max(124)
          .regex(/^[\w .()-]{1,120}\.pdf$/),
      })
      .strict(),
    output: z.string().nullable(),
  },
  /** Keeps a copy of a printed sheet, only where the clinic chose to keep copies. */
  'sheet.keep': { input: TakeHomeSheet, output: z.null() },
  /** Adds or replaces one of the clinic's own programs (a built-in one is copied under a new id, not changed). */
  'programs.save': { input: Program, output: Program },
  'programs.delete': { input: IdInput, output: z.null() },
  /** The built-in journeys, then the clinic's own. */
  'journeys.list': { input: NoInput, output: z.array(Journey) },
  'journeys.save': { input: JourneyDraft, output: Journey },
  'journeys.delete': { input: IdInput, output: z.null() },
  /** Puts a tag on tracks (lyrics, voices ...) or takes it off; answers the changed tracks. */
  'library.tag': {
    input: z
      .object({ trackIds: z.array(z.string().min(1).max(100)).min(1).max(10_000), tag: TrackTag, on: z.boolean() })
      .strict(),
    output: z.array(LibraryTrack),
  },
  /** Where tracks are used (playlists, journeys, the running session), asked before removing them. */
  'library.usage': { input: TrackIds, output: TrackUsage },
  /** Removes tracks from the library and its playlists; the library's copies of their files are deleted. */
  'library.remove': { input: TrackIds, output: RemovalResult },
  /** What the renderer found when it tried each track: whether this app can play it. Answers the changed tracks. */
  'library.markPlayable': {
    input: z
      .object({
        results: z
          .array(z.object({ trackId: z.string().min(1).max(100), playable: z.boolean() }).strict())
          .min(1)
          .max(10_000),
      })
      .strict(),
    output: z.array(LibraryTrack),
  },
  /** The patient's choice waiting for the next session started within two hours, if any. */
  'patient.get': { input: NoInput, output: PendingChoice.nullable() },
  'patient.choose': { input: PatientChoice, output: PendingChoice },
  /** Staff discard a waiting choice (the patient left, or it was made for someone else). */
  'patient.clear': { input: NoInput, output: z.null() },
  /** This room's chosen sound output; null while the system's default plays. */
  'soundOutput.get': { input: NoInput, output: SoundOutputChoice.nullable() },
  'soundOutput.set': {
    input: z.object({ choice: SoundOutputChoice.nullable() }).strict(),
    output: SoundOutputChoice.nullable(),
  },
  'staff.status': { input: NoInput, output: StaffStatus },
  'staff.setPin': {
    input: z.object({ newPin: z.string().max(12), currentPin: z.string().max(12).optional() }).strict(),
    output: StaffStatus,
  },
  /** Shows the patient screen: staff screens stay closed until the PIN is given. */
  'staff.lock': { input: NoInput, output: StaffStatus },
  'staff.unlock': { input: z.object({ pin: z.string().max(12) }).strict(), output: StaffStatus },
  /** The system's file chooser (Electron) for a pack to import, where to export one, or a logo; null when cancelled. */
  'files.choose': { input: z.object({ purpose: FilePurpose }).strict(), output: z.string().nullable() },
  /** Copies a PNG or JPEG logo into the app and answers its name for the clinic settings. */
  'clinic.importLogo': { input: z.object({ path: PackPath }).strict(), output: z.object({ logo: z.string() }) },
  'pack.export': {
    input: z.object({ path: PackPath, includeAudio: z.boolean() }).strict(),
    output: z.object({ path: z.string(), tracks: z.number(), audioFiles: z.number() }),
  },
  /** What importing the pack would change; a pack that is unsafe, broken or incomplete is refused. */
  'pack.preview': { input: z.object({ path: PackPath }).strict(), output: PackPreviewSchema },
  /** All of it or nothing; the settings before are kept as a backup. */
  'pack.import': { input: z.object({ path: PackPath }).strict(), output: PackPreviewSchema },
  'pack.lastBackup': { input: NoInput, output: z.object({ takenAt: z.string() }).nullable() },
  'pack.restoreBackup': { input: NoInput, output: z.null() },
  'network.get': { input: NoInput, output: NetworkView },
  /** Saves the clinic network settings and connects again; a password left out keeps the one set, empty removes it. */
  'network.save': {
    input: z.object({ settings: ClinicNetworkSettings, password: z.string().max(1_024).optional() }).strict(),
    output: NetworkView,
  },
  'board.get': { input: NoInput, output: BoardView },
} as const satisfies Record<RequestChannel, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  'session.changed': SessionSnapshot.nullable(),
  'library.progress': z.object({ done: z.number(), total: z.number(), current: z.string() }),
  'lights.changed': z.array(LightOutputView),
  'programs.changed': z.array(Program),
  'journeys.changed': z.array(Journey),
  'clinic.changed': ClinicConfig,
  'playlists.changed': z.array(Playlist),
  'library.changed': LibraryChange,
  'network.changed': NetworkView,
  /** One room the board heard from, as it is now. */
  'board.room': z.object({ room: BoardRoomView, clockNow: z.number() }),
} as const satisfies Record<EventChannel, z.ZodType>;

export type Input<C extends RequestChannel> = z.input<(typeof contract)[C]['input']>;
/** A request as its handler receives it: validated, with defaults filled in. */
export type ParsedInput<C extends RequestChannel> = z.output<(typeof contract)[C]['input']>;
export type Output<C extends RequestChannel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>;

/** The renderer's view of the contract: one named async function per request channel. */
export type StillroomApi = {
  [C in RequestChannel]: (input: Input<C>) => Promise<Output<C>>;
};
