import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '@domain/clock';
import type { ClinicConfig } from '@domain/clinic/clinic-config';
import { historyRecord } from '@domain/session/history';
import { applyControl, buttonOf, type Control } from '@domain/session/controls';
import type { Playlist } from '@domain/audio/playlist';
import type { TrackTag } from '@domain/library/track-tags';
import type { Journey } from '@domain/music/journey';
import { sessionMusic } from '@domain/music/session-music';
import type { PatientChoice } from '@domain/patient/patient-choice';
import { sessionChecklist } from '@domain/session/checklist';
import type { Program } from '@domain/session/program';
import { isClosed, MAX_RUN_EVENTS, SessionRun } from '@domain/session/run-log';
import type { SessionSnapshot } from '@domain/ipc/contract';
import { BackgroundWriter, describeStorageError } from './background-writer';
import { openValidatedStore, type StoreFactory } from './document-store';
import type { HistoryService } from './history-service';
import { UserError } from './user-error';

export const RunDocument = z.object({
  run: SessionRun.nullable(),
  /** The last moment the app was known to be running this session, so a restart can say how long it was down. */
  aliveAt: z.number().nullable().default(null),
});
export type RunDocument = z.infer<typeof RunDocument>;

/** How often a live session notes that the app is still running. */
export const ALIVE_EVERY_MS = 30_000;

type Listener = (snapshot: SessionSnapshot | null) => void;

/** Where a starting session finds its music and the patient's choice. */
export interface SessionMusicSources {
  playlist(id: string): Playlist | undefined;
  playlists(): Playlist[];
  tagsOf(trackId: string): readonly TrackTag[];
  /** The patient's choice for this session, used up by it. */
  patientChoice(): { choice: PatientChoice; journey: Journey } | null;
}

/** The banner staff see while the run log cannot be written. */
export function unsavedBanner(problem: string): string {
  return `Cannot save: ${problem}. The session goes on; changes are kept in memory.`;
}

/**
 * Owns the live session: its run log, kept in memory and written on every entry so a restarted
 * app resumes at the right second. Everything else is derived from the log with stateAt.
 * A control acts at once and is written as soon as the disk allows (in the background, retried
 * while the disk refuses); only Close waits, for the history line.
 */
export class SessionService {
  private run: SessionRun | null;
  /** A live session found on disk at start-up waits for staff to take it up again. */
  private awaitingResume: boolean;
  /** Close is writing the history line; other presses wait for it to finish. */
  private closing = false;
  /** The last press this run of the app saw, on its monotonic clock, for the double-press guard. */
  private lastPress: { button: string; at: number } | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly writer: BackgroundWriter<RunDocument>;
  private readonly aliveTimer: ReturnType<typeof setInterval>;
  readonly notice: string | null;
  /**
   * The session clock: monotonic within this run of the app. After a restart it trusts the
   * computer's clock, unless that reads earlier than the session's last sign of life; then it
   * carries on from there, so the log never runs backwards.
   */
  readonly clock: Clock;

  constructor(
    private readonly deps: {
      clock: Clock;
      timeScale: number;
      storeFactory: StoreFactory;
      dataDir: string;
      programs: () => Program[];
      clinic: () => ClinicConfig;
      music: SessionMusicSources;
      history: HistoryService;
      reportError?: (error: unknown) => void;
    },
  ) {
    const opened = openValidatedStore(deps.storeFactory, {
      name: 'session-run',
      cwd: deps.dataDir,
      schema: RunDocument,
      defaults: { run: null, aliveAt: null },
    });
    this.notice = opened.notice;
    const { run, aliveAt } = RunDocument.parse(opened.store.store);
    this.writer = new BackgroundWriter(opened.store.path, deps.reportError);
    this.run = run;
    this.awaitingResume = run !== null && !isClosed(run);

    const downSince = run && this.awaitingResume ? Math.max(run.events.at(-1)!.at, aliveAt ?? -Infinity) : null;
    const clockBackMs = downSince === null ? 0 : Math.max(0, downSince - deps.clock.now());
    this.clock = clockBackMs === 0 ? deps.clock : { now: () => deps.clock.now() + clockBackMs };
    // A log with no room left keeps its last place for Close rather than note the restart.
    if (run && downSince !== null && run.events.length < MAX_RUN_EVENTS - 1) {
      this.write({
        ...run,
        events: [...run.events, { type: 'restart', at: this.clock.now(), downSince, clockBackMs }],
      });
    }
    // A session closed before the app stopped has its history line, even if an earlier version wrote the run first.
    if (run && isClosed(run) && !deps.history.has(run.id)) void this.appendHistory(run).catch(deps.reportError);
    this.aliveTimer = setInterval(() => this.noteAlive(), ALIVE_EVERY_MS);
    this.aliveTimer.unref?.();
  }

  snapshot(): SessionSnapshot | null {
    if (!this.run) return null;
    return {
      run: this.run,
      clockNow: this.clock.now(),
      timeScale: this.deps.timeScale,
      awaitingResume: this.awaitingResume,
      unsaved: this.writer.problem === null ? null : unsavedBanner(this.writer.problem),
    };
  }
  /**
   * Starts a program. The patient's journey, if they chose one, gives each part its music (with
   * what they ruled out left out); otherwise a playlist staff chose plays in the treatment phases.
   */
  start(programId: string, playlistId?: string): SessionSnapshot {
    if (this.run && !isClosed(this.run)) {
      throw new UserError('A session is already running in this room. Close it before starting another.');
    }
    const program = this.deps.programs().find((p) => p.id === programId);
    if (!program) throw new UserError(`There is no program with the id "${programId}".`);
    const playlist = playlistId === undefined ? undefined : this.deps.music.playlist(playlistId);
    if (playlistId !== undefined && !playlist) throw new UserError('That playlist no longer exists. Choose another.');
    const patient = this.deps.music.patientChoice();
    const music = sessionMusic({
      program,
      journey: patient?.journey,
      playlist,
      playlists: this.deps.music.playlists(),
      tagsOf: this.deps.music.tagsOf,
      avoid: patient ? { tags: patient.choice.avoidTags, trackIds: patient.choice.avoidTrackIds } : undefined,
    });
    const clinic = this.deps.clinic();
    this.awaitingResume = false;
    this.commit({
      id: randomUUID(),
      program: music.program,
      room: clinic.roomName,
      playlists: music.playlists,
      checklist: sessionChecklist(clinic.dischargeChecklist, program.checklist),
      earlyCloseReasons: clinic.earlyCloseReasons,
      patient: patient
        ? {
            journeyName: patient.journey.name,
            comfort: patient.choice.comfort,
            intention: patient.choice.intention,
            language: patient.choice.language,
          }
        : null,
      events: [{ type: 'start', at: this.clock.now() }],
    });
    return this.snapshot()!;
  }

  /** Staff take up a session that was running when the app stopped. */
  continueAfterRestart(): SessionSnapshot {
    if (!this.run) throw new UserError('No session is running.');
    this.awaitingResume = false;
    this.commit(this.run);
    return this.snapshot()!;
  }

  /** Applies a control at once, in memory; it is written as soon as the disk allows. Close goes through `close`. */
  control(control: Control): SessionSnapshot {
    if (control.type === 'close') throw new Error('Close waits for the history line: call closeSession.');
    const result = this.apply(control);
    if (!result.ignored) this.commit(result.run);
    return this.snapshot()!;
  }

  /**
   * Closes the session once its history line is safely on disk. If the disk refuses it, the
   * session stays open (nothing is lost) and Close can be pressed again.
   */
  async closeSession(control: Extract<Control, { type: 'close' }>): Promise<SessionSnapshot> {
    const result = this.apply(control);
    if (result.ignored) return this.snapshot()!;
    this.closing = true;
    try {
      await this.appendHistory(result.run);
    } catch (error) {
      throw new UserError(
        `The session was not closed: its history line could not be saved (${describeStorageError(error)}). ` +
          'Nothing is lost and the session goes on. Press Close session again once the disk has room or is writable.',
      );
    } finally {
      this.closing = false;
    }
    this.commit(result.run);
    return this.snapshot()!;
  }

  private apply(control: Control): { run: SessionRun; ignored: boolean } {
    if (!this.run) throw new UserError('No session is running.');
    // The close is being written; nothing may slip in between its history line and its log entry.
    if (this.closing) throw new UserError('The session is closing. Wait a moment.');
    // The guard counts on the monotonic clock of this run, never on logged times a restart may have moved.
    const pressedAt = this.deps.clock.now();
    const button = buttonOf(control);
    const sincePreviousPressMs = this.lastPress?.button === button ? pressedAt - this.lastPress.at : null;
    const result = applyControl(this.run, control, this.clock.now(), { sincePreviousPressMs });
    if (!result.ok) throw new UserError(result.reason);
    if (!result.ignored) this.lastPress = { button, at: pressedAt };
    return result;
  }

  /** Resolves once the run log in memory is on disk (tests, and quitting). */
  whenWritten(): Promise<void> {
    return this.writer.whenWritten();
  }

  /** Called with the banner's text whenever saving starts or stops failing. */
  onUnsavedChange(listener: (banner: string | null) => void): () => void {
    return this.writer.onProblem((problem) => listener(problem === null ? null : unsavedBanner(problem)));
  }

  /** Clears a closed session so the room is ready for the next patient. */
  dismiss(): void {
    if (!this.run) return;
    if (!isClosed(this.run)) {
      throw new UserError('Close the session before clearing it.');
    }
    this.commit(null);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops noting that the app is alive (on quit), after one last try to write what is waiting. */
  close(): Promise<void> {
    clearInterval(this.aliveTimer);
    return this.writer.close();
  }

  /** Notes that the app is still running a live session, so a restart can tell how long it was down. */
  noteAlive(): void {
    if (this.run && !isClosed(this.run)) this.write(this.run);
  }

  /** Keeps the run in memory at once and has it written as soon as the disk allows. */
  private write(run: SessionRun | null): void {
    this.run = run;
    this.writer.save({ run, aliveAt: run ? this.clock.now() : null });
  }

  private appendHistory(closed: SessionRun): Promise<void> {
    return this.deps.history.append(historyRecord(closed));
  }

  private commit(run: SessionRun | null): void {
    this.write(run);
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}
