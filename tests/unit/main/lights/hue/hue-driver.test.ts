import { afterEach, describe, expect, it } from 'vitest';
import { HueDriver } from '../../../../../main/lights/hue/hue-driver';
import { FakeHueBridge, TREATMENT_ROOM } from '../../../../support/fake-hue-bridge';
import { fadePlan, steadyPlan } from '../../../../support/light-plans';
import { ManualClock } from '../../../../support/manual-clock';
import { ManualTimers } from '../../../../support/manual-timers';
import { T0 } from '../../../../support/runs';
import { OTHER_BRIDGE_ID } from '../../../../support/test-certificates';

const SEC = 1_000;
const PUT_PATH = `/clip/v2/resource/grouped_light/${TREATMENT_ROOM.groupedLightId}`;
const running: { bridge: FakeHueBridge; driver: HueDriver }[] = [];

afterEach(async () => {
  for (const { bridge, driver } of running.splice(0)) {
    await driver.close();
    await bridge.close();
  }
});

/**
 * A driver on a hand-moved clock talking to a fake bridge over real HTTPS. `advance` moves the
 * clock and then waits (in real time) until the request it caused has been answered.
 */
async function setUp(groupedLight = { id: TREATMENT_ROOM.groupedLightId, name: 'Treatment room' }) {
  const clock = new ManualClock(T0);
  const timers = new ManualTimers(clock);
  const bridge = await FakeHueBridge.start({ clock });
  bridge.applicationKeys.add('room-1-key');
  const driver = new HueDriver({
    bridge: bridge.connection(),
    groupedLight,
    applicationKey: 'room-1-key',
    clock,
    timers,
  });
  running.push({ bridge, driver });
  const advance = async (ms: number) => {
    await timers.advance(ms);
    await driver.idle();
    await timers.advance(0);
  };
  return { clock, timers, bridge, driver, advance };
}

describe('the Hue driver', () => {
  it('sends a 60 s fade to the bridge as 5 s chunks whose levels follow the plan', async () => {
    const { bridge, driver, advance } = await setUp();
    const plan = fadePlan(T0, 60 * SEC, 70, 10);
    driver.follow(plan);
    await advance(0);
    for (let chunk = 1; chunk < 12; chunk++) await advance(5 * SEC);

    const puts = bridge.requestsTo('PUT', PUT_PATH);
    expect(puts.map((r) => r.at - T0)).toEqual(Array.from({ length: 12 }, (_, k) => k * 5 * SEC));
    for (const put of puts) {
      expect(put.headers['hue-application-key']).toBe('room-1-key');
      expect(put.body).toEqual({
        on: { on: true },
        dimming: { brightness: plan.levelAt(put.at + 5 * SEC) },
        dynamics: { duration: 5 * SEC },
      });
    }
    expect(bridge.groupedLights.get(TREATMENT_ROOM.groupedLightId)!.brightness).toBe(10);
    expect(driver.status()).toEqual({ state: 'connected' });

    // Steady at 10 %: nothing until the refresh a minute after the last request.
    await advance(59 * SEC);
    expect(bridge.requestsTo('PUT', PUT_PATH)).toHaveLength(12);
    await advance(1 * SEC);
    expect(bridge.requestsTo('PUT', PUT_PATH).at(-1)!.body).toEqual({
      on: { on: true },
      dimming: { brightness: 10 },
      dynamics: { duration: 1_000 },
    });
  });

  it('gets staff light to the bridge within a second even right after a chunk', async () => {
    const { bridge, driver, advance } = await setUp();
    driver.follow(fadePlan(T0, 60 * SEC, 70, 10));
    await advance(0);
    await advance(5 * SEC);
    await advance(150);
    const pressedAt = T0 + 5 * SEC + 150;
    driver.follow(fadePlan(pressedAt, 3 * SEC, 64.25, 85));
    await advance(850);

    const [chunk, staff] = bridge.requestsTo('PUT', PUT_PATH).slice(-2);
    expect(staff!.at - pressedAt).toBeLessThanOrEqual(1_000);
    expect(staff!.at - chunk!.at).toBeGreaterThanOrEqual(1_000);
    expect(staff!.body).toMatchObject({ on: { on: true }, dimming: { brightness: 85 } });
    const duration = (staff!.body as { dynamics: { duration: number } }).dynamics.duration;
    expect(staff!.at + duration - (pressedAt + 3 * SEC)).toBeGreaterThanOrEqual(0);
    expect(staff!.at + duration - (pressedAt + 3 * SEC)).toBeLessThanOrEqual(5);
  });

  it('backs off when the bridge answers 429, then gets the level through', async () => {
    const { bridge, driver, advance } = await setUp();
    bridge.rateLimitNext = 1;
    driver.follow(steadyPlan(30));
    await advance(0);
    expect(driver.status()).toMatchObject({ state: 'retrying', reason: expect.stringContaining('slow down') });

    await advance(999);
    expect(bridge.requestsTo('PUT', PUT_PATH)).toHaveLength(1);
    await advance(1);
    expect(bridge.requestsTo('PUT', PUT_PATH).map((r) => r.at - T0)).toEqual([0, 1_000]);
    expect(driver.status()).toEqual({ state: 'connected' });
    expect(bridge.groupedLights.get(TREATMENT_ROOM.groupedLightId)).toMatchObject({ on: true, brightness: 30 });
  });

  it('fails naming a light the bridge does not know, and stops asking', async () => {
    const { bridge, driver, timers, advance } = await setUp({
      id: '11111111-2222-4333-8444-555555555555',
      name: 'Recovery corner',
    });
    driver.follow(steadyPlan(30));
    await advance(0);
    expect(driver.status()).toMatchObject({ state: 'failed', reason: expect.stringContaining('"Recovery corner"') });
    await advance(120 * SEC);
    expect(bridge.requests).toHaveLength(1);
    expect(timers.pending()).toBe(0);
  });

  it('fails with a clear reason when the certificate names another bridge, sending nothing', async () => {
    const { bridge, driver, advance } = await setUp();
    bridge.serve('wrongName');
    const statuses: unknown[] = [];
    driver.onStatus((status) => statuses.push(status));
    driver.follow(steadyPlan(30));
    await advance(0);
    expect(statuses).toEqual([
      {
        state: 'failed',
        reason: expect.stringMatching(
          new RegExp(`^The device at 127\\.0\\.0\\.1 is not the Hue bridge .*"${OTHER_BRIDGE_ID}"`),
        ),
      },
    ]);
    expect(bridge.requests).toEqual([]);
  });

  it('stops every timer on close, even in the middle of a fade', async () => {
    const { bridge, driver, timers, advance } = await setUp();
    driver.follow(fadePlan(T0, 60 * SEC, 70, 10));
    await advance(0);
    await advance(5 * SEC);
    expect(timers.pending()).toBe(1);
    await driver.close();
    expect(timers.pending()).toBe(0);
    await timers.advance(60 * SEC);
    expect(bridge.requests).toHaveLength(2);
  });
});
