import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testCorpus } from '../support/corpus';
import { importFolder } from '../support/library-steps';
import { expect, test } from '../support/host-fixture';

test('an iTunes Apple Lossless rip and an ADPCM recording are marked “Will not play here” and kept out of playlists', async ({
  page,
  startHost,
}) => {
  const { dir } = testCorpus();
  const music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-playable-'));
  for (const file of ['m4a/alac.m4a', 'wav/adpcm.wav', 'wav/pcm.wav'])
    fs.copyFileSync(path.join(dir, file), path.join(music, path.basename(file)));
  const host = await startHost();
  await page.goto(host.url);
  await importFolder(page, music, 3);

  // Each track is tried in this browser after the import; the two it cannot decode are marked.
  const tracks = page.getByRole('list', { name: 'Tracks', exact: true });
  const row = (title: string) => tracks.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
  await expect(row('alac')).toContainText('Will not play here: Apple Lossless (ALAC)');
  await expect(row('adpcm')).toContainText('Will not play here: IMA ADPCM');
  await expect(row('pcm')).not.toContainText('Will not play');

  for (const title of ['alac', 'adpcm', 'pcm']) await tracks.getByText(title, { exact: true }).click();
  await page.getByRole('button', { name: 'Add selected tracks (3)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Left out' })).toHaveText(
    'Left out “alac”, “adpcm”: they will not play here.',
  );
  await expect(page.getByRole('list', { name: 'Playlist tracks' }).getByRole('listitem')).toHaveCount(1);
});
