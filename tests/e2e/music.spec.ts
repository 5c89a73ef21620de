import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addCover, writeCorrupt, writeSilence, writeTone } from '../support/audio-fixtures';
import { importFolder, makePlaylist } from '../support/library-steps';
import { AUDIBLE_DB, outputLevelDb, sampleOutputAfter } from '../support/page-readings';
import { chooseStraightIn } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import type { RunningHost } from '../support/web-host';

let music: string;

test.beforeEach(() => {
  music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-music-'));
  writeTone(path.join(music, 'low-tone.ogg'), {
    seconds: 20,
    frequency: 220,
    tags: { TITLE: 'Low tone', ARTIST: 'Test Ensemble' },
  });
  addCover(
    writeTone(path.join(music, 'high-tone.flac'), {
      seconds: 20,
      frequency: 660,
      tags: { TITLE: 'High tone ✦ «odd» \u0007tags', ALBUM: 'Ñ' },
    }),
    path.resolve('assets/icon.png'),
  );
  writeCorrupt(path.join(music, 'broken.mp3'));
});

/**
 * From the library screen: a program of the clinic's own without settling in (so Start session
 * marks the dose and the music plays at once), the playlist chosen on the start screen; then,
 * unless told otherwise, Start session.
 */
async function startWith(page: Page, host: RunningHost, playlist: string, { start = true } = {}) {
  await chooseStraightIn(page, host, playlist);
  if (start) await page.getByRole('button', { name: 'Start session' }).click();
}

const TWO_TONES = ['Low tone', 'High tone'];

test('staff import a folder, see what could not be added, find tracks and build a playlist', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await startHost();
  await page.goto(host.url);
  await importFolder(page, music, 2);
  const notAdded = page.getByRole('list', { name: 'Files not added' });
  await expect(notAdded).toContainText('broken.mp3');
  await expect(notAdded).toContainText(/could not|damaged/);

  // Odd tags are shown safely, and search finds by artist.
  await expect(page.getByRole('list', { name: 'Tracks', exact: true })).toContainText('High tone ✦ «odd»  tags');
  // The embedded cover is read and shown, served through the media protocol.
  const cover = page.getByRole('listitem').filter({ hasText: 'High tone' }).locator('img');
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512);
  await page.getByRole('searchbox', { name: 'Search' }).fill('test ensemble');
  await expect(page.getByRole('status').filter({ hasText: ' of 2 tracks' })).toHaveText('1 of 2 tracks');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await makePlaylist(page, 'Two tones', TWO_TONES, 3);
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

test('a session plays the chosen playlist, streamed, and the meter hears it', async ({ page, startHost }) => {
  const host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await importFolder(page, music, 2);
  await makePlaylist(page, 'Two tones', TWO_TONES, 3);
  await startWith(page, host, 'Two tones');
  // The tones are at -12 dBFS peak (about -15 dBFS RMS) times the phase volume.
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('tracks that have played are let go: no finished track keeps streaming unheard, and nothing breaks the page’s security policy', async ({
  page,
  startHost,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  // Twenty times real time: the two 20 s tones come and go every second or two.
  const host = await startHost({ timeScale: 20 });
  await page.goto(host.url);
  await importFolder(page, music, 2);
  await makePlaylist(page, 'Two tones', TWO_TONES, 3);
  await startWith(page, host, 'Two tones');
  // howler keeps its sounds private; this reads how many are playing right now.
  type Howls = { Howler: { _howls: { _sounds: { _paused: boolean }[] }[] } };
  const streaming = () =>
    page.evaluate(
      () =>
        (window as unknown as Howls).Howler._howls.flatMap((howl) => howl._sounds).filter((sound) => !sound._paused)
          .length,
    );
  await expect.poll(streaming).toBeGreaterThan(0);
  // Over many track changes, only the tracks of the moment (at most a crossfade's two and the next) stream.
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(1_000);
    expect(await streaming()).toBeLessThanOrEqual(3);
  }
  // Letting a streamed track go must not ask for a source the policy refuses.
  expect(refused).toEqual([]);
});

test('a track whose file has gone is reported and built-in ambience plays in its place', async ({
  page,
  startHost,
}) => {
  const host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await importFolder(page, music, 2);
  await makePlaylist(page, 'Two tones', TWO_TONES, 3);
  fs.rmSync(path.join(music, 'low-tone.ogg'));
  await startWith(page, host, 'Two tones');
  await expect(page.getByRole('alert')).toContainText('Sound problem: “Low tone” could not be loaded');
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
});

test('music fades in, and the crossfade between tracks leaves no gap', async ({ page, startHost }) => {
  const tones = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-tones-'));
  writeTone(path.join(tones, 'first.ogg'), { seconds: 6, frequency: 330, tags: { TITLE: 'First tone' } });
  writeTone(path.join(tones, 'second.ogg'), { seconds: 6, frequency: 495, tags: { TITLE: 'Second tone' } });
  const host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await importFolder(page, tones, 2);
  await makePlaylist(page, 'Tones', ['First tone', 'Second tone'], 2);
  await startWith(page, host, 'Tones', { start: false });

  // Sample the real output every 10 ms for 14 s from the moment Start is pressed.
  const samples = sampleOutputAfter(page, 'click', 14_000, 10);
  await page.getByRole('button', { name: 'Start session' }).click();
  const levels = await samples;

  const firstAudible = levels.findIndex(([, db]) => db > -60);
  expect(firstAudible).toBeGreaterThanOrEqual(0);
  const steady = Math.max(...levels.filter(([t]) => t > 5_500 && t < 7_000).map(([, db]) => db));
  // Fade-in: quiet at first, full level only after seconds.
  expect(levels[firstAudible]![1]).toBeLessThan(steady - 10);
  const reachesFull = levels.find(([, db]) => db > steady - 1)![0];
  expect(reachesFull).toBeGreaterThan(2_000);

  // From the first second on, no stretch below -50 dBFS lasts longer than 50 ms (the tracks
  // change over at about 4 s and again, looping, at about 8 s).
  let gapStart: number | null = null;
  let longestGap = 0;
  for (const [t, db] of levels.filter(([t]) => t > 1_000)) {
    if (db < -50) gapStart ??= t;
    else if (gapStart !== null) {
      longestGap = Math.max(longestGap, t - gapStart);
      gapStart = null;
    }
  }
  expect(longestGap).toBeLessThanOrEqual(50);
});

test('staff are told when music should be playing but the output stays silent', async ({ page, startHost }) => {
  const quiet = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-silent-'));
  writeSilence(path.join(quiet, 'silent.ogg'), 30, { TITLE: 'Silent file' });
  const host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await importFolder(page, quiet, 1);
  await makePlaylist(page, 'Silence', ['Silent file'], 2);
  await startWith(page, host, 'Silence');
  await expect(page.getByRole('alert')).toContainText('Sound should be playing but nothing is reaching the output', {
    timeout: 15_000,
  });
  // Silence in the music itself is no fault of the player: the track is not replaced.
  await expect(page.getByRole('alert').filter({ hasText: 'Sound problem' })).toHaveCount(0);
});
