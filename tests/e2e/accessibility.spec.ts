import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { writeTone } from '../support/audio-fixtures';
import { importFolder, makePlaylist } from '../support/library-steps';
import { setRoomLight } from '../support/page-readings';
import { endTreatment, startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import { request } from '../support/web-host';

/*
 * Every screen, checked by axe-core against WCAG 2.2 A and AA and axe's best practices, twice:
 * in the look of a lit room and in the darkest look the console takes when the room's lights
 * are off. Each look is also saved as a picture in the test's output.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((v) => {
      const where = v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`);
      return `${v.id} (${v.impact}): ${v.help}\n${where.join('\n')}`;
    })
    .join('\n');
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/**
 * axe cannot read the contrast of text in an open modal dialog when the page behind it differs
 * under the text's lines (it compares what lies under each line, even below an opaque dialog).
 * Splits those off from the rest.
 */
async function splitDialogText(page: Page, unread: AxeResults): Promise<[boolean, AxeResults]> {
  if ((await page.locator('dialog[open]').count()) === 0) return [false, unread];
  const inModal = (target: string) =>
    page
      .locator(target)
      .first()
      .evaluate((element) => element.closest('dialog[open]') !== null);
  let found = false;
  const rest: AxeResults = [];
  for (const result of unread) {
    const nodes = [];
    for (const node of result.nodes) {
      if (await inModal(node.target.join(' '))) found = true;
      else nodes.push(node);
    }
    if (nodes.length > 0) rest.push({ ...result, nodes });
  }
  return [found, rest];
}

/**
 * The open dialog's text contrast, measured with nothing behind it: its own background must be
 * opaque (so the page behind never shows through), and every text must pass against it.
 */
async function dialogContrast(page: Page): Promise<AxeResults> {
  const dialog = page.locator('dialog[open]');
  const alpha = await dialog.evaluate(
    (d) =>
      getComputedStyle(d)
        .backgroundColor.match(/[\d.]+/g)!
        .slice(3)[0],
  );
  expect(alpha === undefined || Number(alpha) === 1, 'an open dialog hides the page behind it').toBe(true);
  await dialog.evaluate((d) => {
    document.body.style.visibility = 'hidden';
    (d as HTMLElement).style.visibility = 'visible';
  });
  try {
    const { violations, incomplete } = await new AxeBuilder({ page })
      .include('dialog[open]')
      .withRules(['color-contrast'])
      .analyze();
    return [...violations, ...incomplete];
  } finally {
    await dialog.evaluate((d) => {
      document.body.style.visibility = '';
      (d as HTMLElement).style.visibility = '';
    });
  }
}

/** Checks the page as it is now in both looks, and leaves it in the lit look. */
async function expectAccessible(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [look, level] of [
    ['lit', 0.7],
    ['dark', 0],
  ] as const) {
    await setRoomLight(page, level);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${look}.png`), fullPage: true });
    const { violations, incomplete } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    // axe leaves contrast "incomplete" when it cannot tell the colours; that must not hide a
    // failure. Arrow and cross glyphs on icon buttons are its one exception: they are drawn in
    // the same ink as the text beside them, which the check above already measures.
    const unreadContrast = incomplete
      .filter((r) => r.id === 'color-contrast')
      .map((r) => ({ ...r, nodes: r.nodes.filter((n) => !n.any.some((c) => c.data?.messageKey === 'nonBmp')) }))
      .filter((r) => r.nodes.length > 0);
    const [unreadInDialog, unreadElsewhere] = await splitDialogText(page, unreadContrast);
    const inDialog = unreadInDialog ? await dialogContrast(page) : [];
    expect.soft(describeViolations([...violations, ...unreadElsewhere, ...inDialog]), `${name}, ${look} room`).toBe('');
  }
  await setRoomLight(page, 0.7);
}

test('the start screen, the About box and the screens reached from the app bar', async ({
  page,
  startHost,
}, testInfo) => {
  test.setTimeout(180_000);
  const music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-a11y-'));
  ['Tone A', 'Tone B'].forEach((title, i) =>
    writeTone(path.join(music, `tone-${i}.ogg`), { seconds: 8, frequency: 330 * (i + 1), tags: { TITLE: title } }),
  );
  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
  await expectAccessible(page, testInfo, 'start');

  await page.getByRole('button', { name: 'About' }).click();
  await expect(page.getByRole('dialog', { name: 'About Stillroom' })).toBeVisible();
  await expectAccessible(page, testInfo, 'about');
  await page.keyboard.press('Escape');

  await importFolder(page, music, 2);
  await makePlaylist(page, 'Two tones', ['Tone A', 'Tone B'], 2);
  await expectAccessible(page, testInfo, 'library');
  await page.getByRole('button', { name: 'Back' }).click();

  await page.getByRole('button', { name: 'Lights' }).click();
  await page.getByRole('button', { name: 'Add Home Assistant output' }).click();
  await expect(page.getByRole('form', { name: 'New Home Assistant output' })).toBeVisible();
  await expectAccessible(page, testInfo, 'lights');
  await page.getByRole('button', { name: 'Back' }).click();

  await page.getByRole('button', { name: 'Clinic', exact: true }).click();
  for (const tab of ['Details', 'Take-home sheet', 'Prompts', 'Programs', 'Journeys', 'Rooms and PIN']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(page, testInfo, `clinic-${tab.toLowerCase().replace(/ /g, '-')}`);
  }
  await page.getByRole('button', { name: 'Back' }).click();

  await page.getByRole('button', { name: 'History' }).click();
  await expectAccessible(page, testInfo, 'history');
});

test('the patient screen and the staff unlock', async ({ page, startHost }, testInfo) => {
  test.setTimeout(120_000);
  const host = await startHost();
  await request(host, 'staff.setPin', { newPin: '4821' });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open the patient screen' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your music' })).toBeVisible();
  await expectAccessible(page, testInfo, 'patient-music');
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.getByRole('heading', { name: 'Elige tu música' })).toBeVisible();
  await expectAccessible(page, testInfo, 'patient-music-spanish');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('radiogroup', { name: 'Music for your session' }).getByRole('radio').first().click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Anything to leave out?' })).toBeVisible();
  await expectAccessible(page, testInfo, 'patient-leave-out');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('slider', { name: 'Comfortable volume' })).toBeVisible();
  await expectAccessible(page, testInfo, 'patient-volume');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('textbox', { name: 'Your intention (optional)' })).toBeVisible();
  await expectAccessible(page, testInfo, 'patient-intention');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expectAccessible(page, testInfo, 'patient-thanks');
  await page.getByRole('button', { name: 'Staff' }).click();
  await expect(page.getByRole('dialog', { name: 'Staff unlock' })).toBeVisible();
  await expectAccessible(page, testInfo, 'staff-unlock');
});

test('the console through a session, the sheet, and the resume screen after a restart', async ({
  page,
  startHost,
}, testInfo) => {
  test.setTimeout(120_000);
  let host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page, 'IV infusion, 40 min', { dose: false });
  await expectAccessible(page, testInfo, 'console-settling-in');
  await page.getByRole('button', { name: 'Dose given' }).click();
  await expect(page.getByRole('timer', { name: 'Time since dose' })).toBeVisible();
  await expectAccessible(page, testInfo, 'console-treatment');
  await page.getByRole('button', { name: 'End treatment', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'End treatment?' })).toBeVisible();
  await expectAccessible(page, testInfo, 'end-treatment-question');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expectAccessible(page, testInfo, 'console-paused');
  await page.getByRole('button', { name: 'Resume' }).click();

  await endTreatment(page);
  await expect(page.getByRole('timer', { name: 'Recovery time remaining' })).toBeVisible();
  await expectAccessible(page, testInfo, 'console-recovery');

  await page.getByRole('button', { name: 'Close session' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, testInfo, 'close-early-question');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await expect(page.getByRole('article', { name: 'Take-home sheet' })).toBeVisible();
  await expectAccessible(page, testInfo, 'take-home-sheet');

  // A restart with the session still running asks staff how to go on.
  const dataDir = host.dataDir;
  await host.stop();
  host = await startHost({ timeScale: 60, dataDir });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Resume session' })).toBeVisible();
  await expectAccessible(page, testInfo, 'resume');
});

test('the ambient display', async ({ page, startHost }, testInfo) => {
  const host = await startHost();
  await page.goto(`${host.url}&view=ambient`);
  await expect(page.getByRole('timer', { name: 'Time since dose' })).toHaveCount(0);
  await expectAccessible(page, testInfo, 'ambient');
});
