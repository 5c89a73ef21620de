import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HomeAssistantClient } from '../../../../../main/lights/home-assistant/home-assistant-client';
import { HomeAssistantDriver } from '../../../../../main/lights/home-assistant/home-assistant-driver';
import { OutputError } from '../../../../../main/lights/output-error';
import { FakeHomeAssistant, TEST_TOKEN } from '../../../../support/fake-home-assistant';
import { fadePlan, steadyPlan } from '../../../../support/light-plans';
import { ManualClock } from '../../../../support/manual-clock';
import { ManualTimers } from '../../../../support/manual-timers';
import { T0 } from '../../../../support/runs';

const SEC = 1_000;
const ROOM_LIGHTS = ['light.treatment_ceiling', 'light.treatment_floor_lamp'];
const toClose: { close(): unknown }[] = [];

afterEach(async () => {
  for (const item of toClose.splice(0).reverse()) await item.close();
});

async function setUp(options: { token?: string; entityIds?: string[]; baseUrl?: string } = {}) {
  const clock = new ManualClock(T0);
  const timers = new ManualTimers(clock);
  const ha = await FakeHomeAssistant.start({ clock });
  toClose.push(ha);
  const driver = new HomeAssistantDriver({
    connection: { baseUrl: options.baseUrl ?? ha.baseUrl, token: options.token ?? TEST_TOKEN },
    entityIds: options.entityIds ?? ROOM_LIGHTS,
    clock,
    timers,
  });
  toClose.push(driver);
  const advance = async (ms: number) => {
    await timers.advance(ms);
    await driver.idle();
    await timers.advance(0);
  };
  return { ha, driver, timers, advance };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the Home Assistant driver', () => {
  it('checks the API and every light with the token, then sets them all in one call', async () => {
    const { ha, driver, advance } = await setUp();
    driver.follow(fadePlan(T0, 60 * SEC, 70, 10));
    await advance(0);
    await advance(5 * SEC);

    expect(ha.requests.map((r) => [r.method, r.path, r.at - T0])).toEqual([
      ['GET', '/api/', 0],
      ['GET', '/api/states/light.treatment_ceiling', 0],
      ['GET', '/api/states/light.treatment_floor_lamp', 0],
      ['POST', '/api/services/light/turn_on', 0],
      ['POST', '/api/services/light/turn_on', 5 * SEC],
    ]);
    expect(ha.requests.every((r) => r.headers.authorization === `Bearer ${TEST_TOKEN}`)).toBe(true);
    expect(ha.requests.slice(3).map((r) => r.body)).toEqual([
      { entity_id: ROOM_LIGHTS, brightness_pct: 65, transition: 5 },
      { entity_id: ROOM_LIGHTS, brightness_pct: 60, transition: 5 },
    ]);
    expect(ha.lights.get('light.treatment_floor_lamp')).toMatchObject({ on: true, brightness: 153 });
    expect(driver.status()).toEqual({ state: 'connected' });
  });

  it('switches the lights off at 0 % with the same transition', async () => {
    const { ha, driver, advance } = await setUp();
    driver.follow(fadePlan(T0, 3 * SEC, 20, 0));
    await advance(0);
    expect(ha.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/services/light/turn_off',
      body: { entity_id: ROOM_LIGHTS, transition: 3 },
    });
    expect(ha.lights.get('light.treatment_ceiling')).toMatchObject({ on: false });
  });

  it('fails naming a light Home Assistant does not have, and sends no command', async () => {
    const { ha, driver, advance, timers } = await setUp({
      entityIds: ['light.treatment_ceiling', 'light.recovery_corner'],
    });
    driver.follow(steadyPlan(40));
    await advance(0);
    expect(driver.status()).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('Home Assistant has no light "light.recovery_corner"'),
    });
    expect(ha.requests.map((r) => r.path)).not.toContain('/api/services/light/turn_on');
    expect(timers.pending()).toBe(0);
  });

  it('fails saying the token was refused', async () => {
    const { ha, driver, advance } = await setUp({ token: 'revoked-token' });
    driver.follow(steadyPlan(40));
    await advance(0);
    expect(driver.status()).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('the token was refused'),
    });
    expect(ha.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/api/', 'Bearer revoked-token']]);
  });

  it('keeps retrying while Home Assistant cannot be reached, and recovers when it answers again', async () => {
    const { ha, driver, advance } = await setUp();
    ha.badGatewayNext = 1;
    driver.follow(steadyPlan(40));
    await advance(0);
    expect(driver.status()).toMatchObject({ state: 'retrying', reason: expect.stringContaining('502: Bad Gateway') });
    await advance(1 * SEC);
    expect(driver.status()).toEqual({ state: 'connected' });
  });

  it('reports a refused connection as retrying', async () => {
    const { driver, advance } = await setUp({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
    driver.follow(steadyPlan(40));
    await advance(0);
    expect(driver.status()).toMatchObject({
      state: 'retrying',
      reason: expect.stringContaining('refused the connection'),
    });
  });
});

describe('the Home Assistant client', () => {
  it('accepts a base URL with or without a trailing slash, and names the light it finds', async () => {
    const ha = await FakeHomeAssistant.start();
    toClose.push(ha);
    for (const baseUrl of [ha.baseUrl, `${ha.baseUrl}/`]) {
      const client = new HomeAssistantClient({ baseUrl, token: TEST_TOKEN });
      toClose.push(client);
      await client.checkApi();
      await expect(client.checkLight('light.treatment_ceiling')).resolves.toEqual({
        entityId: 'light.treatment_ceiling',
        name: 'Treatment ceiling',
        state: 'on',
      });
    }
    expect(ha.requests.map((r) => r.path)).toEqual([
      '/api/',
      '/api/states/light.treatment_ceiling',
      '/api/',
      '/api/states/light.treatment_ceiling',
    ]);
  });

  it('gives up on a request that is not answered in time', async () => {
    const ha = await FakeHomeAssistant.start();
    toClose.push(ha);
    ha.hang = true;
    const client = new HomeAssistantClient({ baseUrl: ha.baseUrl, token: TEST_TOKEN, timeoutMs: 300 });
    toClose.push(client);
    const error = await client.checkApi().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect(error).toMatchObject({ code: 'timeout', recovery: 'retry' });
  });
});
