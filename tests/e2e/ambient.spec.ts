import type { Page } from '@playwright/test';
import { meanBrightness } from '../support/page-readings';
import { startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';

const ambientLevel = (page: Page) =>
  page.getByRole('main', { name: 'Ambient display' }).getAttribute('data-light-level').then(Number);

/** Waits until the display has settled on a level (its one-second opacity fade done), then measures it. */
async function settledBrightness(
  page: Page,
  level: (n: number) => boolean,
  testInfo: ReturnType<typeof test.info>,
  name: string,
) {
  await expect.poll(async () => level(await ambientLevel(page)), { timeout: 30_000 }).toBe(true);
  const settled = await ambientLevel(page);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .getAnimations()
            .filter((a) => a.playState === 'running' && (a as CSSTransition).transitionProperty === 'opacity').length,
      ),
    )
    .toBe(0);
  const png = await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  return { level: settled, brightness: await meanBrightness(page, png) };
}

test('the ambient display glows with the room light: dim in deep phases, up fast for staff light', async ({
  page,
  context,
  startHost,
}, testInfo) => {
  const host = await startHost({ timeScale: 60 });
  const ambient = await context.newPage();
  await ambient.goto(`${host.url}&view=ambient`);
  const room = await settledBrightness(ambient, (n) => n === 70, testInfo, '1-room-level');

  await page.goto(host.url);
  await startSession(page);
  await expect(ambient.getByRole('timer', { name: 'Time since dose' })).toBeVisible();
  await page.getByRole('button', { name: 'Next phase' }).click();
  // The deep phase dims the room to 10 % over two session minutes.
  const deep = await settledBrightness(ambient, (n) => n === 10, testInfo, '2-deep-phase');
  expect(deep.brightness / room.brightness).toBeGreaterThan((0.5 * deep.level) / room.level);
  expect(deep.brightness / room.brightness).toBeLessThan((1.6 * deep.level) / room.level);

  await page.getByRole('button', { name: 'Staff light' }).click();
  const staff = await settledBrightness(ambient, (n) => n >= 85, testInfo, '3-staff-light');
  expect(staff.brightness).toBeGreaterThan(room.brightness);
});

test('the ambient display never loads the sound engine, so a second window can never double the sound', async ({
  page,
  startHost,
}) => {
  const host = await startHost();
  await page.goto(`${host.url}&view=ambient`);
  await expect(page.getByRole('main', { name: 'Ambient display' })).toBeVisible();
  expect(await page.evaluate(() => typeof window.stillroomDiagnostics)).toBe('undefined');
});
