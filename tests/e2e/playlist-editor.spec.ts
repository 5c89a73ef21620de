import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { writeTone } from '../support/audio-fixtures';
import { importFolder, makePlaylist } from '../support/library-steps';
import { expect, test } from '../support/host-fixture';
import { request, type RunningHost } from '../support/web-host';

let music: string;
const TONES = ['Tone A', 'Tone B', 'Tone C', 'Tone D'];

test.beforeEach(() => {
  music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-tones-'));
  TONES.forEach((title, i) =>
    writeTone(path.join(music, `tone-${i}.ogg`), { seconds: 20, frequency: 220 * (i + 1), tags: { TITLE: title } }),
  );
});

const showList = (page: Page) => page.getByRole('list', { name: 'Playlist tracks' }).scrollIntoViewIfNeeded();
const rows = (page: Page) => page.getByRole('list', { name: 'Playlist tracks' }).getByRole('listitem');
const order = async (page: Page) => (await rows(page).locator('.playlist-track-title').allTextContents()).join(', ');
const savedOrder = async (host: RunningHost) =>
  (await request(host, 'playlists.list', {}))[0]!.tracks.map((t) => t.title).join(', ');
/** Where a row or handle is on screen; call `showList` first so nothing scrolls between two of these. */
const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, height: box.height };
};

/** Imports the four tones and saves them as one playlist with a 4 s crossfade: 80 s less four crossfades, 1:04. */
async function fourTonePlaylist(page: Page, host: RunningHost): Promise<string> {
  await page.goto(host.url);
  await importFolder(page, music, 4);
  await makePlaylist(page, 'Four tones', TONES, 4);
  return (await request(host, 'playlists.list', {}))[0]!.id;
}

/** A copy of the 40-minute IV program whose Deep phase plays the playlist. */
async function programPlaying(host: RunningHost, playlistId: string) {
  const iv40 = (await request(host, 'programs.list', {})).find((p) => p.id === 'iv-40')!;
  await request(host, 'programs.save', {
    ...iv40,
    id: 'iv-40-music',
    name: 'IV infusion with music',
    phases: iv40.phases.map((phase) =>
      phase.id === 'deep' ? { ...phase, sound: { playlistId, volume: 0.8 } } : phase,
    ),
  });
}

/** Back to the start screen and into the library again (which reads playlists and programs afresh), then open the playlist. */
async function reopen(page: Page, name: string) {
  await page.reload();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('combobox', { name: 'Playlist', exact: true }).selectOption({ label: name });
}

test('staff reorder a playlist by dragging with the mouse and by keyboard, and see its length against the phases that play it', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await startHost();
  const playlistId = await fourTonePlaylist(page, host);
  await programPlaying(host, playlistId);
  await reopen(page, 'Four tones');
  await expect(page.getByText('4 tracks · 1 min 4 s for one pass, crossfades counted once')).toBeVisible();
  const uses = page.getByRole('list', { name: 'Phases that play this playlist' });
  await expect(uses.getByRole('listitem')).toHaveText([
    'IV infusion with music · Deep: 30 min — the playlist (1 min 4 s) loops about 28.1 times',
  ]);
  expect(await order(page)).toBe('Tone A, Tone B, Tone C, Tone D');

  // Drag Tone A by its handle to below Tone C; while it is held, Tone C shows where it will land.
  await showList(page);
  const from = await centre(rows(page).nth(0).locator('.drag-handle'));
  const target = await centre(rows(page).nth(2));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, target.y + target.height / 4, { steps: 10 });
  await expect(rows(page).nth(2)).toHaveClass(/drop-after/);
  await expect(rows(page).nth(0)).toHaveClass(/dragging/);
  expect(await order(page)).toBe('Tone A, Tone B, Tone C, Tone D');
  await page.screenshot({ path: testInfo.outputPath('playlist-dragging.png') });
  await page.mouse.up();
  expect(await order(page)).toBe('Tone B, Tone C, Tone A, Tone D');
  await expect(page.getByText('Moved “Tone A” to position 3 of 4')).toBeAttached();
  await expect(page.locator('.drop-after, .drop-before, .dragging')).toHaveCount(0);

  // Escape during a drag leaves the order alone.
  const d = await centre(rows(page).nth(3).locator('.drag-handle'));
  await page.mouse.move(d.x, d.y);
  await page.mouse.down();
  await page.mouse.move(d.x, (await centre(rows(page).nth(0))).y, { steps: 5 });
  await expect(rows(page).nth(0)).toHaveClass(/drop-before/);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect(await order(page)).toBe('Tone B, Tone C, Tone A, Tone D');

  // Keyboard: Alt+Up on Tone D twice; focus stays with it as it moves.
  const toneD = rows(page).filter({ hasText: 'Tone D' });
  await toneD.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(toneD).toBeFocused();
  expect(await order(page)).toBe('Tone B, Tone D, Tone C, Tone A');
  await expect(page.getByText('Moved “Tone D” to position 2 of 4')).toBeAttached();
  await page.screenshot({ path: testInfo.outputPath('playlist-editor.png'), fullPage: true });

  // Nothing is stored until Save; then the new order is, and comes back after a reload.
  expect(await savedOrder(host)).toBe('Tone A, Tone B, Tone C, Tone D');
  await page.getByRole('button', { name: 'Save playlist' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved “Four tones”.');
  expect(await savedOrder(host)).toBe('Tone B, Tone D, Tone C, Tone A');
  await reopen(page, 'Four tones');
  expect(await order(page)).toBe('Tone B, Tone D, Tone C, Tone A');

  // The length against the phase follows the playlist as it is edited: without Tone A it is 48 s.
  await rows(page).filter({ hasText: 'Tone A' }).getByRole('button', { name: 'Remove Tone A' }).click();
  await expect(uses.getByRole('listitem')).toHaveText([
    'IV infusion with music · Deep: 30 min — the playlist (48 s) loops about 37.5 times',
  ]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a track is dragged into place with a finger', async ({ page, startHost }) => {
    const host = await startHost();
    await fourTonePlaylist(page, host);
    await showList(page);
    const from = await centre(rows(page).nth(3).locator('.drag-handle'));
    const to = await centre(rows(page).nth(0));
    // Real touch input through the browser, so the page must keep it from turning into a scroll.
    const touch = await page.context().newCDPSession(page);
    const point = (y: number) => [{ x: from.x, y }];
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.y) });
    for (let step = 1; step <= 10; step++) {
      const y = from.y + ((to.y - to.height / 4 - from.y) * step) / 10;
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y) });
    }
    await expect(rows(page).nth(0)).toHaveClass(/drop-before/);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => order(page)).toBe('Tone D, Tone A, Tone B, Tone C');
  });
});
