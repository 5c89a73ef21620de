import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTone } from '../support/audio-fixtures';
import { importFolder, makePlaylist } from '../support/library-steps';
import { expect, test } from '../support/host-fixture';

test('staff remove a track: they are told which playlist it empties, then it is gone and its file stays', async ({
  page,
  startHost,
}, testInfo) => {
  const music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-remove-'));
  writeTone(path.join(music, 'stays.ogg'), { seconds: 3, tags: { TITLE: 'Stays' } });
  writeTone(path.join(music, 'goes.ogg'), { seconds: 3, frequency: 330, tags: { TITLE: 'Goes' } });
  const host = await startHost();
  await page.goto(host.url);
  await importFolder(page, music, 2);
  await makePlaylist(page, 'Only this one', ['Goes'], 2);

  const tracks = page.getByRole('list', { name: 'Tracks', exact: true });
  await tracks.getByText('Goes').click();
  await page.getByRole('button', { name: 'Remove from library (1)' }).click();
  const question = page.getByRole('dialog', { name: 'Remove 1 track from the library?' });
  await expect(question).toContainText('“Only this one” would be left with no tracks and is deleted');
  await page.screenshot({ path: testInfo.outputPath('remove-question.png') });
  // Keeping it changes nothing.
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect(tracks).toContainText('Goes');

  await page.getByRole('button', { name: 'Remove from library (1)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
    'Removed 1 track. Deleted the empty playlists “Only this one”.',
  );
  await expect(tracks).not.toContainText('Goes');
  await expect(page.getByRole('status').filter({ hasText: ' of 1 tracks' })).toHaveText('1 of 1 tracks');
  await expect(page.getByRole('combobox', { name: 'Playlist' })).not.toContainText('Only this one');
  // It was played from where it was found: the file is the clinic's and stays.
  expect(fs.existsSync(path.join(music, 'goes.ogg'))).toBe(true);
});
