import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTone } from '../support/audio-fixtures';
import { importFolder } from '../support/library-steps';
import { expect, test } from '../support/host-fixture';

test('two staff screens on one room: tracks imported, tagged and removed on one show on the other without reopening it', async ({
  page,
  context,
  startHost,
}) => {
  const music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-windows-'));
  writeTone(path.join(music, 'stays.ogg'), { seconds: 3, tags: { TITLE: 'Stays' } });
  writeTone(path.join(music, 'goes.ogg'), { seconds: 3, frequency: 330, tags: { TITLE: 'Goes' } });
  const host = await startHost();
  const other = await context.newPage();
  await other.goto(host.url);
  await other.getByRole('button', { name: 'Library' }).click();
  const otherCount = other.getByRole('status').filter({ hasText: ' tracks' });
  await expect(otherCount).toHaveText('0 of 0 tracks');

  await page.goto(host.url);
  await importFolder(page, music, 2);
  await expect(otherCount).toHaveText('2 of 2 tracks');

  const tracks = page.getByRole('list', { name: 'Tracks', exact: true });
  const otherTracks = other.getByRole('list', { name: 'Tracks', exact: true });
  await tracks.getByText('Stays').click();
  await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Voices' });
  await page.getByRole('button', { name: 'Tag selected (1)' }).click();
  await expect(otherTracks.getByRole('listitem').filter({ hasText: 'Stays' })).toContainText('Voices');

  await tracks.getByText('Stays').click();
  await tracks.getByText('Goes').click();
  await page.getByRole('button', { name: 'Remove from library (1)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(otherTracks).not.toContainText('Goes');
  await expect(otherCount).toHaveText('1 of 1 tracks');
});
