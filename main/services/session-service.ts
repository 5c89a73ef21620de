import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../src/clock';
import type { ClinicConfig } from '../../src/clinic/clinic-config';
import { historyRecord } from '../../src/session/history';
import { applyControl, type Control } from '../../src/session/controls';
import type { Playlist } from '../../src/audio/playlist';
import type { TrackTag } from '../../src/library/track-tags';
import type { Journey } from '../../src/music/journey';
import { sessionMusic } from '../../src/music/session-music';
import type { PatientChoice } from '../../src/patient/patient-choice';
import type { Program } from '../../src/session/program';
import { SessionRun } from '../../src/session/run-log';
import type { SessionSnapshot } from '../../src/ipc/contract';
import { openValidatedStore, type StoreFactory } from './document-store';
import type { HistoryService } from './history-service';
import { UserError } from './user-error';

export const RunDocument = z.object({ run: SessionRun.nullable() });
export type RunDocument = z.infer<typeof RunDocument>;

type Listener = (snapshot: SessionSnapshot | null) => void;

/** Where a starting session finds its music and the patient's choice. */
export interface SessionMusicSources {
  playlist(id: string): Playlist | undefined;
  playlists(): Playlist[];
  tagsOf(trackId: string): readonly TrackTag[];
  /** The patient's choice for this session, used up by it. */
  patientChoice(): { choice: PatientChoice; journey: Journey } | null;
}

/**
 * Owns the live session: its run log, persisted on every entry so a restarted app resumes
 * at the right second. Everything else is derived from the log with stateAt.
 */
export class SessionService {
  private run: SessionRun | null;
  /** A live session found on disk at start-up waits for staff to take it up again. */
  private awaitingResume: boolean;
  private readonly listeners = new Set<Listener>();
  private readonly store;
  readonly notice: string | null;

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
    },
  ) {
    const opened = openValidatedStore(deps.storeFactory, {
      name: 'session-run',
      cwd: deps.dataDir,
      schema: RunDocument,
      defaults: { run: null },
    });
    this.store = opened.store;
    this.notice = opened.notice;
    this.run = RunDocument.parse(this.store.store).run;
    this.awaitingResume = this.run !== null && !this.isClosed(this.run);
  }

  private isClosed(run: SessionRun): boolean {
    return run.events.some((e) => e.type === 'close');
  }

  snapshot(): SessionSnapshot | null {
    if (!this.run) return null;
    return {
      run: this.run,
      clockNow: this.deps.clock.now(),
      timeScale: this.deps.timeScale,
      awaitingResume: this.awaitingResume,
    };
  }

  /**
   * Starts a program. The patient's journey, if they chose one, gives each part its music (with
   * what they ruled out left out); otherwise a playlist staff chose plays in the treatment phases.
   */
  start(programId: string, playlistId?: string): SessionSnapshot {
    if (this.run && !this.isClosed(this.run)) {
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
      checklist: clinic.dischargeChecklist,
      patient: patient
        ? { journeyName: patient.journey.name, comfort: patient.choice.comfort, intention: patient.choice.intention }
        : null,
      events: [{ type: 'start', at: this.deps.clock.now() }],
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

  control(control: Control): SessionSnapshot {
    if (!this.run) throw new UserError('No session is running.');
    const result = applyControl(this.run, control, this.deps.clock.now());
    if (!result.ok) throw new UserError(result.reason);
    if (result.ignored) return this.snapshot()!;
    this.commit(result.run);
    if (control.type === 'close') this.deps.history.append(historyRecord(result.run));
    return this.snapshot()!;
  }

  /** Clears a closed session so the room is ready for the next patient. */
  dismiss(): void {
    if (!this.run) return;
    if (!this.isClosed(this.run)) {
      throw new UserError('Close the session before clearing it.');
    }
    this.commit(null);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private commit(run: SessionRun | null): void {
    this.store.store = { run };
    this.run = run;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}
