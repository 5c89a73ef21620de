import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { endTreatment, startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import { request } from '../support/web-host';

/*
 * The pictures in the README, taken from the running app. They are written to the test's own
 * output; with UPDATE_README_SCREENSHOTS=1 they also replace docs/screenshots/.
 */

/** The smallest window staff use, a common laptop, and a room's large screen. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** One picture of the screen as it is now at each size, named "<name>-<width>x<height>.png". */
async function picture(page: Page, name: string, testInfo: ReturnType<typeof test.info>) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const file = testInfo.outputPath(`${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: file, fullPage: name === 'take-home-sheet' });
    if (process.env.UPDATE_README_SCREENSHOTS === '1') {
      fs.mkdirSync('docs/screenshots', { recursive: true });
      fs.copyFileSync(file, path.join('docs/screenshots', path.basename(file)));
    }
  }
  await page.setViewportSize(SIZES[1]!);
}

test('the README’s pictures: console, patient screen, recovery and a take-home sheet', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await startHost({ timeScale: 60 });
  const clinic = await request(host, 'clinic.get', {});
  await request(host, 'clinic.save', {
    ...clinic,
    clinicName: 'Harbor Clinic',
    roomName: 'Room 2',
    clinicPhone: '(555) 010-4477',
  });
  await request(host, 'staff.setPin', { newPin: '4821' });
  await page.goto(host.url);

  await page.getByRole('button', { name: 'Open the patient screen' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your music' })).toBeVisible();
  await page.getByRole('radio', { name: /Ocean, no music/ }).click();
  await picture(page, 'patient-screen', testInfo);
  await page.getByRole('button', { name: 'Staff' }).click();
  await page.getByLabel('Clinic PIN').fill('4821');
  await page.getByRole('button', { name: 'Unlock' }).click();

  await startSession(page);
  await page.getByRole('button', { name: 'Next phase' }).click();
  // The deep phase: the room and the console dim.
  await expect
    .poll(() => page.evaluate(() => Number(document.documentElement.dataset.roomLight)), { timeout: 20_000 })
    .toBeLessThanOrEqual(12);
  await picture(page, 'console-during-session', testInfo);

  await endTreatment(page);
  await expect(page.getByRole('timer', { name: 'Recovery time remaining' })).toBeVisible();
  await picture(page, 'recovery-countdown', testInfo);

  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await page.getByRole('spinbutton', { name: 'Session number in the series (optional)' }).fill('2');
  await expect(page.getByRole('article', { name: 'Take-home sheet' })).toContainText('Session 2');
  await picture(page, 'take-home-sheet', testInfo);
});
