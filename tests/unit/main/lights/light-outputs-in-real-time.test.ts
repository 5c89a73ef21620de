import { afterEach, describe, expect, it } from 'vitest';
import type { LightDriver } from '../../../../main/lights/driver';
import { HomeAssistantDriver } from '../../../../main/lights/home-assistant/home-assistant-driver';
import { HueDriver } from '../../../../main/lights/hue/hue-driver';
import { systemClock } from '../../../../main/services/system-clock';
import { FakeHomeAssistant, TEST_TOKEN } from '../../../support/fake-home-assistant';
import { FakeHueBridge, TREATMENT_ROOM } from '../../../support/fake-hue-bridge';
import { steadyPlan } from '../../../support/light-plans';
import { waitFor } from '../../../support/wait-for';

const toClose: { close(): unknown }[] = [];

afterEach(async () => {
  for (const item of toClose.splice(0).reverse()) await item.close();
});

/** How long a call took on the real clock, in milliseconds. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('light outputs on real sockets and real timers', () => {
  it('a request that never answers marks only its own output retrying; the others keep working', async () => {
    const ha = await FakeHomeAssistant.start();
    const bridge = await FakeHueBridge.start();
    toClose.push(ha, bridge);
    ha.hang = true;
    bridge.applicationKeys.add('room-1-key');
    const stuck = new HomeAssistantDriver({
      connection: { baseUrl: ha.baseUrl, token: TEST_TOKEN },
      entityIds: ['light.treatment_ceiling'],
      clock: systemClock,
      timing: { requestTimeoutMs: 1_500 },
    });
    const hue = new HueDriver({
      bridge: bridge.connection(),
      groupedLight: { id: TREATMENT_ROOM.groupedLightId, name: 'Treatment room' },
      applicationKey: 'room-1-key',
      clock: systemClock,
    });
    toClose.push(stuck, hue);
    const drivers: LightDriver[] = [stuck, hue];

    // follow() only schedules: neither a hanging nor a working output makes the caller wait.
    for (const driver of drivers) expect(timed(() => driver.follow(steadyPlan(40)))).toBeLessThan(50);

    await waitFor('the Hue bridge to get the level', () => hue.status().state === 'connected');
    expect(bridge.groupedLights.get(TREATMENT_ROOM.groupedLightId)).toMatchObject({ brightness: 40 });
    expect(stuck.status()).toEqual({ state: 'connecting' });
    expect(ha.requests).toHaveLength(1);

    const retrying = await waitFor('Home Assistant to be given up on', () => {
      const status = stuck.status();
      return status.state === 'retrying' ? status : undefined;
    });
    expect(retrying.reason).toBe(
      `Home Assistant at ${ha.baseUrl} did not answer within 1.5 seconds. Stillroom keeps trying; check that ` +
        'it is switched on and connected to the network.',
    );
    // While one output waits for its retry, the other still takes new plans at once.
    hue.follow(steadyPlan(85));
    await waitFor(
      'staff light on the Hue bridge',
      () => bridge.groupedLights.get(TREATMENT_ROOM.groupedLightId)!.brightness === 85,
    );
  });
});
