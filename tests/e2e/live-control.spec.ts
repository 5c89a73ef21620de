import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { AUDIBLE_DB, outputLevelDb, roomLight, SILENT_DB, timerSeconds } from '../support/page-readings';
import { startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';

const phaseSecondsLeft = (page: Page) => timerSeconds(page, 'Time left in this phase');

test('staff run the demo program with every control, then recovery, checklist, close and history', async ({
  page,
  startHost,
}, testInfo) => {
  const testStarted = Date.now();
  // Four times real speed: the 3-minute demo takes 45 s.
  // A clinic in New York: the CSV's times are its clock's, with its UTC offset.
  const host = await startHost({ timeScale: 4, env: { TZ: 'America/New_York' } });
  await page.goto(host.url);
  await startSession(page, 'Demo, 3 min', { dose: false });
  await expect(page.getByRole('main').getByText(/^Demo, 3 minTraining$/)).toBeVisible();
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);

  // Dose given (D) ends settling in; the clinical clock starts.
  await page.keyboard.press('d');
  await expect(page.getByRole('timer', { name: 'Time since dose' })).toBeVisible();
  await expect(page.getByText('Opening', { exact: true })).toBeVisible();

  // Pause (space): the clock stops and sound fades out; Resume continues from the same second.
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  const pausedAt = await timerSeconds(page, 'Program time');
  await expect.poll(() => outputLevelDb(page)).toBeLessThanOrEqual(SILENT_DB);
  expect(await timerSeconds(page, 'Program time')).toBe(pausedAt);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => timerSeconds(page, 'Program time')).toBeGreaterThan(pausedAt);
  await expect.poll(() => outputLevelDb(page)).toBeGreaterThan(AUDIBLE_DB);

  // Quiet now (Q): silence within 3 s while the clock keeps running; Resume sound brings it back.
  await page.keyboard.press('q');
  const quietAt = await timerSeconds(page, 'Program time');
  await expect.poll(() => outputLevelDb(page), { timeout: 3_000 }).toBeLessThanOrEqual(SILENT_DB);
  await expect.poll(() => timerSeconds(page, 'Program time')).toBeGreaterThan(quietAt);
  await page.getByRole('button', { name: 'Resume sound' }).click();
  await expect.poll(() => outputLevelDb(page)).toBeGreaterThan(AUDIBLE_DB);

  // Staff light (L) comes up fast; a second press returns slowly to the phase level.
  await page.keyboard.press('l');
  await expect.poll(() => roomLight(page), { timeout: 2_000 }).toBeGreaterThanOrEqual(80);
  await expect(page.getByRole('button', { name: 'Staff light' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Staff light' }).click();
  await expect(page.getByRole('button', { name: 'Staff light' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => roomLight(page), { timeout: 15_000 }).toBeLessThan(50);

  // The blood-pressure reminder appears as a card, silently, and goes once done.
  const reminder = page.getByText(/^Vitals \(practice\): BP, HR, SpO₂, sedation and dissociation/);
  await expect(reminder).toBeVisible({ timeout: 20_000 });
  await page.getByRole('region', { name: 'Reminders', exact: true }).getByRole('button', { name: 'Done' }).click();
  await expect(reminder).toBeHidden();

  // A nervous double click on Extend adds five minutes once, not ten.
  const before = await phaseSecondsLeft(page);
  await page.getByRole('button', { name: 'Extend 5 min' }).dblclick();
  await expect.poll(() => phaseSecondsLeft(page)).toBeGreaterThan(before + 4 * 60);
  expect(await phaseSecondsLeft(page)).toBeLessThan(before + 6 * 60);
  await page.screenshot({ path: testInfo.outputPath('1-console.png') });

  // End treatment (E) asks first; End treatment now starts recovery; the checklist can be ticked.
  await page.keyboard.press('e');
  await page.getByRole('dialog', { name: 'End treatment?' }).getByRole('button', { name: 'End treatment now' }).click();
  await expect(page.getByRole('timer', { name: 'Recovery time remaining' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'End treatment', exact: true })).toBeDisabled();
  const items = page.getByRole('group', { name: 'Before discharge' }).getByRole('checkbox');
  for (const item of await items.all()) {
    await item.click();
    await expect(item).toBeChecked();
  }
  await page.screenshot({ path: testInfo.outputPath('2-recovery-checklist.png') });
  await expect(
    page.getByText('Minimum time reached. Discharge when the checklist is done and the patient is ready.'),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('main').getByText(/complete/i)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('3-discharge-ready.png') });

  // Everything ticked and the minimum reached: Close session closes at once.
  await page.getByRole('button', { name: 'Close session' }).click();
  await expect(page.getByText('Session closed', { exact: true })).toBeVisible();
  await expect.poll(() => outputLevelDb(page), { timeout: 5_000 }).toBeLessThanOrEqual(SILENT_DB);
  await page.getByRole('button', { name: 'Ready for next session' }).click();

  // The demo is training: the history leaves it out until asked.
  await page.getByRole('button', { name: 'History' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Demo, 3 min' });
  await expect(page.getByText('No sessions have been closed in this room yet.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show training sessions' }).check();
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Training');
  await expect(row).not.toContainText('closed early');
  // Every checklist item was ticked, and the sound output was never lost.
  const cell = async (column: string) => {
    const headers = await page.getByRole('columnheader').allTextContents();
    return row.getByRole('cell').nth(headers.indexOf(column));
  };
  await expect(await cell('Not ticked')).toHaveText('None');
  await expect(await cell('Sound output lost')).toHaveText('None');
  await page.screenshot({ path: testInfo.outputPath('4-history.png') });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  const [header, line] = csv.trim().split('\r\n');
  expect(header).toContain('program');
  // The first time in the row is when the session started (the program's name holds a comma, so no plain split).
  expect(header!.split(',').findIndex((column) => column.endsWith(' at'))).toBe(
    header!.split(',').indexOf('started at'),
  );
  const startedAt = /,(\d{4}-\d\d-\d\dT[^,]+),/.exec(line!)![1]!;
  const newYorkOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'longOffset' })
    .formatToParts(new Date(Date.parse(startedAt)))
    .find((part) => part.type === 'timeZoneName')!
    .value.replace('GMT', '');
  expect(startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  expect(startedAt.endsWith(newYorkOffset)).toBe(true);
  // The same instant as the session's start (the host's clock runs four times faster from its start).
  expect(Date.parse(startedAt)).toBeGreaterThan(testStarted - 1000);
  expect(line).toContain('Demo');
  expect(line).toContain('Vitals (practice)');
  expect(line).toContain('Vital signs at or near baseline; Alert and oriented; Walks steadily');
});
