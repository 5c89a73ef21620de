import { chromium, type Browser, type Page } from '@playwright/test';
import chromiumArgs from '../support/chromium-args.json' with { type: 'json' };
import {
  HEADPHONES,
  ROOM_SPEAKERS,
  levels,
  pulseUnavailable,
  soundAfter,
  startPulseServer,
  type PulseServer,
  type Recording,
} from '../support/pulse-server';
import { expect, test } from '../support/host-fixture';
import { request, type RunningHost } from '../support/web-host';
import { openPatientScreen } from '../support/patient-steps';
import { startSession } from '../support/session-steps';

/*
 * The room's sound output against a real audio server: a private PulseAudio with two null sinks,
 * "Room speakers" (the system default) and "Headphones". What each sink receives is recorded from
 * its monitor and measured with sox. Unloading the Headphones sink is pulling them out: PulseAudio
 * moves the streams on it to Room speakers, as a clinic's computer does.
 */

const unavailable = pulseUnavailable();
test.skip(unavailable !== undefined, `PulseAudio cannot run here: ${unavailable}`);

/** A sink that receives nothing louder than this (peak, dBFS) is silent. */
const SILENT_DB = -60;
/** The built-in ambience reaches a sink well above this (peak, dBFS). */
const HEARD_DB = -40;

let pulse: PulseServer;
let host: RunningHost;
let browser: Browser;

test.beforeEach(async ({ startHost }) => {
  pulse = await startPulseServer();
  host = await startHost();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...chromiumArgs, '--use-fake-ui-for-media-stream'],
    // Playwright mutes Chromium unless told not to; these tests listen to what reaches each sink.
    ignoreDefaultArgs: ['--mute-audio'],
    env: { ...process.env, ...pulse.env },
  });
});

test.afterEach(async ({ stopHosts }) => {
  await browser?.close();
  await stopHosts();
  if (test.info().status !== test.info().expectedStatus)
    await test.info().attach('pulseaudio log', { body: pulse.log() });
  await pulse?.stop();
});

/** The app in a browser that may name the outputs, as a clinic's browser does once staff allow it. */
async function openApp(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['microphone'], { origin: new URL(host.url).origin });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Start session' }).waitFor();
  return page;
}

/** Records both sinks for `ms` while `during` runs, and answers each one's recording. */
async function recordBoth(ms: number, during: () => Promise<unknown> = async () => {}) {
  const speakers = await pulse.record(ROOM_SPEAKERS.name);
  const headphones = await pulse.record(HEADPHONES.name);
  await during();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return { speakers: levels(await speakers.stop()), headphones: levels(await headphones.stop()) };
}

/** The peak level (dBFS) one sink receives over `ms`. */
async function recordOne(sink: string, ms: number): Promise<number> {
  const recording = await pulse.record(sink);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return levels(await recording.stop()).peakDb;
}

async function useOutput(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Lights and sound' }).click();
  await page.getByRole('button', { name: `Use ${name}` }).click();
  await expect(page.getByRole('listitem').filter({ hasText: name })).toContainText('✓ The room’s output');
  await page.getByRole('button', { name: 'Back' }).click();
}

test('the room hears only the chosen output, and a Test tone only the output it names', async () => {
  const page = await openApp();
  await useOutput(page, 'Headphones');
  await expect(page.locator('.output-check')).toHaveText('Sound plays on Headphones.');

  // Test on Room speakers while Headphones is the room's output: the tone is on the speakers only.
  await page.getByRole('button', { name: 'Lights and sound' }).click();
  const tone = await recordBoth(0, async () => {
    await page.getByRole('button', { name: 'Test Room speakers' }).click();
    await expect(page.getByRole('button', { name: 'Test Room speakers' })).toHaveText('Playing a tone…');
    await expect(page.getByRole('button', { name: 'Test Room speakers' })).toHaveText('Test');
  });
  expect(tone.speakers.peakDb).toBeGreaterThan(HEARD_DB);
  expect(tone.headphones.peakDb).toBeLessThan(SILENT_DB);
  await page.getByRole('button', { name: 'Back' }).click();

  await startSession(page);
  await expect(page.getByRole('status', { name: 'Sound output' })).toHaveText('Playing on: Headphones');
  const session = await recordBoth(3_000);
  expect(session.headphones.peakDb).toBeGreaterThan(HEARD_DB);
  expect(session.speakers.peakDb).toBeLessThan(SILENT_DB);
});

test('headphones pulled out mid-session: silence on the speakers, the console says so at once, sound fades back when they return, and Play on moves it', async () => {
  const page = await openApp();
  await useOutput(page, 'Headphones');
  await startSession(page);
  await expect(page.getByRole('status', { name: 'Sound output' })).toHaveText('Playing on: Headphones');
  await expect.poll(async () => (await recordBoth(1_000)).headphones.peakDb).toBeGreaterThan(HEARD_DB);

  const speakers: Recording = await pulse.record(ROOM_SPEAKERS.name);
  const pulledAt = Date.now();
  pulse.unloadSink(HEADPHONES.name);
  const alert = page.getByRole('alert').filter({ hasText: 'Headphones lost (Headphones). Sound is off.' });
  await alert.waitFor({ timeout: 2_000 });
  const alertMs = Date.now() - pulledAt;
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await speakers.stop();
  const leak = soundAfter(speakers, pulledAt, { thresholdDb: SILENT_DB });
  test
    .info()
    .annotations.push(
      { type: 'alert shown after', description: `${alertMs} ms` },
      { type: 'sound reaching Room speakers after the unplug', description: `${leak.audibleMs} ms` },
    );
  process.stdout.write(
    `Headphones pulled out: alert after ${alertMs} ms; ${leak.audibleMs} ms of sound above ${SILENT_DB} dBFS reached Room speakers\n`,
  );
  // Nothing carries on through the speakers: what the audio server moved there before the page
  // could act stops within a fraction of a second, and the rest of the recording is silent.
  expect(leak.audibleMs).toBeLessThan(400);
  expect(leak.lastAudibleMs ?? 0).toBeLessThan(1_000);
  await expect(page.getByRole('status', { name: 'Sound output' })).toHaveText('Playing on: nothing, sound is off');
  // The session goes on: its clocks run, and the loss is in its log.
  const run = (await request(host, 'session.get', {}))!.run;
  expect(run.events.map((e) => e.type)).toContain('outputLost');
  expect(run.events.at(-1)!.type).not.toBe('close');

  // Plugged back in: sound returns on the headphones, rising rather than at once.
  await pulse.loadSink(HEADPHONES.name, HEADPHONES.description);
  const returned = await pulse.record(HEADPHONES.name);
  const roomWhileReturning = await pulse.record(ROOM_SPEAKERS.name);
  await expect(alert).toContainText('Connected again: sound fades back in a few seconds.');
  await expect(alert).toBeHidden({ timeout: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, 3_500));
  await returned.stop();
  // Chromium keeps the lost stream on the speakers for a few seconds after the headphones return;
  // sound waits until it is gone, so none of it reaches the room.
  expect(levels(await roomWhileReturning.stop()).peakDb).toBeLessThan(SILENT_DB);
  const rising = soundAfter(returned, returned.startedAtMs(), { thresholdDb: SILENT_DB, windowMs: 250 }).windows;
  const heard = rising.filter((w) => w.peakDb > SILENT_DB);
  expect(heard.length).toBeGreaterThan(4);
  // A fade in: the first quarter second heard is well below the level two seconds later.
  expect(heard[0]!.rmsDb).toBeLessThan(heard[Math.min(8, heard.length - 1)]!.rmsDb - 6);
  await expect(page.getByRole('status', { name: 'Sound output' })).toHaveText('Playing on: Headphones');
  await expect.poll(async () => (await request(host, 'session.get', {}))!.run.events.at(-1)!.type).toBe('outputBack');

  // Lost again, and staff play on the speakers: the sound moves there, with the volume lowered.
  pulse.unloadSink(HEADPHONES.name);
  await alert.waitFor();
  await page.getByRole('button', { name: 'Play on Room speakers' }).click();
  await expect(page.getByRole('status', { name: 'Sound output' })).toHaveText('Playing on: Room speakers');
  await expect(page.getByRole('slider', { name: 'Volume' })).toHaveValue('20');
  // Heard there, at a fifth of the volume: about 12 dB below the level it had on the headphones.
  await expect.poll(() => recordOne(ROOM_SPEAKERS.name, 1_000)).toBeGreaterThan(HEARD_DB - 15);

  // The headphones come back and staff go back to them at once: the sound moves only once
  // Chromium has let go of the stream it lost, so it is heard on the headphones, not the speakers.
  await pulse.loadSink(HEADPHONES.name, HEADPHONES.description);
  await page.getByRole('button', { name: 'Play on Headphones' }).click();
  await expect(page.getByRole('status', { name: 'Sound output' })).toHaveText('Playing on: Headphones', {
    timeout: 15_000,
  });
  const afterReturn = await recordBoth(1_500);
  expect(afterReturn.headphones.peakDb).toBeGreaterThan(HEARD_DB - 15);
  expect(afterReturn.speakers.peakDb).toBeLessThan(SILENT_DB);
});

test('the patient screen’s test tone plays on the room’s output', async () => {
  const page = await openApp();
  await useOutput(page, 'Headphones');
  await openPatientScreen(page);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Play a test tone' }).click();
  await expect.poll(() => recordOne(HEADPHONES.name, 1_000)).toBeGreaterThan(HEARD_DB);
  expect(await recordOne(ROOM_SPEAKERS.name, 1_000)).toBeLessThan(SILENT_DB);
});

test('the start screen says so before the session when no output is chosen, or the chosen one is not connected', async () => {
  const page = await openApp();
  await expect(page.locator('.output-check')).toContainText('No sound output is chosen for this room');
  await useOutput(page, 'Headphones');
  pulse.unloadSink(HEADPHONES.name);
  await expect(page.locator('.output-check')).toHaveText(
    '“Headphones” is not connected: the session will be silent until it is. Connect it, or Choose the output.',
  );
});
