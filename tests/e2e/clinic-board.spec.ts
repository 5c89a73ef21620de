import type { Page, TestInfo } from '@playwright/test';
import mqtt, { type MqttClient } from 'mqtt';
import fs from 'node:fs';
import { expect, test } from '../support/host-fixture';
import { startMosquitto, type TestBroker } from '../support/mosquitto';
import { clinicWithJourney, openPatientScreen } from '../support/patient-steps';
import { closeSession, endTreatment, startSession } from '../support/session-steps';
import { request, type HostOptions, type RunningHost } from '../support/web-host';

const CLINIC = 'northside';
const USERS = { 'room-1': 'one-secret', 'room-2': 'two-secret', board: 'board-secret', spy: 'spy-secret' };
let broker: TestBroker;
let spy: MqttClient | null = null;

test.beforeAll(async () => {
  broker = await startMosquitto({ clinicId: CLINIC, users: USERS });
});
test.afterAll(() => broker.stop());
test.afterEach(() => {
  spy?.end(true);
});

/** The room's broker settings as a managed install presets them; a 2 s keepalive so a killed room shows soon. */
const presets = (user: keyof typeof USERS) => ({
  STILLROOM_MQTT_URL: broker.url,
  STILLROOM_MQTT_USERNAME: user,
  STILLROOM_MQTT_PASSWORD_FILE: broker.passwordFile(user),
  STILLROOM_MQTT_CA: broker.caFile,
  STILLROOM_MQTT_KEEPALIVE_SEC: '2',
});

/** Turns the clinic network on, as staff do on the Clinic network tab, and names the room. */
async function onTheNetwork(host: RunningHost, roomName: string, publishRoom = true): Promise<void> {
  const clinic = await request(host, 'clinic.get', {});
  await request(host, 'clinic.save', { ...clinic, roomName });
  const settings = {
    enabled: true,
    brokerUrl: broker.url,
    clinicId: CLINIC,
    caFile: '',
    homeAssistantDiscovery: false,
    publishRoom,
  };
  await request(host, 'network.save', { settings });
  await expect.poll(async () => (await request(host, 'network.get', {})).connection.state).toBe('connected');
}

type StartHost = (options: HostOptions) => Promise<RunningHost>;

async function room(
  startHost: StartHost,
  user: keyof typeof USERS,
  roomName: string,
  publishRoom = true,
): Promise<RunningHost> {
  const host = await startHost({ env: presets(user) });
  await onTheNetwork(host, roomName, publishRoom);
  return host;
}

async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}x${height}.png`) });
  }
}

const card = (page: Page, roomName: string) => page.getByRole('listitem', { name: roomName, exact: true });

test('the clinic board shows every room, what needs attention first, and a room that stopped reporting', async ({
  page,
  startHost,
}, testInfo) => {
  const one = await room(startHost, 'room-1', 'Room 1');
  const two = await room(startHost, 'room-2', 'Room 2');
  // The nurses' station only shows the board: it is not a room.
  const board = await room(startHost, 'board', 'Nurses’ station', false);
  await page.goto(board.url);
  // The room's own settings: its id beside its name, and the link to the broker as it is.
  await page.getByRole('button', { name: 'Clinic', exact: true }).click();
  await page.getByRole('tab', { name: 'Clinic network' }).click();
  await expect(page.getByTestId('room-id')).toHaveText('board');
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await screenshots(page, testInfo, 'clinic-network');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Clinic board' }).click();
  await expect(page.getByRole('heading', { name: 'Clinic board' })).toBeVisible();
  await expect(card(page, 'Room 1')).toContainText('No session');
  await expect(page.getByRole('listitem')).toHaveCount(2);

  // A session in room 1 is on the board within a second.
  const started = Date.now();
  await request(one, 'session.start', { programId: 'demo-3' });
  await expect(card(page, 'Room 1')).toContainText('Settling in', { timeout: 1_000 });
  expect(Date.now() - started).toBeLessThan(1_000);

  // Room 2's baseline vitals fall due as its session starts: the card says so in words, and comes first.
  await request(two, 'session.start', { programId: 'iv-40' });
  const due = card(page, 'Room 2').getByText(/Check due: Baseline vitals before the dose/);
  await expect(due).toBeVisible();
  await expect(page.getByRole('listitem').first()).toHaveAccessibleName('Room 2');
  await screenshots(page, testInfo, 'clinic-board');

  // Room 1's computer hangs, its connection left open: once the broker's keepalive (2 s, times 1.5)
  // runs out, its last will says it is gone. Then it is killed outright (kill -9).
  one.process.kill('SIGSTOP');
  const frozenAt = Date.now();
  await expect(card(page, 'Room 1')).toContainText(/Not reporting for \d+ s/, { timeout: 10_000 });
  expect(Date.now() - frozenAt).toBeGreaterThan(2_000);
  one.process.kill('SIGKILL');
  await expect(card(page, 'Room 2')).not.toContainText('Not reporting');
  await page.screenshot({ path: testInfo.outputPath('clinic-board-not-reporting.png') });
});

test('nothing about the patient goes on the wire during a whole patient-screen session', async ({
  page,
  startHost,
}) => {
  const heard: string[] = [];
  spy = mqtt.connect(broker.url, { username: 'spy', password: USERS.spy, ca: fs.readFileSync(broker.caFile) });
  spy.on('message', (topic, payload) => heard.push(`${topic} ${payload.toString()}`));
  await spy.subscribeAsync('#', { qos: 1 });

  const host = await clinicWithJourney(startHost, presets('room-1'));
  await onTheNetwork(host, 'Room 1');
  await page.goto(host.url);
  await openPatientScreen(page);
  await page.getByRole('radio', { name: /Piano and rain/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'No songs with words' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('slider', { name: 'Comfortable volume' }).fill('40');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Your intention (optional)' }).fill('To forgive my brother Daniel');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Staff' }).click();
  const unlock = page.getByRole('dialog', { name: 'Staff unlock' });
  await unlock.getByLabel('Clinic PIN').fill('4821');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await startSession(page);
  await expect(page.getByText('Journey: Piano and rain')).toBeVisible();
  await endTreatment(page);
  await closeSession(page);
  await expect.poll(() => heard.some((m) => m.includes('"status":"closed"'))).toBe(true);

  const wire = heard.join('\n');
  expect(wire).toContain('"status":"recovery"');
  for (const patientData of [
    'forgive',
    'Daniel',
    'Piano and rain',
    'Quiet piano',
    'song with words',
    'intention',
    'journey',
    'comfort',
    'lyrics',
  ]) {
    expect(wire).not.toContain(patientData);
  }
});
