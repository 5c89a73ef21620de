import fs from 'node:fs';
import { mountSmallDisk, type SmallDisk } from '../support/small-disk';
import { closeSession, endTreatment, startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import { request } from '../support/web-host';

let disk: SmallDisk | undefined;

// The host must let go of the small disk before it can be unmounted.
test.afterEach(async ({ stopHosts }) => {
  await stopHosts();
  disk?.unmount();
});

/**
 * The room's safety controls never wait for the disk. The host runs as "nobody" on a small disk
 * of its own, which the test (as root) fills up, then makes unwritable to that user.
 */
test('with the disk full and then unwritable, every control still acts, staff are told, and Close waits for the disk', async ({
  page,
  startHost,
}) => {
  test.skip(process.getuid?.() !== 0, 'needs root to mount a small disk and to run the app as nobody');
  const mounted = mountSmallDisk(1024);
  test.skip('refused' in mounted, 'refused' in mounted ? mounted.refused : '');
  disk = mounted as SmallDisk;
  const host = await startHost({ dataDir: disk.dir, user: 'nobody' });
  await page.goto(host.url);
  await startSession(page);

  disk.fill();
  await page.getByRole('button', { name: 'Quiet now' }).click();
  await expect(page.getByRole('button', { name: 'Resume sound' })).toBeVisible();
  await page.getByRole('button', { name: 'Staff light' }).click();
  await expect(page.getByRole('button', { name: 'Staff light' })).toHaveAttribute('aria-pressed', 'true');
  const banner = page.getByRole('alert').filter({ hasText: 'Cannot save:' });
  await expect(banner).toHaveText('Cannot save: disk full (ENOSPC). The session goes on; changes are kept in memory.');
  // Nothing dismisses it.
  await expect(banner.getByRole('button')).toHaveCount(0);

  // Room on the disk, but the app's user may no longer write its folder: writes are refused at
  // once (EACCES) and retried on a timer, never in a loop that holds up the next press.
  disk.makeRoom();
  fs.chmodSync(host.dataDir, 0o555);
  const staffLight = page.getByRole('button', { name: 'Staff light' });
  for (const [press, shows] of [
    [
      page.getByRole('button', { name: 'Pause', exact: true }),
      page.getByRole('button', { name: 'Resume', exact: true }),
    ],
    [page.getByRole('button', { name: 'Resume sound' }), page.getByRole('button', { name: 'Quiet now' })],
    [staffLight, staffLight.and(page.locator('[aria-pressed="false"]'))],
    [
      page.getByRole('button', { name: 'Resume', exact: true }),
      page.getByRole('button', { name: 'Pause', exact: true }),
    ],
  ] as const) {
    const pressedAt = Date.now();
    await press.click();
    await expect(shows).toBeVisible();
    expect(Date.now() - pressedAt, 'a press takes effect at once').toBeLessThan(600);
  }
  await expect(banner).toContainText('no permission to write the data folder (EACCES)');

  // Close waits for the history line: refused with the reason, and it can be pressed again.
  await endTreatment(page);
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.getByRole('button', { name: 'Close session' }).click();
    const question = page.getByRole('dialog');
    await question.getByRole('radio', { name: 'Other: see the clinic’s chart' }).check();
    await question.getByRole('button', { name: 'Close session' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The session was not closed' })).toContainText(
      'Press Close session again',
    );
    await expect(page.getByText('Session closed', { exact: true })).toHaveCount(0);
  }

  // The disk is writable again: the banner goes once everything is written, and Close works.
  fs.chmodSync(host.dataDir, 0o755);
  await expect(banner).toHaveCount(0);
  await closeSession(page);
  const { records } = await request(host, 'history.list', {});
  expect(records).toHaveLength(1);
  const saved = JSON.parse(fs.readFileSync(`${host.dataDir}/session-run.json`, 'utf8')) as {
    run: { events: { type: string }[] };
  };
  expect(saved.run.events.map((e) => e.type)).toEqual(
    expect.arrayContaining(['quiet', 'staffLightOn', 'pause', 'resume', 'endTreatment', 'close']),
  );
});
