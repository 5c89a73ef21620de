import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeTone } from '../support/audio-fixtures';
import { journeyWith } from '../support/journeys';
import { closeSession, endTreatment, startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import { request, type RunningHost } from '../support/web-host';

async function openRooms(page: Page, host: RunningHost) {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Clinic', exact: true }).click();
  await page.getByRole('tab', { name: 'Rooms and PIN' }).click();
}

test('a clinic’s setup, exported from one room, makes a second room the same; the backup undoes it', async ({
  page,
  startHost,
}, testInfo) => {
  // The first room: its own name, phone and logo, music, a playlist, a journey and a program copy.
  const first = await startHost();
  const music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-pack-music-'));
  writeTone(path.join(music, 'dawn.ogg'), { seconds: 8, frequency: 300, tags: { TITLE: 'Dawn' } });
  await request(first, 'library.import', { paths: [music], mode: 'copy' });
  const [track] = await request(first, 'library.list', {});
  const playlist = await request(first, 'playlists.save', { name: 'Dawn', crossfadeSec: 2, trackIds: [track!.id] });
  await request(first, 'journeys.save', journeyWith(playlist.id, 'Dawn chorus', 'Morning light.'));

  await page.goto(first.url);
  await page.getByRole('button', { name: 'Clinic', exact: true }).click();
  // The clinic's own program: a copy of a built-in one, renamed and with a longer Deep phase.
  await page.getByRole('tab', { name: 'Programs' }).click();
  await page.getByRole('button', { name: 'Make a copy of IV infusion, 40 min' }).click();
  const editor = page.getByRole('region', { name: 'Edit program' });
  await editor.getByRole('group', { name: 'About' }).getByRole('textbox', { name: 'Name' }).fill('IV infusion, 45 min');
  await editor.getByRole('group', { name: '3. Deep' }).getByRole('spinbutton', { name: 'Length (minutes)' }).fill('35');
  await expect(editor.getByText('Settling in until the dose · treatment 45 min · recovery 30 min')).toBeVisible();
  await expect
    .poll(
      async () =>
        (await request(first, 'programs.list', {}))
          .find((p) => p.name === 'IV infusion, 45 min')
          ?.phases.find((phase) => phase.id === 'deep')?.durationSec,
    )
    .toBe(35 * 60);
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('textbox', { name: 'Clinic name' }).fill('Harbor Clinic');
  await page.getByRole('textbox', { name: 'Phone number' }).fill('555 0100');
  await page.getByRole('textbox', { name: 'Picture file (PNG or JPEG)' }).fill(path.resolve('assets/icon.png'));
  await page.getByRole('button', { name: 'Use this picture' }).click();
  await expect(page.getByRole('img', { name: 'The clinic’s logo' })).toBeVisible();
  // Not a picture: refused, said why, and the logo stays.
  await page.getByRole('textbox', { name: 'Picture file (PNG or JPEG)' }).fill(path.resolve('package.json'));
  await page.getByRole('button', { name: 'Use this picture' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'PNG or JPEG' })).toBeVisible();

  const pack = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-pack-')), 'harbor.zip');
  await page.getByRole('tab', { name: 'Rooms and PIN' }).click();
  await page.getByRole('textbox', { name: 'Save the pack as' }).fill(pack);
  await page.getByRole('button', { name: 'Export clinic pack' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved /' })).toContainText('1 track(s), 1 music file(s)');

  // The second room, with a data folder of its own.
  const second = await startHost();
  await openRooms(page, second);
  await page.getByRole('textbox', { name: 'Pack to import' }).fill(pack);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  const preview = page.getByRole('list', { name: 'What the import changes' });
  await expect(preview).toContainText('Programs added: IV infusion, 45 min.');
  await expect(preview).toContainText('Journeys added: Dawn chorus.');
  await expect(preview).toContainText('Tracks added to the library: 1.');
  await page.screenshot({ path: testInfo.outputPath('import-preview.png'), fullPage: true });
  await page.getByRole('button', { name: 'Import all of it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

  // The same setup: compared through the contract, room name aside.
  expect(await request(second, 'programs.list', {})).toEqual(await request(first, 'programs.list', {}));
  expect(await request(second, 'journeys.list', {})).toEqual(await request(first, 'journeys.list', {}));
  expect(await request(second, 'playlists.list', {})).toEqual(await request(first, 'playlists.list', {}));
  const [a, b] = [await request(first, 'clinic.get', {}), await request(second, 'clinic.get', {})];
  expect({ ...b, roomName: a.roomName }).toEqual(a);
  // And what a patient and staff see: the program on the start screen, the logo on the sheet.
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('textbox', { name: 'Clinic name' })).toHaveValue('Harbor Clinic');
  await page.getByRole('button', { name: 'Back' }).click();
  await startSession(page, 'IV infusion, 45 min', { dose: false });
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  const logo = page.getByRole('article', { name: 'Take-home sheet' }).locator('img.sheet-logo');
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Back to session' }).click();
  await endTreatment(page);
  await closeSession(page, 'Stopped before the dose');
  await page.getByRole('button', { name: 'Ready for next session' }).click();

  // One step back to how the second room was.
  await openRooms(page, second);
  await page.getByRole('button', { name: 'Restore it' }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is back' })).toBeVisible();
  expect((await request(second, 'clinic.get', {})).clinicName).toBe('');
  expect((await request(second, 'programs.list', {})).map((p) => p.name)).not.toContain('IV infusion, 45 min');
});
