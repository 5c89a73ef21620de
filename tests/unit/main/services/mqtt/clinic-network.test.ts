import mqtt, { type MqttClient } from 'mqtt';
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClinicNetworkSettings } from '@domain/board/network-settings';
import type { SessionRun } from '@domain/session/run-log';
import { ClinicNetworkService } from '../../../../../main/services/mqtt/clinic-network-service';
import type { NetworkPresets } from '../../../../../main/services/mqtt/network-settings-store';
import { plainBox, SecretStore } from '../../../../../main/services/secret-store';
import { systemClock } from '../../../../../main/services/system-clock';
import { startMosquitto, type TestBroker } from '../../../../support/mosquitto';
import { press, startRun } from '../../../../support/runs';
import { fileStores, tempDir } from '../../../../support/services';
import { waitFor } from '../../../../support/wait-for';

const CLINIC = 'northside';
const PASSWORDS = { 'room-1': 'first-secret', 'room-2': 'second-secret', spy: 'spy-secret' };
let broker: TestBroker;
const opened: { close(): Promise<void> | void }[] = [];

beforeAll(async () => {
  broker = await startMosquitto({ clinicId: CLINIC, users: PASSWORDS });
}, 20_000);
afterAll(() => broker.stop());
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

const ON: ClinicNetworkSettings = {
  enabled: true,
  brokerUrl: '',
  clinicId: CLINIC,
  caFile: '',
  homeAssistantDiscovery: false,
  publishRoom: true,
};

/** A room's network service with its own data folder, preset the way a managed install is. */
async function room(
  user: 'room-1' | 'room-2',
  presets: Partial<NetworkPresets> = {},
  run: () => SessionRun | null = () => null,
) {
  const dataDir = tempDir();
  const service = new ClinicNetworkService({
    dataDir,
    storeFactory: fileStores,
    secrets: new SecretStore(dataDir, fileStores, plainBox),
    presets: {
      url: broker.url,
      username: user,
      passwordFile: broker.passwordFile(user),
      ca: broker.caFile,
      ...presets,
    },
    sessionClock: systemClock,
    realClock: systemClock,
    run,
    roomName: () => (user === 'room-1' ? 'Room 1' : 'Room 2'),
    version: '0.0.0',
  });
  opened.push(service);
  await service.save({ ...ON, brokerUrl: broker.url }, undefined);
  return service;
}

/** Everything published in the clinic, as a broker user allowed to read it all sees it. */
async function spy(): Promise<{ client: MqttClient; heard: { topic: string; payload: string }[] }> {
  const heard: { topic: string; payload: string }[] = [];
  const client = mqtt.connect(broker.url, {
    username: 'spy',
    password: PASSWORDS.spy,
    ca: fs.readFileSync(broker.caFile),
    reconnectPeriod: 200,
  });
  client.on('message', (topic, payload) => heard.push({ topic, payload: payload.toString() }));
  await new Promise<void>((resolve) => client.once('connect', () => resolve()));
  await client.subscribeAsync('#', { qos: 1 });
  opened.push({ close: () => void client.end(true) });
  return { client, heard };
}

const stateOf = (heard: { topic: string; payload: string }[], roomId: string) =>
  heard
    .filter((m) => m.topic === `stillroom/${CLINIC}/${roomId}/state`)
    .map((m) => JSON.parse(m.payload))
    .at(-1);

describe('a room on a real Mosquitto with TLS, passwords and ACLs', () => {
  it('publishes its state, retained, and says it is online; every room hears every room', async () => {
    let run: SessionRun | null = null;
    const one = await room('room-1', {}, () => run);
    const two = await room('room-2');
    await waitFor('room 1 connected', () => one.view().connection.state === 'connected', { timeoutMs: 5_000 });
    const { heard } = await spy();
    await waitFor('room 1 idle', () => stateOf(heard, 'room-1')?.status === 'idle');
    expect(heard).toContainEqual({ topic: `stillroom/${CLINIC}/room-1/availability`, payload: 'online' });

    run = startRun('timed-40', Date.now());
    one.sessionChanged();
    const state = await waitFor(
      'room 1 in treatment',
      () => stateOf(heard, 'room-1')?.status === 'treatment' && stateOf(heard, 'room-1'),
    );
    expect(state).toMatchObject({ roomName: 'Room 1', program: 'Timed 40', phase: 'Opening', sinceDoseSec: 0 });
    await waitFor('room 2 hears room 1 in treatment', () =>
      two.board().rooms.find((r) => r.roomId === 'room-1' && r.state?.status === 'treatment'),
    );
  });

  it('refuses a wrong password and a CA that did not sign the broker, each with a clear reason', async () => {
    const wrongPassword = tempDir() + '/password';
    fs.writeFileSync(wrongPassword, 'not-the-password\n');
    const refused = await room('room-1', { passwordFile: wrongPassword });
    const untrusted = await room('room-2', { ca: broker.otherCaFile });
    await waitFor('refused', () => refused.view().connection.state === 'refused');
    expect(refused.view().connection.reason).toMatch(
      /^The broker refused this room \(not authorized\): check the password/,
    );
    await waitFor('untrusted', () => untrusted.view().connection.state === 'refused');
    expect(untrusted.view().connection.reason).toMatch(
      /certificate is not signed by a trusted authority: check the CA file/,
    );
  });

  it('says so when the broker cannot be reached', async () => {
    const nowhere = await room('room-1', { url: 'mqtts://localhost:1' });
    await nowhere.save({ ...ON, brokerUrl: 'mqtts://localhost:1' }, undefined);
    await waitFor('unreachable', () => nowhere.view().connection.state === 'unreachable');
    expect(nowhere.view().connection.reason).toMatch(/cannot be reached \(ECONNREFUSED\)/);
  });

  it('does not let room 2 publish as room 1', async () => {
    const { heard } = await spy();
    const forger = mqtt.connect(broker.url, {
      username: 'room-2',
      password: PASSWORDS['room-2'],
      ca: fs.readFileSync(broker.caFile),
    });
    opened.push({ close: () => void forger.end(true) });
    await new Promise<void>((resolve) => forger.once('connect', () => resolve()));
    await forger.publishAsync(`stillroom/${CLINIC}/room-1/state`, 'forged', { qos: 1 });
    await forger.publishAsync(`stillroom/${CLINIC}/room-2/availability`, 'marker', { qos: 1 });
    await waitFor('room 2’s own message', () => heard.some((m) => m.payload === 'marker'));
    expect(heard.filter((m) => m.payload === 'forged')).toEqual([]);
  });

  it('announces the room to Home Assistant when switched on: one device, five entities', async () => {
    const { heard } = await spy();
    const one = await room('room-1');
    await one.save({ ...ON, brokerUrl: broker.url, homeAssistantDiscovery: true }, undefined);
    await waitFor(
      'five discovery messages',
      () => heard.filter((m) => m.topic.startsWith('homeassistant/')).length === 5,
    );
    const configs = heard.filter((m) => m.topic.startsWith('homeassistant/')).map((m) => JSON.parse(m.payload));
    expect(configs.map((c) => c.name)).toContain('Vitals check due');
    expect(new Set(configs.map((c) => c.state_topic))).toEqual(new Set([`stillroom/${CLINIC}/room-1/state`]));
  });

  it('survives a broker restart: connects again by itself and publishes its state again', async () => {
    let run: SessionRun | null = startRun('timed-40', Date.now());
    const one = await room('room-1', {}, () => run);
    await waitFor('connected', () => one.view().connection.state === 'connected', { timeoutMs: 5_000 });
    await broker.restart();
    // The broker kept nothing (no persistence): whatever it holds now the room published again.
    run = press(run!, 'quiet', Date.now());
    await waitFor('connected again', () => one.view().connection.state === 'connected', { timeoutMs: 10_000 });
    const { heard } = await spy();
    await waitFor('the state held again', () => stateOf(heard, 'room-1')?.quiet === true, { timeoutMs: 5_000 });
  }, 20_000);
});
