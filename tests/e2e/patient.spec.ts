import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeTone } from '../support/audio-fixtures';
import { AUDIBLE_DB, endTreatment, outputLevelDb, startSession } from './support';
import { request, startHost, type RunningHost } from './web-host';

let host: RunningHost;

test.afterEach(async () => {
  await host?.stop();
});

/** A clinic with a journey of two pieces, one of them a song with words. */
async function clinicWithJourney() {
  // Real time: the pieces are a minute long and must really play.
  host = await startHost({ timeScale: 1 });
  const music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-journey-'));
  writeTone(path.join(music, 'piano.ogg'), { seconds: 60, frequency: 262, tags: { TITLE: 'Quiet piano' } });
  writeTone(path.join(music, 'song.ogg'), { seconds: 60, frequency: 392, tags: { TITLE: 'A song with words' } });
  await request(host, 'library.import', { paths: [music], mode: 'reference' });
  const tracks = await request(host, 'library.list', {});
  const song = tracks.find((t) => t.title === 'A song with words')!;
  await request(host, 'library.tag', { trackIds: [song.id], tag: 'lyrics', on: true });
  const playlist = await request(host, 'playlists.save', {
    name: 'Piano',
    crossfadeSec: 4,
    trackIds: tracks.map((t) => t.id),
  });
  await request(host, 'journeys.save', {
    name: 'Piano and rain',
    description: 'Soft piano, then rain while you rest.',
    coverTrackId: null,
    sounds: {
      settling: { ambience: 'soft-rain' },
      opening: { playlistId: playlist.id },
      deep: { playlistId: playlist.id },
      closing: { playlistId: playlist.id },
      recovery: { ambience: 'soft-rain' },
    },
  });
}

/** The real output level now (the analyser on the output path; the patient screen shows no meter). */
const measuredDb = (page: Page) => page.evaluate(() => window.stillroomDiagnostics!.outputLevelDb());

/** The real output level while something plays, averaged over a second of readings. */
async function steadyLevel(page: Page): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    samples.push(await page.evaluate(() => window.stillroomDiagnostics!.outputLevelDb()));
    await page.waitForTimeout(100);
  }
  return samples.reduce((a, b) => a + b, 0) / samples.length;
}

/** The output level once it has stopped moving (a fade-in or a ramp is over). */
async function settledLevel(page: Page): Promise<number> {
  let previous = await steadyLevel(page);
  for (;;) {
    const level = await steadyLevel(page);
    if (Math.abs(level - previous) < 0.3) return level;
    previous = level;
  }
}

test('a patient chooses a journey, listens, leaves out songs, sets a volume and an intention; the next session follows it', async ({
  page,
}, testInfo) => {
  await clinicWithJourney();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open the patient screen' }).click();
  const setPin = page.getByRole('dialog', { name: 'Set a clinic PIN' });
  await setPin.getByLabel('New PIN (4 to 12 digits)').fill('4821');
  await setPin.getByLabel('The new PIN again').fill('4821');
  await setPin.getByRole('button', { name: 'Set PIN and open' }).click();

  // Step 1: music, with a quiet preview that really plays.
  await expect(page.getByRole('heading', { name: 'Choose your music' })).toBeVisible();
  await page.getByRole('radio', { name: /Piano and rain/ }).click();
  await expect(page.getByRole('radio', { name: /Piano and rain/ })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('1-choose-music.png') });
  await page.getByRole('button', { name: 'Listen to Piano and rain' }).click();
  await expect.poll(() => measuredDb(page), { timeout: 10_000 }).toBeGreaterThan(AUDIBLE_DB);
  await page.getByRole('button', { name: 'Stop Piano and rain' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: no songs with words.
  await expect(page.getByRole('heading', { name: 'Anything to leave out?' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'No songs with words' }).check();
  await expect(page.getByRole('checkbox', { name: /A song with words/ })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: the test tone follows the volume slider on the real output.
  await page.getByRole('button', { name: 'Play a test tone' }).click();
  const volume = page.getByRole('slider', { name: 'Comfortable volume' });
  await volume.fill('100');
  await expect.poll(() => measuredDb(page)).toBeGreaterThan(AUDIBLE_DB);
  const loud = await settledLevel(page);
  await volume.fill('40');
  await expect.poll(() => steadyLevel(page)).toBeLessThan(loud - 6);
  const quiet = await settledLevel(page);
  // 40 % of the amplitude is 8 dB down.
  expect(loud - quiet).toBeGreaterThan(6.5);
  expect(loud - quiet).toBeLessThan(9.5);
  await page.screenshot({ path: testInfo.outputPath('3-volume.png') });
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 4: an intention.
  await page.getByRole('textbox', { name: 'Your intention (optional)' }).fill('To rest and let the week go');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();

  // The PIN gate: a reload keeps the patient screen, staff requests are refused, a wrong PIN waits.
  await page.reload();
  await expect(page.getByRole('main', { name: 'Patient screen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start session' })).toHaveCount(0);
  await expect(request(host, 'session.start', { programId: 'iv-40' })).rejects.toThrow(/locked/);
  await page.getByRole('button', { name: 'Staff' }).click();
  const unlock = page.getByRole('dialog', { name: 'Staff unlock' });
  await unlock.getByLabel('Clinic PIN').fill('1111');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock.getByRole('alert')).toHaveText('That PIN is not right.');
  // A wrong PIN makes the next try wait a moment; staff type it again.
  await expect(async () => {
    await unlock.getByLabel('Clinic PIN').fill('4821');
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });

  // Staff see the choice, and the next session plays it.
  await expect(page.getByRole('region', { name: 'Patient’s choice' }).getByRole('status')).toContainText(
    'Piano and rain · no lyrics · volume 40 %',
  );
  await startSession(page);
  await expect(page.getByText('Journey: Piano and rain')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Patient comfort' })).toHaveValue('40');
  const session = (await request(host, 'session.get', {}))!;
  expect(session.run.playlists.flatMap((p) => p.tracks.map((t) => t.title))).toEqual(['Quiet piano']);
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);

  await endTreatment(page);
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await expect(page.getByRole('article', { name: 'Take-home sheet' })).toContainText('To rest and let the week go');
});
