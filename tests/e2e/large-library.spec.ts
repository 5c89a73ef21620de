import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../support/host-fixture';

/** A library file as the app writes it, with ten thousand tracks. */
function writeLargeLibrary(dataDir: string, count: number): void {
  const tracks = Array.from({ length: count }, (_, i) => ({
    id: `track-${i}`,
    title: i === 7_777 ? 'Lantern over still water' : `Piece ${i}`,
    artist: `Artist ${i % 97}`,
    album: `Album ${i % 31}`,
    durationSec: 60 + (i % 40) * 30,
    fingerprint: `${i}:fingerprint`,
    source: { kind: 'reference', path: `/music/${i}.ogg` },
    cover: null,
    importedAt: '2026-11-01T10:00:00.000Z',
  }));
  fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ version: 1, tracks }));
}

test('the library stays quick with ten thousand tracks', async ({ page, startHost }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-large-'));
  writeLargeLibrary(dataDir, 10_000);
  const host = await startHost({ dataDir });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Library' }).click();
  const count = page.getByRole('status').filter({ hasText: ' tracks' });
  await expect(count).toHaveText('10000 of 10000 tracks');

  // Only the rows in view are in the page.
  const rows = page.getByRole('list', { name: 'Tracks', exact: true }).getByRole('listitem');
  expect(await rows.count()).toBeLessThan(40);

  const started = Date.now();
  await page.getByRole('searchbox', { name: 'Search' }).fill('lantern');
  await expect(count).toHaveText('1 of 10000 tracks');
  expect(Date.now() - started).toBeLessThan(1_000);
  await expect(rows).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('combobox', { name: 'Length' }).selectOption({ label: 'Over 20 minutes' });
  await expect(count).toHaveText(/^\d+ of 10000 tracks$/);
  const longOnes = Number((await count.textContent())!.split(' ')[0]);
  expect(longOnes).toBeGreaterThan(0);
  expect(longOnes).toBeLessThan(10_000);

  // Scrolling far down shows the right rows: the list is in album order, and the last of it is
  // the last piece by "Artist 96" on "Album 30" (numbers compare as numbers).
  await page.getByRole('combobox', { name: 'Length' }).selectOption({ label: 'Any length' });
  await page.locator('.track-list').evaluate((list) => list.scrollTo(0, 56 * 9_990));
  await expect(page.getByRole('list', { name: 'Tracks', exact: true })).toContainText('Piece 9020');
  // Sorted by date added instead (all on one day, so then in album order too), reversed, the top is that same piece.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Date added' });
  await page.getByRole('checkbox', { name: 'Reverse' }).check();
  await page.locator('.track-list').evaluate((list) => list.scrollTo(0, 0));
  await expect(page.getByRole('list', { name: 'Tracks', exact: true }).getByRole('listitem').first()).toContainText(
    'Piece 9020',
  );
});
