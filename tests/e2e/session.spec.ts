import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { AUDIBLE_DB, outputLevelDb, roomLight, sampleOutputAfter, timerSeconds } from '../support/page-readings';
import { endTreatment, startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import { request } from '../support/web-host';

test('a whole session on the built-in defaults: start, timer, sound, dimming, recovery, take-home sheet', async ({
  page,
  startHost,
}, testInfo) => {
  // One real second is one session minute, so a 40-minute infusion takes 40 s.
  const host = await startHost({ timeScale: 60 });
  // A sheet prints only once the clinic has entered its name and phone.
  const clinic = await request(host, 'clinic.get', {});
  await request(host, 'clinic.save', { ...clinic, clinicName: 'Harbor Clinic', clinicPhone: '(555) 010-4477' });
  await page.goto(host.url);

  await page.screenshot({ path: testInfo.outputPath('1-start.png') });
  await startSession(page, 'IV infusion, 40 min');

  await expect(page.getByRole('timer', { name: 'Time since dose' })).toBeVisible();
  await expect(page.getByText('Opening', { exact: true })).toBeVisible();
  await expect(page.getByText('IV infusion, 40 min', { exact: true })).toBeVisible();
  const first = await timerSeconds(page, 'Time since dose');
  await expect.poll(() => timerSeconds(page, 'Time since dose')).toBeGreaterThan(first + 60);

  // The built-in ambience is measured on the real output path, not assumed.
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
  // The room (and this screen) dims from the room level towards the phase's level.
  await expect.poll(() => roomLight(page)).toBeLessThan(50);
  await page.screenshot({ path: testInfo.outputPath('2-console-dimmed.png') });

  await endTreatment(page);
  const recovery = page.getByRole('timer', { name: 'Recovery time remaining' });
  await expect(recovery).toBeVisible();
  await expect(page.getByText('Recovery', { exact: true })).toBeVisible();
  const recoveryStart = await timerSeconds(page, 'Recovery time remaining');
  expect(recoveryStart).toBeLessThanOrEqual(30 * 60);
  expect(recoveryStart).toBeGreaterThan(25 * 60);
  await expect.poll(() => timerSeconds(page, 'Recovery time remaining')).toBeLessThan(recoveryStart - 60);
  await page.screenshot({ path: testInfo.outputPath('3-recovery.png') });

  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  const sheet = page.getByRole('article', { name: 'Take-home sheet' });
  const today = new Date().toLocaleDateString('en-US', { dateStyle: 'long' });
  await expect(sheet.getByText(today)).toBeVisible();
  const prompts = sheet.getByRole('region', { name: 'For the days ahead' }).getByRole('listitem');
  expect(await prompts.count()).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: testInfo.outputPath('4-sheet.png'), fullPage: true });

  // The printed sheet is one page and holds the date and the prompts.
  const pdfPath = testInfo.outputPath('take-home-sheet.pdf');
  await page.emulateMedia({ media: 'print' });
  fs.writeFileSync(pdfPath, await page.pdf({ format: 'Letter', printBackground: false }));
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain(today);
  for (const prompt of await prompts.allTextContents()) {
    expect(text.replace(/\s+/g, ' ')).toContain(prompt);
  }
  expect(text).not.toContain('Time since dose');
});

test('a reloaded window catches up with the running session', async ({ page, startHost }) => {
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page);
  await expect.poll(() => timerSeconds(page, 'Time since dose')).toBeGreaterThan(3 * 60);
  const before = await timerSeconds(page, 'Time since dose');

  await page.reload();
  const after = await timerSeconds(page, 'Time since dose');
  // It continues from where the session is, not from zero.
  expect(after).toBeGreaterThanOrEqual(before);
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
});

test('the console is dark and still readable when the room is dimmed', async ({ page, startHost }, testInfo) => {
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page);
  await page.getByRole('button', { name: 'Next phase' }).click();
  // The deep phase dims to 10 %.
  await expect.poll(() => roomLight(page), { timeout: 20_000 }).toBeLessThanOrEqual(12);
  await page.screenshot({ path: testInfo.outputPath('dim-console.png') });
  // Colours are read back through a canvas, which turns any CSS colour syntax into sRGB.
  const [background, timerColour] = await page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const luminance = (css: string) => {
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return [
      luminance(getComputedStyle(document.documentElement).backgroundColor),
      luminance(getComputedStyle(document.querySelector('[role="timer"]')!).color),
    ];
  });
  // Never glares (no near-white), yet stands well clear of the background.
  expect(timerColour).toBeLessThan(200);
  expect(timerColour - background).toBeGreaterThan(60);
});

test('changing the volume ramps the sound instead of jumping', async ({ page, startHost }) => {
  const host = await startHost({ timeScale: 1 });
  await page.goto(host.url);
  await startSession(page, 'IV infusion, 40 min', { dose: false });
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
  // Let the five-second start fade finish, then turn the volume from 80 % to 20 % (-12 dB)
  // while sampling the output every 5 ms.
  await expect.poll(() => timerSeconds(page, 'Program time'), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
  const samples = sampleOutputAfter(page, 'input', 1_500, 5);
  await page.getByRole('slider', { name: 'Volume' }).fill('20');
  const levels = await samples;
  const before = levels[0]![1];
  const after = Math.max(...levels.filter(([t]) => t > 1_000).map(([, db]) => db));
  expect(before - after).toBeGreaterThan(8);
  // Halfway down comes after a visible ramp, not in one step.
  const halfway = levels.find(([, db]) => db < before - (before - after) / 2)![0];
  expect(halfway).toBeGreaterThan(50);
});

/**
 * Chrome's autoplay rule, as Chrome documents it, for a page: an AudioContext made before the page
 * was clicked starts suspended and resumes only once it has been, and a media element refuses to
 * play until then. Headless Chromium here lets a fresh page start Web Audio at once whatever
 * `--autoplay-policy` says, so the test puts the rule back in the page.
 */
function holdSoundUntilActivated() {
  // Activation as Chrome defines it: a click or a key pressed on this page. (The page's own
  // navigator.userActivation can read true here without either, so it is not trusted.)
  let activated = false;
  const RealContext = window.AudioContext;
  const waiting: (() => void)[] = [];
  const activate = (event: Event) => {
    if (!event.isTrusted) return;
    activated = true;
    waiting.splice(0).forEach((resume) => resume());
  };
  for (const type of ['pointerdown', 'keydown', 'click']) window.addEventListener(type, activate, true);
  window.AudioContext = class extends RealContext {
    constructor(options?: AudioContextOptions) {
      super(options);
      if (!activated) void super.suspend();
    }
    override resume(): Promise<void> {
      if (activated) return super.resume();
      return new Promise((resolve) => waiting.push(() => void super.resume().then(resolve)));
    }
    // Chromium starts a suspended context again when its output changes; the rule keeps it held.
    override async setSinkId(sinkId: string | { type: 'none' }): Promise<void> {
      await super.setSinkId(sinkId);
      if (!activated) await super.suspend();
    }
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    return activated
      ? play.call(this)
      : Promise.reject(new DOMException('play() needs a click on the page first', 'NotAllowedError'));
  };
}

test('the console reopened in a browser that holds sound back asks for a click, and one click brings the sound back', async ({
  playwright,
  startHost,
}) => {
  const host = await startHost({ timeScale: 60 });
  // A browser with its usual autoplay rule: sound may start only after the page is clicked.
  const launch = test.info().project.use.launchOptions!;
  const browser = await playwright.chromium.launch({
    ...launch,
    args: launch.args!.filter((arg) => !arg.startsWith('--autoplay-policy')),
  });
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    await startSession(page);
    await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);

    // The console opened again in a fresh browser context: no click this page could inherit.
    // (A plain reload may keep the earlier click's permission, depending on Chromium's timing.)
    const context = await browser.newContext();
    await context.addInitScript(holdSoundUntilActivated);
    const reopened = await context.newPage();
    await page.close();
    await reopened.goto(host.url);
    const held = reopened.getByRole('alert').filter({ hasText: 'holding sound back' });
    await expect(held).toBeVisible();
    expect(await outputLevelDb(reopened)).toBeLessThan(AUDIBLE_DB);

    await reopened.getByRole('timer', { name: 'Time since dose' }).click();
    await expect.poll(() => outputLevelDb(reopened), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
    await expect(held).toBeHidden();
  } finally {
    await browser.close();
  }
});
