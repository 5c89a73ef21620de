import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { freeTcpPort } from '../support/free-port';
import { AUDIBLE_DB, outputLevelDb, roomLight, SILENT_DB, setRoomLight } from '../support/page-readings';
import { endTreatment, startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';

type Box = { x: number; y: number; width: number; height: number };

/** Where everything a hand reaches for during a session is: the session's controls in order, the sliders and the sheet button. */
async function controlBoxes(page: Page): Promise<Record<string, Box>> {
  const boxes: Record<string, Box> = {};
  const controls = page.getByRole('region', { name: 'Session controls' }).getByRole('button');
  for (let i = 0; i < (await controls.count()); i++) boxes[`control ${i + 1}`] = (await controls.nth(i).boundingBox())!;
  for (const name of ['Volume', 'Patient comfort'])
    boxes[name] = (await page.getByRole('slider', { name }).boundingBox())!;
  boxes['Take-home sheet'] = (await page.getByRole('button', { name: 'Take-home sheet' }).boundingBox())!;
  return boxes;
}

/** How far the page reaches past the window: zero means nothing needs scrolling. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    down: Math.max(0, document.documentElement.scrollHeight - window.innerHeight),
    across: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
  }));

async function expectEverythingInView(page: Page) {
  expect(await overflow(page)).toEqual({ down: 0, across: 0 });
  const controls = page.getByRole('main').getByRole('button').or(page.getByRole('main').getByRole('slider'));
  for (const control of await controls.all()) await expect(control).toBeInViewport({ ratio: 1 });
}

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('no control moves when a reminder falls due or recovery starts, and everything fits without scrolling', async ({
    page,
    startHost,
  }, testInfo) => {
    // Four times real speed: the demo's practice vitals check falls due within a minute.
    const host = await startHost({ timeScale: 4 });
    await page.goto(host.url);
    await startSession(page, 'Demo, 3 min');
    const reminder = page.getByText(/^Vitals \(practice\)/);
    await expect(reminder).toBeHidden();
    const before = await controlBoxes(page);
    await expectEverythingInView(page);

    await expect(reminder).toBeVisible({ timeout: 30_000 });
    expect(await controlBoxes(page)).toEqual(before);
    await expectEverythingInView(page);
    await page.screenshot({ path: testInfo.outputPath('reminder-due.png') });

    await endTreatment(page);
    await expect(page.getByRole('group', { name: 'Before discharge' })).toBeVisible();
    expect(await controlBoxes(page)).toEqual(before);
    await expectEverythingInView(page);
    await page.screenshot({ path: testInfo.outputPath('recovery.png') });
  });
});

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`the start screen shows Start session without scrolling at ${viewport.width}×${viewport.height}`, async ({
    page,
    startHost,
  }) => {
    await page.setViewportSize(viewport);
    const host = await startHost();
    await page.goto(host.url);
    await page.getByRole('radio', { name: /^Demo, 3 min/ }).check();
    await expect(page.getByRole('button', { name: 'Start session' })).toBeInViewport({ ratio: 1 });
    expect((await overflow(page)).down).toBe(0);
  });
}

/** WCAG 2 contrast of every piece of text on the page against the colour behind it, with its size. */
function textOnScreen(page: Page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    // A canvas turns any CSS colour (color-mix, oklab …) into sRGB.
    const rgb = (css: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = css;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const luminance = (css: string) => {
      const linear = rgb(css).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
    };
    const behind = (element: Element) => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const colour = getComputedStyle(e).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const texts: { text: string; px: number; contrast: number }[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Disabled controls are exempt (WCAG 1.4.3); text made for screen readers only has no size on screen.
      if (!ownText || box.width <= 1 || style.visibility === 'hidden' || element.closest(':disabled')) continue;
      const [a, b] = [luminance(style.color), luminance(behind(element))];
      texts.push({
        text: element.textContent!.trim().slice(0, 40),
        px: parseFloat(style.fontSize),
        contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      });
    }
    return texts;
  });
}

const fontPx = async (element: Locator) => parseFloat(await element.evaluate((e) => getComputedStyle(e).fontSize));

test('in the room’s darkest look every word reads, the phase and both clocks are large, states are badges in words, and type grows with the window', async ({
  page,
  startHost,
}, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page, 'IV infusion, 40 min');
  // The deep phase dims the room to 10 %; once the console has followed, it is pinned darker still.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect.poll(() => roomLight(page), { timeout: 20_000 }).toBe(10);
  await page.keyboard.press(' ');
  await page.keyboard.press('q');
  const badges = page.getByRole('list', { name: 'Session state' }).getByRole('listitem');
  await expect(badges).toHaveText(['Paused', 'Quiet']);
  await setRoomLight(page, 0);
  await page.screenshot({ path: testInfo.outputPath('darkest-1024.png') });

  const texts = await textOnScreen(page);
  expect(texts.length).toBeGreaterThan(20);
  // WCAG AA: 4.5:1, or 3:1 for large text (24 px, as every large text here is regular weight or more).
  expect(texts.filter((t) => t.contrast < (t.px >= 24 ? 3 : 4.5))).toEqual([]);
  expect(texts.filter((t) => t.px < 12)).toEqual([]);
  // Never bright enough to light the room: no text near white.
  const brightest = await page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    canvas.fillStyle = getComputedStyle(document.querySelector('[role="timer"]')!).color;
    canvas.fillRect(0, 0, 1, 1);
    return Math.max(...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3));
  });
  expect(brightest).toBeLessThan(220);

  // The readings for across the room, at the smallest window.
  const phase = page.getByRole('heading', { level: 1, name: 'Deep' });
  const sinceDoseTimer = page.getByRole('timer', { name: 'Time since dose' });
  const small = {
    phase: await fontPx(phase),
    phaseLeft: await fontPx(page.getByRole('timer', { name: 'Time left in this phase' })),
    sinceDose: await fontPx(sinceDoseTimer),
  };
  expect(small.phase).toBeGreaterThanOrEqual(40);
  expect(small.phaseLeft).toBeGreaterThanOrEqual(48);
  expect(small.sinceDose).toBeGreaterThanOrEqual(120);
  for (const badge of await badges.all()) {
    expect(parseFloat(await badge.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(16);
  }

  // Type grows with the window, up to 4K.
  let last = small.sinceDose;
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    await page.setViewportSize(viewport);
    const sinceDose = await fontPx(sinceDoseTimer);
    expect(sinceDose).toBeGreaterThan(last * 1.3);
    last = sinceDose;
    expect(await fontPx(phase)).toBeGreaterThan(small.phase * 1.3);
    expect((await overflow(page)).down).toBe(0);
  }
});

test('the sheet screen opens at the top with Print and Back in view, keeps the session in sight, and takes the console’s keys', async ({
  page,
  startHost,
}, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const host = await startHost();
  await page.goto(host.url);
  await startSession(page, 'IV infusion, 40 min');
  await page.getByRole('button', { name: 'Take-home sheet' }).click();

  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const name of [/^Print/, 'Back to session']) {
    await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  }
  const strip = page.getByRole('region', { name: 'Session' });
  await expect(strip).toContainText('Opening');
  await expect(strip.getByRole('timer', { name: 'Time since dose' })).toBeVisible();

  // Space pauses and the strip says so; Q quiets; L brings staff light; each is the console's own action.
  await page.keyboard.press(' ');
  await expect(strip).toContainText('Paused');
  await page.keyboard.press('q');
  await page.keyboard.press('l');
  // Staff light brings the room (and this screen) up from the opening's dim level.
  await expect.poll(() => roomLight(page)).toBeGreaterThanOrEqual(80);
  await page.screenshot({ path: testInfo.outputPath('sheet-screen.png') });
  await page.keyboard.press(' ');
  await expect(strip).not.toContainText('Paused');
  await page.getByRole('button', { name: 'Back to session' }).click();
  await expect(page.getByRole('list', { name: 'Session state' }).getByRole('listitem')).toHaveText([
    'Quiet',
    'Staff light on',
  ]);
});

test('when the web host goes away the console says so and holds its controls, Quiet still quiets the room, and the same address works once the host is back', async ({
  page,
  context,
  startHost,
}, testInfo) => {
  const port = await freeTcpPort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-e2e-'));
  let host = await startHost({ dataDir, env: { STILLROOM_PORT: String(port) } });
  const address = host.url;
  await page.goto(address);
  const ambient = await context.newPage();
  await ambient.goto(`${address}&view=ambient`);
  await startSession(page, 'IV infusion, 40 min');
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);
  await expect(ambient.getByRole('timer', { name: 'Time since dose' })).toBeVisible();

  await host.stop();
  const banner = page.getByRole('alert').filter({ hasText: 'cannot be reached' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/lost \d+ seconds? ago/);
  await expect(banner.getByRole('button')).toHaveCount(0);
  const controls = page.getByRole('region', { name: 'Session controls' });
  for (const name of ['Pause', 'Staff light', 'Next phase', 'Extend 5 min', 'End treatment']) {
    await expect(controls.getByRole('button', { name })).toBeDisabled();
  }
  await expect(page.getByRole('slider', { name: 'Volume' })).toBeEnabled();
  // The ambient display shows no clock it cannot keep.
  await expect(ambient.getByRole('timer', { name: 'Time since dose' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('host-gone.png') });

  // The sound plays in this page, so Quiet now still fades it.
  await controls.getByRole('button', { name: 'Quiet now' }).click();
  await expect.poll(() => outputLevelDb(page), { timeout: 5_000 }).toBeLessThanOrEqual(SILENT_DB);
  await expect(controls.getByRole('button', { name: 'Resume sound' })).toBeEnabled();

  // Back on the same port with the same data folder: the token is the same, so both tabs reconnect.
  host = await startHost({ dataDir, env: { STILLROOM_PORT: String(port) } });
  expect(host.url).toBe(address);
  await expect(banner).toBeHidden({ timeout: 15_000 });
  // A host that stopped asks before the session goes on, as after any restart.
  await page.getByRole('button', { name: 'Resume session' }).click();
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeEnabled();
  await expect(ambient.getByRole('timer', { name: 'Time since dose' })).toBeVisible({ timeout: 15_000 });
  // The quiet asked for while away is the session's own now, and the room stays quiet.
  await expect(controls.getByRole('button', { name: 'Resume sound' })).toHaveAttribute('aria-pressed', 'true');
  expect(await outputLevelDb(page)).toBeLessThanOrEqual(SILENT_DB);
});

test('the tab and window carry Stillroom’s icon', async ({ page, startHost }) => {
  const host = await startHost();
  await page.goto(host.url);
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const icon = await page.request.get(new URL(href!, host.url).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
});
