import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeCorrupt, writeTone } from '../support/audio-fixtures';
import { importFolder, makePlaylist } from '../support/library-steps';
import { AUDIBLE_DB, sampleOutputAfter } from '../support/page-readings';
import { chooseStraightIn } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import type { RunningHost } from '../support/web-host';

/** The longest stretch (ms) within [fromMs, toMs] where the output stays below `db`. */
function longestDip(levels: [number, number][], fromMs: number, toMs: number, db = AUDIBLE_DB): number {
  let dipStart: number | null = null;
  let longest = 0;
  for (const [t, level] of levels.filter(([t]) => t >= fromMs && t <= toMs)) {
    if (level < db) dipStart ??= t;
    else if (dipStart !== null) {
      longest = Math.max(longest, t - dipStart);
      dipStart = null;
    }
  }
  if (dipStart !== null) longest = Math.max(longest, toMs - dipStart);
  return longest;
}

/** Loudest level (dBFS) measured within [fromMs, toMs]. */
const loudestIn = (levels: [number, number][], fromMs: number, toMs: number) =>
  Math.max(...levels.filter(([t]) => t >= fromMs && t <= toMs).map(([, db]) => db));

/**
 * From the library: a program that plays the chosen music from Start session, the playlist chosen
 * on the start screen; then start, measuring the output from the click.
 */
async function startAndMeasure(page: Page, host: RunningHost, playlist: string, forMs: number) {
  await chooseStraightIn(page, host, playlist);
  const samples = sampleOutputAfter(page, 'click', forMs, 20);
  await page.getByRole('button', { name: 'Start session' }).click();
  return samples;
}

test('with no crossfade, every track of the playlist is heard, through three track changes', async ({
  page,
  startHost,
}) => {
  test.setTimeout(90_000);
  const tones = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-no-crossfade-'));
  const names = ['One', 'Two', 'Three', 'Four'];
  names.forEach((name, i) =>
    writeTone(path.join(tones, `${i}.ogg`), { seconds: 4, frequency: 300 + i * 110, tags: { TITLE: `Tone ${name}` } }),
  );
  const host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await importFolder(page, tones, 4);
  await makePlaylist(
    page,
    'Back to back',
    names.map((name) => `Tone ${name}`),
    0,
  );
  const levels = await startAndMeasure(page, host, 'Back to back', 17_000);

  // Tracks change at about 4, 8 and 12 s. After the first second of the fade-in the room is
  // never silent for more than a moment, and each track is about as loud as the first.
  expect(longestDip(levels, 1_000, 15_500)).toBeLessThanOrEqual(300);
  const first = loudestIn(levels, 2_500, 3_500);
  for (const middle of [5_500, 9_500, 13_500]) {
    expect(loudestIn(levels, middle - 500, middle + 500)).toBeGreaterThan(first - 6);
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('two unplayable tracks in a row are each replaced by audible ambience, and named', async ({ page, startHost }) => {
  test.setTimeout(90_000);
  const tones = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-unplayable-'));
  writeTone(path.join(tones, 'a.ogg'), { seconds: 10, frequency: 330, tags: { TITLE: 'Opening tone' } });
  writeTone(path.join(tones, 'b.ogg'), { seconds: 8, frequency: 440, tags: { TITLE: 'Gone tone' } });
  writeTone(path.join(tones, 'c.ogg'), { seconds: 8, frequency: 550, tags: { TITLE: 'Damaged tone' } });
  const host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await importFolder(page, tones, 3);
  await makePlaylist(page, 'Fragile', ['Opening tone', 'Gone tone', 'Damaged tone'], 2);
  // Once the library has found that all three play, one file goes missing and one is damaged.
  await expect(page.getByRole('status').filter({ hasText: 'Checking that' })).toHaveCount(0);
  fs.rmSync(path.join(tones, 'b.ogg'));
  writeCorrupt(path.join(tones, 'c.ogg'));

  // Opening tone 0–10 s, Gone tone 8–16 s, Damaged tone 14–22 s, then the playlist loops.
  const levels = await startAndMeasure(page, host, 'Fragile', 24_000);
  expect(longestDip(levels, 1_000, 23_000)).toBeLessThanOrEqual(300);
  // The stand-ins are heard on their own once the opening tone has faded.
  expect(loudestIn(levels, 11_000, 13_500)).toBeGreaterThan(AUDIBLE_DB);
  expect(loudestIn(levels, 17_000, 19_500)).toBeGreaterThan(AUDIBLE_DB);

  const alerts = page.getByRole('alert');
  await expect(alerts.filter({ hasText: '“Gone tone”' })).toContainText(
    /built-in ambience \(Soft rain\) plays instead/,
  );
  await expect(alerts.filter({ hasText: '“Damaged tone”' })).toContainText(
    /built-in ambience \(Soft rain\) plays instead/,
  );
});
