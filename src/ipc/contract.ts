import { z } from 'zod';
import { Playlist, PlaylistDraft } from '../audio/playlist';
import { ImportReport, LibraryTrack } from '../library/track';
import { Control } from '../session/controls';
import { HistoryRecord } from '../session/history';
import { Program } from '../session/program';
import { SessionRun } from '../session/run-log';
import type { EventChannel, RequestChannel } from './channels';

const NoInput = z.object({}).strict();

export const AppInfo = z.object({
  version: z.string(),
  clinicName: z.string(),
  roomName: z.string(),
  /** How much faster than real time the session clock runs (1 outside demos and tests). */
  timeScale: z.number().positive(),
  /** A problem found at start-up that staff should know about (e.g. a file moved aside). */
  notices: z.array(z.string()),
  /** Whether a system file chooser exists (Electron) or paths are typed (web host). */
  canChooseFiles: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** A session as the renderer needs it: its run log plus the session clock when it was sent. */
export const SessionSnapshot = z.object({
  run: SessionRun,
  clockNow: z.number(),
  timeScale: z.number().positive(),
  /** True after a restart until staff choose Resume session; no sound plays meanwhile. */
  awaitingResume: z.boolean(),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshot>;

export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
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
  'history.csv': { input: NoInput, output: z.string() },
  'library.list': { input: NoInput, output: z.array(LibraryTrack) },
  'library.chooseFiles': { input: z.object({ folders: z.boolean() }).strict(), output: z.array(z.string()) },
  'library.import': {
    input: z
      .object({
        paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000),
        mode: z.enum(['reference', 'copy']),
      })
      .strict(),
    output: ImportReport,
  },
  'playlists.list': { input: NoInput, output: z.array(Playlist) },
  'playlists.save': { input: PlaylistDraft, output: Playlist },
  'playlists.delete': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: z.null() },
} as const satisfies Record<RequestChannel, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  'session.changed': SessionSnapshot.nullable(),
  'library.progress': z.object({ done: z.number(), total: z.number(), current: z.string() }),
} as const satisfies Record<EventChannel, z.ZodType>;

export type Input<C extends RequestChannel> = z.input<(typeof contract)[C]['input']>;
export type Output<C extends RequestChannel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>;

/** The renderer's view of the contract: one named async function per request channel. */
export type StillroomApi = {
  [C in RequestChannel]: (input: Input<C>) => Promise<Output<C>>;
};
