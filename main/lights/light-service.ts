import { randomBytes } from 'node:crypto';
import type { Clock } from '@domain/clock';
import { LightingConfig, LightOutput, LIGHTING_VERSION, type LightOutputDraft } from '@domain/light/light-output';
import { nextOutputBend, outputLevelAt } from '@domain/light/output-plan';
import type { SessionRun } from '@domain/session/run-log';
import { openValidatedStore, type DocumentStore, type StoreFactory } from '../services/document-store';
import type { SecretStore } from '../services/secret-store';
import { UserError } from '../services/user-error';
import { hueKeyRef } from './hue-pairing';
import { failedDriver, type LightDriver, type LightPlan, type OutputStatus } from './driver';
import { errorMessage } from '@domain/error-message';

/** Builds the driver for one output; the service owns it from then on. */
export type DriverFactory = (output: LightOutput, context: { clock: Clock; sourceId: string }) => LightDriver;

/** An output as the setup screen and the console show it. */
export interface LightOutputView {
  output: LightOutput;
  status: OutputStatus;
}

export interface LightServiceOptions {
  dataDir: string;
  storeFactory: StoreFactory;
  /** The session clock (scaled in demos and tests). */
  sessionClock: Clock;
  /** Real time, for the drivers' own timers and frames. */
  realClock: Clock;
  timeScale: number;
  secrets: SecretStore;
  createDriver: DriverFactory;
}

/**
 * Sends the room's light to every output the clinic has set up. Each output's course is a
 * plan derived from the live run log (stateAt's light level within the output's own range);
 * every run-log change hands every driver a fresh plan at once, so staff light reaches them
 * all together. Drivers run on their own timers: a slow one never holds up the others.
 */
export class LightService {
  private readonly store: DocumentStore<LightingConfig>;
  readonly notice: string | null;
  private readonly drivers = new Map<string, { driver: LightDriver; stopWatching: () => void }>();
  private readonly flashes = new Map<string, number>();
  private readonly listeners = new Set<(outputs: LightOutputView[]) => void>();
  private run: SessionRun | null = null;
  private restarts: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: LightServiceOptions) {
    const opened = openValidatedStore(options.storeFactory, {
      name: 'lighting',
      cwd: options.dataDir,
      schema: LightingConfig,
      defaults: { version: LIGHTING_VERSION, sourceId: randomBytes(16).toString('hex'), outputs: [] },
    });
    this.store = opened.store;
    this.notice = opened.notice;
  }

  /** Starts every enabled output at the level the room should have now: never a jump to full. */
  start(run: SessionRun | null): void {
    this.run = run;
    for (const output of this.config.outputs) this.restart(output);
  }

  /** A new run-log entry (or none: the room is idle): every output follows at once. */
  followRun(run: SessionRun | null): void {
    this.run = run;
    // The room comes first: staff light or a new phase ends any test flash at once.
    this.flashes.clear();
    for (const output of this.config.outputs) this.drivers.get(output.id)?.driver.follow(this.planFor(output));
  }

  outputs(): LightOutputView[] {
    return this.config.outputs.map((output) => ({
      output,
      status: this.drivers.get(output.id)?.driver.status() ?? { state: 'off' },
    }));
  }

  /** Adds or replaces an output; its driver restarts with the new settings. */
  save(draft: LightOutputDraft): LightOutputView {
    const id = draft.id ?? this.newId(draft.name);
    const existing = this.config.outputs.find((o) => o.id === id);
    if (draft.id !== undefined && !existing) throw new UserError('That light output no longer exists.');
    const output = LightOutput.parse(this.withSecrets(id, draft));
    const outputs = existing
      ? this.config.outputs.map((o) => (o.id === id ? output : o))
      : [...this.config.outputs, output];
    this.store.store = { ...this.config, outputs: LightingConfig.shape.outputs.parse(outputs) };
    this.restart(output);
    this.changed();
    return this.outputs().find((view) => view.output.id === id)!;
  }

  async remove(id: string): Promise<void> {
    const output = this.config.outputs.find((o) => o.id === id);
    if (!output) return;
    this.store.store = { ...this.config, outputs: this.config.outputs.filter((o) => o.id !== id) };
    if (output.kind === 'homeAssistant') this.options.secrets.delete(output.homeAssistant.tokenRef);
    await this.stop(id);
    this.changed();
  }

  /** "Test": the output goes to half its range for two seconds, then back to what the room needs. */
  testFlash(id: string): void {
    const output = this.config.outputs.find((o) => o.id === id);
    const running = this.drivers.get(id);
    if (!output || !running) throw new UserError('Switch the output on before testing it.');
    this.flashes.set(id, this.options.sessionClock.now());
    running.driver.follow(this.planFor(output));
  }

  onChange(listener: (outputs: LightOutputView[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops every driver (sACN says goodbye with its stream-terminated packets). */
  async close(): Promise<void> {
    this.closed = true;
    await this.restarts;
    await Promise.all([...this.drivers.keys()].map((id) => this.stop(id)));
  }

  private get config(): LightingConfig {
    return this.store.store;
  }

  private withSecrets(id: string, draft: LightOutputDraft): unknown {
    const { secrets } = this.options;
    if (draft.kind === 'hue') {
      const applicationKeyRef = hueKeyRef(draft.hue.bridgeId);
      if (secrets.get(applicationKeyRef) === undefined) {
        throw new UserError('Pair with the Hue bridge first: press its link button, then choose Pair.');
      }
      return { ...draft, id, hue: { ...draft.hue, applicationKeyRef } };
    }
    if (draft.kind === 'homeAssistant') {
      const { token, ...rest } = draft;
      const tokenRef = `ha-${id}`;
      if (token !== undefined) secrets.set(tokenRef, token);
      else if (secrets.get(tokenRef) === undefined) {
        throw new UserError('Paste a long-lived access token from your Home Assistant profile.');
      }
      return { ...rest, id, homeAssistant: { ...rest.homeAssistant, tokenRef } };
    }
    return { ...draft, id };
  }

  private newId(name: string): string {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 30) || 'output';
    let id = base;
    for (let n = 2; this.config.outputs.some((o) => o.id === id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Restarts run one after another, so an old sACN stream has said goodbye before its successor starts. */
  private restart(output: LightOutput): void {
    this.restarts = this.restarts.then(async () => {
      await this.stop(output.id);
      const current = this.config.outputs.find((o) => o.id === output.id);
      if (!current?.enabled || this.closed) return;
      const { createDriver, realClock } = this.options;
      let driver: LightDriver;
      try {
        driver = createDriver(current, { clock: realClock, sourceId: this.config.sourceId });
      } catch (error) {
        driver = failedDriver(`It could not start: ${errorMessage(error)}`);
      }
      const stopWatching = driver.onStatus(() => this.changed());
      this.drivers.set(current.id, { driver, stopWatching });
      driver.follow(this.planFor(current));
      this.changed();
    });
  }

  /** Resolves once every output started or restarted so far is running. */
  settled(): Promise<void> {
    return this.restarts;
  }

  private async stop(id: string): Promise<void> {
    const running = this.drivers.get(id);
    if (!running) return;
    this.drivers.delete(id);
    running.stopWatching();
    await running.driver.close();
  }

  /** One output's course, told in real time (drivers keep real time; the session clock may be scaled). */
  private planFor(output: LightOutput): LightPlan {
    const { sessionClock, realClock, timeScale } = this.options;
    const run = this.run;
    const flashAt = this.flashes.get(output.id) ?? null;
    const toSession = (real: number) => sessionClock.now() + (real - realClock.now()) * timeScale;
    const toReal = (session: number) => realClock.now() + (session - sessionClock.now()) / timeScale;
    return {
      levelAt: (real) => outputLevelAt(output, run, flashAt, toSession(real)),
      nextBendAfter: (real) => {
        const bend = nextOutputBend(output, run, flashAt, toSession(real));
        return bend === null ? null : toReal(bend);
      },
    };
  }

  private changed(): void {
    const outputs = this.outputs();
    for (const listener of this.listeners) listener(outputs);
  }
}
