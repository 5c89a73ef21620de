import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOM_LEVEL_PCT, STAFF_LEVEL_PCT } from '@domain/light/light-plan';
import { FakeHomeAssistant, TEST_TOKEN } from '../support/fake-home-assistant';
import { FakeHueBridge, TREATMENT_ROOM } from '../support/fake-hue-bridge';
import { startSession } from './support';
import { startHost, type RunningHost } from './web-host';

let host: RunningHost | undefined;
const cleanups: (() => Promise<void>)[] = [];

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const wall = () => performance.timeOrigin + performance.now();
const turnOns = (fake: FakeHomeAssistant) =>
  fake.requests
    .filter((r) => r.path === '/api/services/light/turn_on')
    .map((r) => r.body as { brightness_pct: number });

async function openLights(page: Page) {
  await page.goto(host!.url);
  await page.getByRole('button', { name: 'Lights' }).click();
  await expect(page.getByRole('heading', { name: 'Lights', level: 1 })).toBeVisible();
}

test('staff add Home Assistant lights, test them, and they follow the session; staff light reaches them within a second', async ({
  page,
}, testInfo) => {
  const homeAssistant = await FakeHomeAssistant.start();
  cleanups.push(() => homeAssistant.close());
  host = await startHost({ timeScale: 1 });
  await openLights(page);

  await page.getByRole('button', { name: 'Add Home Assistant output' }).click();
  const form = page.getByRole('form', { name: 'New Home Assistant output' });
  // Nothing is marked wrong before anything is typed; Save on the empty form says what is missing.
  await expect(form.locator('.field-error')).toHaveCount(0);
  await form.getByRole('button', { name: 'Save output' }).click();
  await expect(form.getByText('Paste a long-lived access token from your Home Assistant profile.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Name' }).fill('Ceiling');
  await form.getByRole('textbox', { name: 'Address' }).fill('homeassistant.local:8123');
  await expect(form.getByText('the address must start with http:// or https://')).toBeVisible();
  await form.getByRole('textbox', { name: 'Address' }).fill(homeAssistant.baseUrl);
  await form.getByLabel('Long-lived access token').fill(TEST_TOKEN);
  await form.getByRole('textbox', { name: 'Lights' }).fill('light.treatment_ceiling\nlight.treatment_floor_lamp');
  await form.getByRole('spinbutton', { name: 'Highest level (%)' }).fill('90');
  await page.screenshot({ path: testInfo.outputPath('1-new-output.png'), fullPage: true });
  await form.getByRole('button', { name: 'Save output' }).click();

  const card = page.getByRole('listitem', { name: 'Ceiling' });
  await expect(card.getByRole('status', { name: 'Ceiling status' })).toHaveText('Connected');
  // Idle room: room level within the output's own range (0–90 %).
  await expect.poll(() => turnOns(homeAssistant).at(-1)?.brightness_pct).toBeCloseTo((ROOM_LEVEL_PCT * 90) / 100, 0);
  expect(homeAssistant.requests.every((r) => r.headers.authorization === `Bearer ${TEST_TOKEN}`)).toBe(true);

  await card.getByRole('button', { name: 'Test (50 % for 2 s)' }).click();
  // Test says what it does, and when it is over.
  const testing = card.getByRole('status', { name: 'Ceiling test' });
  await expect(testing).toHaveText('Testing: “Ceiling” goes to half its range for 2 seconds…');
  await expect.poll(() => turnOns(homeAssistant).some((b) => b.brightness_pct === 45)).toBe(true);
  await expect(testing).toHaveText('Test over: the light is back where the session has it.');
  // The light plan shows each phase's level within this output's range, without running a session.
  const plan = page.getByRole('table');
  await page.getByRole('combobox', { name: 'Program' }).selectOption({ label: 'IV infusion, 40 min' });
  await expect(plan.getByRole('row', { name: /^Deep/ })).toContainText('10 %');
  await expect(plan.getByRole('row', { name: /^Deep/ }).getByRole('cell').nth(1)).toHaveText('9 %');
  await page.screenshot({ path: testInfo.outputPath('2-outputs.png'), fullPage: true });

  await page.getByRole('button', { name: 'Back' }).click();
  await startSession(page);
  await expect(page.getByRole('status', { name: 'Lights' })).toContainText('1 of 1 outputs working');
  const before = homeAssistant.requests.length;
  const pressed = wall();
  await page.getByRole('button', { name: 'Staff light' }).click();
  // Home Assistant takes whole percents: staff level within the output's range, rounded.
  const staffLevel = Math.round((STAFF_LEVEL_PCT * 90) / 100);
  const staffRequest = () =>
    homeAssistant.requests
      .slice(before)
      .find((r) => (r.body as { brightness_pct?: number })?.brightness_pct === staffLevel);
  await expect.poll(staffRequest).toBeTruthy();
  const arrived = staffRequest()!;
  expect(arrived.at - pressed).toBeLessThan(1_000);
  // The lamps fade up over the 3 s staff-light ramp, not in a jump.
  expect((arrived.body as { transition: number }).transition).toBeGreaterThan(2);
});

test('a Home Assistant that stops answering is shown as retrying on the console, and the session clock goes on', async ({
  page,
}) => {
  const homeAssistant = await FakeHomeAssistant.start();
  cleanups.push(() => homeAssistant.close());
  host = await startHost({ timeScale: 60 });
  await openLights(page);
  await page.getByRole('button', { name: 'Add Home Assistant output' }).click();
  const form = page.getByRole('form', { name: 'New Home Assistant output' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Lamp');
  await form.getByRole('textbox', { name: 'Address' }).fill(homeAssistant.baseUrl);
  await form.getByLabel('Long-lived access token').fill(TEST_TOKEN);
  await form.getByRole('textbox', { name: 'Lights' }).fill('light.treatment_floor_lamp');
  await form.getByRole('button', { name: 'Save output' }).click();
  await expect(page.getByRole('status', { name: 'Lamp status' })).toHaveText('Connected');

  homeAssistant.hang = true;
  await page.getByRole('button', { name: 'Back' }).click();
  await startSession(page);
  const notices = page.getByRole('region', { name: 'Reminders and alerts' });
  await expect(notices).toContainText('Light “Lamp”: Failing', { timeout: 15_000 });
  const timer = page.getByRole('timer', { name: 'Time since dose' });
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first!);
});

test('staff pair a (simulated) Hue bridge with its link button, choose a room, and its lights follow', async ({
  page,
}, testInfo) => {
  const bridge = await FakeHueBridge.start();
  cleanups.push(() => bridge.close());
  const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-hue-ca-')), 'ca.pem');
  fs.writeFileSync(caFile, bridge.connection().ca[0]!);
  host = await startHost({
    env: { STILLROOM_SIMULATED_HUE_CA: caFile, STILLROOM_SIMULATED_HUE_PORT: String(bridge.connection().port) },
  });
  await openLights(page);
  await page.getByRole('button', { name: 'Add Philips Hue output' }).click();
  const form = page.getByRole('form', { name: 'New Philips Hue output' });
  await expect(form.getByText('Tested against a simulated Hue bridge')).toBeVisible();
  await form.getByRole('textbox', { name: 'Name' }).fill('Treatment room lamps');
  await form.getByRole('textbox', { name: 'Bridge address' }).fill('127.0.0.1');
  await form.getByRole('button', { name: 'Find bridge' }).click();
  await expect(form.getByText(`Bridge ${bridge.bridgeId}`)).toBeVisible();

  await form.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Press the link button on the bridge, then try again within 30 seconds.',
  );
  bridge.linkButtonPressed = true;
  await form.getByRole('button', { name: 'Pair', exact: true }).click();
  await form.getByRole('combobox', { name: 'Room or zone' }).selectOption({ label: `Room: ${TREATMENT_ROOM.name}` });
  await page.screenshot({ path: testInfo.outputPath('hue-paired.png'), fullPage: true });
  await form.getByRole('button', { name: 'Save output' }).click();
  await expect(page.getByRole('status', { name: 'Treatment room lamps status' })).toHaveText('Connected');

  const puts = () => bridge.requestsTo('PUT', `/clip/v2/resource/grouped_light/${TREATMENT_ROOM.groupedLightId}`);
  await expect.poll(() => puts().length).toBeGreaterThan(0);
  expect(puts()[0]!.headers['hue-application-key']).toBe([...bridge.applicationKeys][0]);
  expect((puts()[0]!.body as { dimming: { brightness: number } }).dimming.brightness).toBe(ROOM_LEVEL_PCT);
});
