import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTone } from '../support/audio-fixtures';
import { importFolder } from '../support/library-steps';
import { expect, test } from '../support/host-fixture';

test('a USB stick with a folder its user may not read: the folder is named, the rest is imported', async ({
  page,
  startHost,
}) => {
  const asRoot = process.getuid?.() === 0;
  test.skip(!asRoot, 'needs root to start the app as another user (nobody) with runuser');
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-stick-'));
  fs.chmodSync(stick, 0o755);
  writeTone(path.join(stick, 'Music', 'calm.ogg'), { seconds: 1, tags: { TITLE: 'Calm' } });
  writeTone(path.join(stick, 'evening.ogg'), { seconds: 1, tags: { TITLE: 'Evening' } });
  writeTone(path.join(stick, 'System Volume Information', 'hidden.ogg'), { seconds: 1 });
  fs.chmodSync(path.join(stick, 'System Volume Information'), 0o700);

  // The app runs as "nobody", as a clinic's own account would; root owns the hidden folder.
  const host = await startHost({ user: 'nobody' });
  await page.goto(host.url);
  await importFolder(page, stick, 2);
  const notAdded = page.getByRole('list', { name: 'Files not added' });
  await expect(notAdded).toContainText(path.join(stick, 'System Volume Information'));
  await expect(notAdded).toContainText('This folder cannot be opened (permission denied)');
  await expect(page.getByRole('list', { name: 'Tracks', exact: true })).toContainText('Calm');
});
