import { X509Certificate } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HueClient, identifyBridge } from '../../../../../main/lights/hue/hue-client';
import { HUE_ROOT_BRIDGE_CA, HUE_ROOT_CA_01, HUE_ROOT_CAS } from '../../../../../main/lights/hue/hue-root-ca';
import { OutputError } from '../../../../../main/lights/output-error';
import { CEILING_ZONE, FakeHueBridge, TREATMENT_ROOM } from '../../../../support/fake-hue-bridge';
import { OTHER_BRIDGE_ID, TEST_BRIDGE_ID } from '../../../../support/test-certificates';

const TREATMENT_ROOM_LIGHT = { id: TREATMENT_ROOM.groupedLightId, name: 'Treatment room' };
let bridge: FakeHueBridge;
const clients: HueClient[] = [];

beforeEach(async () => {
  bridge = await FakeHueBridge.start();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await bridge.close();
});

function client(options: { applicationKey?: string; ca?: readonly string[]; timeoutMs?: number } = {}): HueClient {
  const made = new HueClient({ ...bridge.connection(), ...options });
  clients.push(made);
  return made;
}

function pairedClient(): HueClient {
  bridge.applicationKeys.add('paired-key');
  return client({ applicationKey: 'paired-key' });
}

async function refusal(promise: Promise<unknown>): Promise<OutputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutputError);
  return error as OutputError;
}

describe('pairing with a Hue bridge', () => {
  it('learns the bridge id from its verified certificate and its config', async () => {
    const { host, port, ca } = bridge.connection();
    await expect(identifyBridge({ host, port, ca })).resolves.toEqual({
      bridgeId: TEST_BRIDGE_ID,
      name: 'Hue Bridge',
      modelId: 'BSB002',
    });
    expect(bridge.requests.map((r) => [r.method, r.path])).toEqual([['GET', '/api/0/config']]);
  });

  it('asks staff to press the link button, then gets an application key once they have', async () => {
    const hue = client();
    const notPressed = await refusal(hue.pair('Room 1'));
    expect(notPressed.message).toBe('Press the link button on the bridge, then try again within 30 seconds.');
    expect(notPressed).toMatchObject({ code: 'link-button', recovery: 'retry' });

    bridge.linkButtonPressed = true;
    const pairing = await hue.pair('Room 1');
    expect(bridge.applicationKeys.has(pairing.applicationKey)).toBe(true);
    expect(pairing.clientKey).toMatch(/^[0-9A-F]{32}$/);

    expect(bridge.requests).toHaveLength(2);
    for (const request of bridge.requests) {
      expect([request.method, request.path]).toEqual(['POST', '/api']);
      expect(request.body).toEqual({ devicetype: 'stillroom#Room 1', generateclientkey: true });
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['hue-application-key']).toBeUndefined();
    }
  });

  it('shortens a long room name to what the bridge accepts', async () => {
    bridge.linkButtonPressed = true;
    await client().pair('  Treatment room number twelve  ');
    expect(bridge.requests[0]!.body).toMatchObject({ devicetype: 'stillroom#Treatment room numb' });
  });
});

describe('talking to a paired Hue bridge', () => {
  it('lists rooms and zones that have lights, with their grouped lights', async () => {
    const groups = await pairedClient().listLightGroups();
    expect(groups).toEqual([
      { kind: 'room', id: TREATMENT_ROOM.id, name: 'Treatment room', groupedLightId: TREATMENT_ROOM.groupedLightId },
      { kind: 'zone', id: CEILING_ZONE.id, name: 'Ceiling', groupedLightId: CEILING_ZONE.groupedLightId },
    ]);
    expect(bridge.requests.map((r) => [r.method, r.path, r.headers['hue-application-key']])).toEqual([
      ['GET', '/clip/v2/resource/room', 'paired-key'],
      ['GET', '/clip/v2/resource/zone', 'paired-key'],
    ]);
  });

  it('sets a grouped light with brightness and transition, and switches it off at 0 %', async () => {
    const hue = pairedClient();
    const light = TREATMENT_ROOM_LIGHT;
    await hue.setGroupedLight(light, 42.5, 5_000);
    expect(bridge.groupedLights.get(light.id)).toMatchObject({ on: true, brightness: 42.5 });
    await hue.setGroupedLight(light, 0, 3_000);
    expect(bridge.groupedLights.get(light.id)).toMatchObject({ on: false });

    const puts = bridge.requestsTo('PUT', `/clip/v2/resource/grouped_light/${light.id}`);
    expect(puts.map((r) => r.body)).toEqual([
      { on: { on: true }, dimming: { brightness: 42.5 }, dynamics: { duration: 5_000 } },
      { on: { on: false }, dynamics: { duration: 3_000 } },
    ]);
    expect(puts.every((r) => r.headers['hue-application-key'] === 'paired-key')).toBe(true);
  });

  it('names a light the bridge does not know', async () => {
    const light = { id: '11111111-2222-4333-8444-555555555555', name: 'Recovery corner' };
    const error = await refusal(pairedClient().setGroupedLight(light, 50, 5_000));
    expect(error).toMatchObject({ code: 'not-found', recovery: 'fix' });
    expect(error.message).toContain('"Recovery corner"');
    expect(error.message).toContain('Choose the room or zone again in Light settings.');
  });

  it('asks to pair again when the bridge no longer accepts the key', async () => {
    const error = await refusal(client({ applicationKey: 'forgotten-key' }).listLightGroups());
    expect(error).toMatchObject({ code: 'unauthorized', recovery: 'fix' });
    expect(error.message).toContain(`The Hue bridge ${TEST_BRIDGE_ID} no longer accepts Stillroom's application key`);
    expect(bridge.requests[0]!.headers['hue-application-key']).toBe('forgotten-key');
  });

  it('treats 429 and 503 as reasons to wait and try again', async () => {
    const light = TREATMENT_ROOM_LIGHT;
    bridge.rateLimitNext = 1;
    bridge.retryAfterSeconds = 2;
    const hue = pairedClient();
    expect(await refusal(hue.setGroupedLight(light, 50, 5_000))).toMatchObject({
      code: 'rate-limited',
      recovery: 'retry',
      retryAfterMs: 2_000,
    });
    bridge.unavailableNext = 1;
    expect(await refusal(hue.setGroupedLight(light, 50, 5_000))).toMatchObject({ code: 'busy', recovery: 'retry' });
    await expect(hue.setGroupedLight(light, 50, 5_000)).resolves.toBeUndefined();
  });

  it('gives up on a bridge that does not answer', async () => {
    bridge.hang = true;
    bridge.applicationKeys.add('paired-key');
    const hue = client({ applicationKey: 'paired-key', timeoutMs: 300 });
    const error = await refusal(hue.setGroupedLight(TREATMENT_ROOM_LIGHT, 50, 5_000));
    expect(error).toMatchObject({ code: 'timeout', recovery: 'retry' });
    expect(error.message).toContain('did not answer within 0.3 seconds');
  }, 5_000);

  it('reports a refused connection as something to retry', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const hue = new HueClient({ ...bridge.connection(), port, applicationKey: 'k' });
    clients.push(hue);
    const error = await refusal(hue.listLightGroups());
    expect(error).toMatchObject({ code: 'unreachable', recovery: 'retry' });
    expect(error.message).toContain('refused the connection');
  });
});

describe('trusting only the right bridge', () => {
  it('refuses a certificate issued to another bridge id, says why, and sends it nothing', async () => {
    bridge.serve('wrongName');
    const error = await refusal(pairedClient().setGroupedLight(TREATMENT_ROOM_LIGHT, 50, 5_000));
    expect(error).toMatchObject({ code: 'certificate', recovery: 'fix' });
    expect(error.message).toBe(
      `The device at 127.0.0.1 is not the Hue bridge ${TEST_BRIDGE_ID}: its certificate is issued to ` +
        `"${OTHER_BRIDGE_ID}". Stillroom did not send it anything. Check the bridge address in Light settings, ` +
        'or pair again if the bridge was replaced.',
    );
    expect(bridge.requests).toEqual([]);
  });

  it('refuses a certificate with the right name that no trusted authority signed', async () => {
    bridge.serve('untrusted');
    const error = await refusal(pairedClient().listLightGroups());
    expect(error).toMatchObject({ code: 'certificate', recovery: 'fix' });
    expect(error.message).toContain('not signed by Philips Hue');
    expect(bridge.requests).toEqual([]);
  });

  it('trusts only the Hue authorities unless told otherwise', async () => {
    bridge.applicationKeys.add('paired-key');
    const { host, port, bridgeId } = bridge.connection();
    const hue = new HueClient({ host, port, bridgeId, applicationKey: 'paired-key' });
    clients.push(hue);
    expect(await refusal(hue.listLightGroups())).toMatchObject({ code: 'certificate' });
    expect(await refusal(identifyBridge({ host, port }))).toMatchObject({ code: 'certificate' });
    expect(bridge.requests).toEqual([]);
  });

  it('accepts the bridge id in either letter case (newer bridges put it in upper case)', async () => {
    const upper = await FakeHueBridge.start({ bridgeId: '001788FFFE4D2A1D' });
    try {
      upper.applicationKeys.add('paired-key');
      const { host, port, ca } = upper.connection();
      await expect(identifyBridge({ host, port, ca })).resolves.toMatchObject({ bridgeId: '001788fffe4d2a1d' });
      const hue = new HueClient({ host, port, ca, bridgeId: '001788fffe4d2a1d', applicationKey: 'paired-key' });
      clients.push(hue);
      await expect(hue.listLightGroups()).resolves.toHaveLength(2);
    } finally {
      await upper.close();
    }
  });

  it('ships the two Hue root certificates, unaltered', () => {
    const roots = HUE_ROOT_CAS.map((pem) => new X509Certificate(pem));
    expect(roots.map((root) => [root.subject, root.ca, root.verify(root.publicKey)])).toEqual([
      ['C=NL\nO=Philips Hue\nCN=root-bridge', true, true],
      ['C=NL\nO=Signify Hue\nCN=Hue Root CA 01', true, true],
    ]);
    expect(new X509Certificate(HUE_ROOT_BRIDGE_CA).fingerprint256).toBe(
      'F0:BD:8E:65:09:E8:2F:77:4D:63:BC:00:9D:53:88:C9:69:FE:3D:CF:7D:6D:54:1D:63:51:B7:2B:89:8D:8A:CF',
    );
    expect(new X509Certificate(HUE_ROOT_CA_01).fingerprint256).toBe(
      'D8:B8:94:48:B2:AF:8E:16:76:18:5A:C0:72:19:EE:9D:CB:C8:F0:1C:12:2A:02:6A:2A:4B:7B:5C:FE:03:28:B8',
    );
  });
});
