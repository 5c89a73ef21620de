import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeCorrupt, writeTone } from '../support/audio-fixtures';
import { AUDIBLE_DB, outputLevelDb } from './support';
import { startHost, type RunningHost } from './web-host';

let host: RunningHost;
let music: string;

test.beforeEach(() => {
  music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-music-'));
  writeTone(path.join(music, 'low-tone.ogg'), {
    seconds: 20,
    frequency: 220,
    tags: { TITLE: 'Low tone', ARTIST: 'Test Ensemble' },
  });
  writeTone(path.join(music, 'high-tone.flac'), {
    seconds: 20,
    frequency: 660,
    tags: { TITLE: 'High tone ✦ «odd» \u0007tags', ALBUM: 'Ñ' },
  });
  writeCorrupt(path.join(music, 'broken.mp3'));
});

test.afterEach(async () => {
  await host?.stop();
});

async function importFolder(page: Page, folder: string) {
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('textbox', { name: 'File or folder path' }).fill(folder);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText('Added 2 tracks');
}

async function makePlaylist(page: Page, name: string) {
  for (const track of ['Low tone', 'High tone']) {
    await page.getByRole('list', { name: 'Tracks', exact: true }).getByText(track).click();
  }
  await page.getByRole('button', { name: 'Add selected tracks (2)' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('spinbutton', { name: 'Crossfade (seconds)' }).fill('3');
  await page.getByRole('button', { name: 'Save playlist' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved “${name}”.`);
}

test('staff import a folder, see what could not be added, find tracks and build a playlist', async ({
  page,
}, testInfo) => {
  host = await startHost();
  await page.goto(host.url);
  await importFolder(page, music);
  const notAdded = page.getByRole('list', { name: 'Files not added' });
  await expect(notAdded).toContainText('broken.mp3');
  await expect(notAdded).toContainText(/could not|damaged/);

  // Odd tags are shown safely, and search finds by artist.
  await expect(page.getByRole('list', { name: 'Tracks', exact: true })).toContainText('High tone ✦ «odd»  tags');
  await page.getByRole('searchbox', { name: 'Search' }).fill('test ensemble');
  await expect(page.getByRole('status').filter({ hasText: ' of 2 tracks' })).toHaveText('1 of 2 tracks');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await makePlaylist(page, 'Two tones');
  // Reorder with the keyboard: Alt+Down moves the first track below the second.
  const order = page.getByRole('list', { name: 'Playlist tracks' }).getByRole('listitem');
  await expect(order.first()).toContainText('Low tone');
  await order.first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(order.first()).toContainText('High tone');
  await page.screenshot({ path: testInfo.outputPath('library.png'), fullPage: true });

  // Importing the same folder again adds nothing.
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(
    'Added 0 tracks; 2 already in the library',
  );
});

test('a session plays the chosen playlist, streamed, and the meter hears it', async ({ page }) => {
  host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await importFolder(page, music);
  await makePlaylist(page, 'Two tones');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('combobox', { name: 'Music during treatment' }).selectOption({ label: 'Two tones' });
  await page.getByRole('button', { name: 'Start session' }).click();
  // The tones are at -12 dBFS peak (about -15 dBFS RMS) times the phase volume.
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a track whose file has gone is reported and built-in ambience plays in its place', async ({ page }) => {
  host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await importFolder(page, music);
  await makePlaylist(page, 'Two tones');
  fs.rmSync(path.join(music, 'low-tone.ogg'));
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('combobox', { name: 'Music during treatment' }).selectOption({ label: 'Two tones' });
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('alert')).toContainText('Sound problem: “Low tone” could not be loaded');
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
});
