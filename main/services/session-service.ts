import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../src/clock';
import { applyControl, type Control } from '../../src/session/controls';
import type { Program } from '../../src/session/program';
import { SessionRun } from '../../src/session/run-log';
import { stateAt } from '../../src/session/state-at';
import type { SessionSnapshot } from '../../src/ipc/contract';
import { openValidatedStore, type StoreFactory } from './document-store';
import { UserError } from './user-error';

export const RunDocument = z.object({ run: SessionRun.nullable() });
export type RunDocument = z.infer<typeof RunDocument>;

type Listener = (snapshot: SessionSnapshot | null) => void;

/**
 * Owns the live session: its run log, persisted on every entry so a restarted app resumes
 * at the right second. Everything else is derived from the log with stateAt.
 */
export class SessionService {
  private run: SessionRun | null;
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
  }

  snapshot(): SessionSnapshot | null {
    if (!this.run) return null;
    return { run: this.run, clockNow: this.deps.clock.now(), timeScale: this.deps.timeScale };
  }

  start(programId: string): SessionSnapshot {
    if (this.run && stateAt(this.run, this.deps.clock.now()).status !== 'closed') {
      throw new UserError('A session is already running in this room. Close it before starting another.');
    }
    const program = this.deps.programs().find((p) => p.id === programId);
    if (!program) throw new UserError(`There is no program with the id "${programId}".`);
    this.commit({ id: randomUUID(), program, events: [{ type: 'start', at: this.deps.clock.now() }] });
    return this.snapshot()!;
  }

  control(control: Control): SessionSnapshot {
    if (!this.run) throw new UserError('No session is running.');
    const result = applyControl(this.run, control, this.deps.clock.now());
    if (!result.ok) throw new UserError(result.reason);
    if (!result.ignored) this.commit(result.run);
    return this.snapshot()!;
  }

  /** Clears a closed session so the room is ready for the next patient. */
  dismiss(): void {
    if (!this.run) return;
    if (stateAt(this.run, this.deps.clock.now()).status !== 'closed') {
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
