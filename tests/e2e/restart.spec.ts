import fs from 'node:fs';
import path from 'node:path';
import { AUDIBLE_DB, outputLevelDb, timerSeconds } from '../support/page-readings';
import { startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';

test('after the host is killed mid-session, restarting offers Resume session at the right second', async ({
  page,
  startHost,
}, testInfo) => {
  let host = await startHost();
  await page.goto(host.url);
  await startSession(page);
  await expect.poll(() => timerSeconds(page, 'Time since dose')).toBeGreaterThanOrEqual(3);

  // No warning and no clean shutdown: the process just dies.
  host.process.kill('SIGKILL');
  await new Promise((resolve) => host.process.once('exit', resolve));
  const saved = JSON.parse(fs.readFileSync(path.join(host.dataDir, 'session-run.json'), 'utf8')) as {
    run: { events: { at: number }[] };
  };
  const startedAt = saved.run.events[0]!.at;

  host = await startHost({ dataDir: host.dataDir });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'A session was running in this room' })).toBeVisible();
  await expect(page.getByText(/^Stillroom was closed for \d+ seconds? \(from/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('resume-offer.png') });
  // Sound waits for staff.
  expect(await page.getByRole('meter', { name: 'Output level' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Resume session' }).click();

  // The timer shows whole seconds, so it may trail the true time by up to a second.
  const before = (Date.now() - startedAt) / 1000;
  const shown = await timerSeconds(page, 'Program time');
  const after = (Date.now() - startedAt) / 1000;
  expect(shown).toBeGreaterThanOrEqual(Math.floor(before) - 1);
  expect(shown).toBeLessThanOrEqual(Math.ceil(after));
  await expect(page.getByText('Opening', { exact: true })).toBeVisible();
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
});

test('an unreadable run log is moved aside, reported, and the room starts clean', async ({ page, startHost }) => {
  let host = await startHost();
  await host.stop();
  const file = path.join(host.dataDir, 'session-run.json');
  fs.writeFileSync(file, '{"run": {"id": "x", "events": [tru');

  host = await startHost({ dataDir: host.dataDir });
  await page.goto(host.url);
  const alert = page.getByRole('alert').filter({ hasText: 'session-run.json' });
  await expect(alert).toContainText('moved to');
  const movedTo = /moved to (\S+\.json)/.exec((await alert.textContent()) ?? '')![1]!;
  expect(fs.readFileSync(movedTo, 'utf8')).toBe('{"run": {"id": "x", "events": [tru');
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
});
