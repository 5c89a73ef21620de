import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LightDriver, LightPlan, OutputStatus } from '../../main/lights/driver';
import { LightService, type DriverFactory } from '../../main/lights/light-service';
import { plainBox, SecretStore } from '../../main/services/secret-store';
import { ROOM_LEVEL_PCT, STAFF_LEVEL_PCT, STAFF_LIGHT_UP_MS } from '@domain/light/light-plan';
import type { LightOutput, LightOutputDraft } from '@domain/light/light-output';
import { TEST_FLASH } from '@domain/light/output-plan';
import { stateAt } from '@domain/session/state-at';
import { ManualClock } from '../support/manual-clock';
import { MIN, press, startRun, T0 } from '../support/runs';
import { fileStores, tempDir } from '../support/services';

/** A driver that records every plan it is handed and when, and whether it was closed. */
class RecordingDriver implements LightDriver {
  readonly plans: { at: number; plan: LightPlan }[] = [];
  closed = false;
  constructor(
    readonly output: LightOutput,
    private readonly clock: ManualClock,
  ) {}
  follow(plan: LightPlan): void {
    this.plans.push({ at: this.clock.now(), plan });
  }
  status(): OutputStatus {
    return { state: 'connected' };
  }
  onStatus(): () => void {
    return () => {};
  }
  async close(): Promise<void> {
    this.closed = true;
  }
  /** The level the driver would show at `at` under its latest plan. */
  levelAt(at: number): number {
    return this.plans.at(-1)!.plan.levelAt(at);
  }
}

function setUp(dataDir = tempDir(), clock = new ManualClock(T0), timeScale = 1, sessionClock = clock) {
  const drivers: RecordingDriver[] = [];
  const createDriver: DriverFactory = (output) => {
    const driver = new RecordingDriver(output, clock);
    drivers.push(driver);
    return driver;
  };
  const secrets = new SecretStore(dataDir, fileStores, plainBox);
  const lights = new LightService({
    dataDir,
    storeFactory: fileStores,
    sessionClock,
    realClock: clock,
    timeScale,
    secrets,
    createDriver,
  });
  const live = (id: string) => drivers.filter((d) => d.output.id === id && !d.closed).at(-1)!;
  return { lights, drivers, live, clock, dataDir, secrets };
}

const dmx = (name: string, extra: Partial<LightOutputDraft> = {}): LightOutputDraft =>
  ({
    kind: 'dmx',
    name,
    enabled: true,
    minPct: 0,
    maxPct: 100,
    programIds: null,
    dmx: { protocol: 'sacn', host: '127.0.0.1', universe: 1, startChannel: 1, fixtures: 1 },
    ...extra,
  }) as LightOutputDraft;

const homeAssistant = (name: string, token?: string): LightOutputDraft => ({
  kind: 'homeAssistant',
  name,
  enabled: true,
  minPct: 0,
  maxPct: 100,
  programIds: null,
  homeAssistant: { baseUrl: 'http://127.0.0.1:8123', entityIds: ['light.treatment_ceiling'] },
  ...(token === undefined ? {} : { token }),
});

describe('the light service', () => {
  it('starts each output at the level the room has now, within its own range, never at full', async () => {
    const { lights, live } = setUp();
    lights.start(null);
    const ceiling = lights.save(dmx('Ceiling', { minPct: 10, maxPct: 50 }));
    await lights.settled();
    expect(live(ceiling.output.id).levelAt(T0)).toBe(10 + (ROOM_LEVEL_PCT / 100) * 40);
  });

  it('hands every output a new plan the moment staff light is pressed, and it reaches staff level in 3 s', async () => {
    const { lights, live, clock } = setUp();
    const ids = ['Ceiling', 'Lamp', 'Strip'].map((name) => lights.save(dmx(name)).output.id);
    await lights.settled();
    let run = startRun('timed-40', T0);
    lights.followRun(run);
    clock.advance(10 * MIN);
    run = press(run, 'staffLightOn', clock.now());
    lights.followRun(run);
    for (const id of ids) {
      expect(live(id).plans.at(-1)!.at).toBe(clock.now());
      expect(live(id).levelAt(clock.now() + STAFF_LIGHT_UP_MS)).toBe(STAFF_LEVEL_PCT);
      expect(live(id).levelAt(clock.now())).toBeCloseTo(stateAt(run, clock.now()).light.levelPct, 9);
    }
  });

  it('keeps an output that follows other programs at room level', async () => {
    const { lights, live } = setUp();
    const other = lights.save(dmx('Other room program', { programIds: ['iv-60'] })).output.id;
    await lights.settled();
    lights.followRun(startRun('timed-40', T0));
    expect(live(other).levelAt(T0 + 20 * MIN)).toBe(ROOM_LEVEL_PCT);
  });

  it('flashes an output to half its range for two seconds when tested', async () => {
    const { lights, live, clock } = setUp();
    const id = lights.save(dmx('Ceiling', { minPct: 0, maxPct: 60 })).output.id;
    await lights.settled();
    lights.testFlash(id);
    expect(live(id).levelAt(clock.now() + 1_000)).toBe(30);
    expect(live(id).levelAt(clock.now() + TEST_FLASH.holdMs)).toBe(0.6 * ROOM_LEVEL_PCT);
    expect(live(id).plans.at(-1)!.plan.nextBendAfter!(clock.now())).toBe(clock.now() + TEST_FLASH.rampMs);
  });

  it('ends a test flash the moment the session needs the light (staff light, a new phase)', async () => {
    const { lights, live, clock } = setUp();
    const id = lights.save(dmx('Ceiling')).output.id;
    await lights.settled();
    lights.testFlash(id);
    let run = startRun('timed-40', clock.now());
    clock.advance(500);
    run = press(run, 'staffLightOn', clock.now());
    lights.followRun(run);
    expect(live(id).levelAt(clock.now() + STAFF_LIGHT_UP_MS)).toBe(STAFF_LEVEL_PCT);
  });

  it('tells drivers real time when the session clock runs faster (demos and tests)', async () => {
    const real = new ManualClock(T0);
    const session = new ManualClock(T0);
    const { lights, live } = setUp(tempDir(), real, 60, session);
    const id = lights.save(dmx('Ceiling')).output.id;
    await lights.settled();
    const run = startRun('timed-40', T0);
    lights.followRun(run);
    // One real second is a session minute: the 60 s opening fade ends after one real second.
    const fadeEnd = T0 + run.program.phases[0]!.light.fadeSec * 1000;
    expect(live(id).levelAt(T0 + 1_000)).toBe(stateAt(run, fadeEnd).light.levelPct);
    expect(live(id).plans.at(-1)!.plan.nextBendAfter!(T0)).toBe(T0 + 1_000);
  });

  it('restarts an edited output only after the old driver has closed', async () => {
    const { lights, drivers } = setUp();
    const saved = lights.save(dmx('Ceiling'));
    await lights.settled();
    lights.save({ ...dmx('Ceiling, dimmer'), id: saved.output.id } as LightOutputDraft);
    await lights.settled();
    expect(drivers).toHaveLength(2);
    expect(drivers[0]!.closed).toBe(true);
    expect(drivers[1]!.output.name).toBe('Ceiling, dimmer');
    expect(lights.outputs().map((v) => v.output.name)).toEqual(['Ceiling, dimmer']);
  });

  it('refuses an invalid output and leaves the saved set-up byte for byte as it was', async () => {
    const { lights, dataDir } = setUp();
    lights.save(dmx('Ceiling'));
    const file = path.join(dataDir, 'lighting.json');
    const before = fs.readFileSync(file);
    expect(() => lights.save(dmx('Broken', { minPct: 80, maxPct: 20 }))).toThrow(/lowest level/i);
    expect(() => lights.save({ ...dmx('Gone'), id: 'no-such-output' } as LightOutputDraft)).toThrow(/no longer exists/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps a Home Assistant token out of the settings file and forgets it with the output', async () => {
    const { lights, dataDir, secrets } = setUp();
    expect(() => lights.save(homeAssistant('Lamps'))).toThrow(/access token/);
    const token = 'eyJhbGciOiJIUzI1NiJ9.a-long-lived-token';
    const saved = lights.save(homeAssistant('Lamps', token)).output;
    expect(fs.readFileSync(path.join(dataDir, 'lighting.json'), 'utf8')).not.toContain(token);
    expect(saved.kind === 'homeAssistant' && secrets.get(saved.homeAssistant.tokenRef)).toBe(token);
    // Editing without a new token keeps the stored one.
    lights.save({ ...homeAssistant('Lamps, warm'), id: saved.id });
    expect(secrets.get(`ha-${saved.id}`)).toBe(token);
    await lights.remove(saved.id);
    expect(secrets.get(`ha-${saved.id}`)).toBeUndefined();
  });

  it('will not save a Hue output before the bridge is paired', () => {
    const { lights } = setUp();
    const hue: LightOutputDraft = {
      kind: 'hue',
      name: 'Hue room',
      enabled: true,
      minPct: 0,
      maxPct: 100,
      programIds: null,
      hue: {
        bridgeHost: '192.168.1.20',
        bridgeId: '001788fffe23bfc2',
        groupedLight: { id: '8b1b8d2e-4e07-4a5c-9a4e-2b1f8b0d9f10', name: 'Treatment', kind: 'room' },
      },
    };
    expect(() => lights.save(hue)).toThrow(/Pair with the Hue bridge first/);
  });

  it('moves an unreadable set-up aside, says so, and starts with no outputs', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'lighting.json'), '{"version": 1, "outputs": [');
    const { lights } = setUp(dataDir);
    expect(lights.notice).toMatch(/lighting\.json could not be read .* moved to .*lighting\.unreadable-/);
    expect(lights.outputs()).toEqual([]);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('lighting.unreadable-'))).toBe(true);
  });

  it('gives each install its own sACN source id and keeps it', () => {
    const first = setUp();
    first.lights.save(dmx('Ceiling'));
    const second = setUp();
    second.lights.save(dmx('Ceiling'));
    const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'lighting.json'), 'utf8')).sourceId;
    const firstId = read(first.dataDir);
    expect(firstId).toMatch(/^[0-9a-f]{32}$/);
    expect(firstId).not.toBe(read(second.dataDir));
    setUp(first.dataDir).lights.save(dmx('Lamp'));
    expect(read(first.dataDir)).toBe(firstId);
  });

  it('closes every driver on close', async () => {
    const { lights, drivers } = setUp();
    lights.save(dmx('Ceiling'));
    lights.save(dmx('Lamp'));
    await lights.settled();
    await lights.close();
    expect(drivers.map((d) => d.closed)).toEqual([true, true]);
  });
});
