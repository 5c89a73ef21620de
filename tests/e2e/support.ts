import type { Page } from '@playwright/test';
import { request, type RunningHost } from './web-host';

/** Reads a timer's m:ss or h:mm:ss text as seconds. */
export async function timerSeconds(page: Page, name: string): Promise<number> {
  const text = (await page.getByRole('timer', { name }).textContent()) ?? '';
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** The Output level meter's reading in dBFS (-60 means silent). */
export async function outputLevelDb(page: Page): Promise<number> {
  return Number(await page.getByRole('meter', { name: 'Output level' }).getAttribute('aria-valuenow'));
}

/** The light level (0–100) the control window is currently dimmed to. */
export function roomLight(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.roomLight));
}

/** Pins the control window's own dimming where a session would put it (0 a dark room, 0.7 a lit one). */
export async function setRoomLight(page: Page, level: number): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.style.setProperty('--room-light', String(value));
  }, level);
}

export const AUDIBLE_DB = -50;
export const SILENT_DB = -60;

/**
 * Samples the real output level (the analyser on the output path) every `everyMs` for
 * `forMs`, starting at the next `startOn` event in the page (a click, an input ...).
 * Returns [milliseconds since the event, dBFS] pairs.
 */
export function sampleOutputAfter(
  page: Page,
  startOn: 'click' | 'input',
  forMs: number,
  everyMs: number,
): Promise<[number, number][]> {
  return page.evaluate(
    async ({ startOn, forMs, everyMs }) => {
      const out: [number, number][] = [];
      await new Promise<void>((resolve) => document.addEventListener(startOn, () => resolve(), { once: true }));
      const t0 = performance.now();
      while (performance.now() - t0 < forMs) {
        out.push([performance.now() - t0, window.stillroomDiagnostics!.outputLevelDb()]);
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
      return out;
    },
    { startOn, forMs, everyMs },
  );
}

/** Mean brightness (0–255, Rec. 709 luma) of a screenshot, decoded in a blank page of the same browser. */
export async function meanBrightness(page: Page, png: Buffer): Promise<number> {
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      return sum / (data.length / 4);
    }, png.toString('base64'));
  } finally {
    await decoder.close();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chooses a program on the start screen (a fresh install chooses none) and starts it; unless
 * told otherwise, marks the dose at once, as staff do when the program settles in first.
 */
export async function startSession(
  page: Page,
  programName = 'IV infusion, 40 min',
  { dose = true }: { dose?: boolean } = {},
): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(programName)}`) }).check();
  await page.getByRole('button', { name: 'Start session' }).click();
  if (dose) await page.getByRole('button', { name: 'Dose given' }).click();
  await page.getByRole('timer', { name: 'Program time' }).waitFor();
}

/** Ends treatment the way staff must: End treatment, then End treatment now in the question it asks. */
export async function endTreatment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End treatment', exact: true }).click();
  await page.getByRole('dialog', { name: 'End treatment?' }).getByRole('button', { name: 'End treatment now' }).click();
  await page.getByText('Earliest discharge').waitFor();
}

/** Closes the session; when it asks (items unticked, or before the earliest discharge), closes anyway with `reason`. */
export async function closeSession(page: Page, reason = 'Other: see the clinic’s chart'): Promise<void> {
  await page.getByRole('button', { name: 'Close session' }).click();
  const question = page.getByRole('dialog');
  const closed = page.getByText('Session closed', { exact: true });
  await question.or(closed).first().waitFor();
  if (await question.isVisible()) {
    const reasons = question.getByRole('radio', { name: reason });
    if ((await reasons.count()) > 0) await reasons.check();
    await question.getByRole('button', { name: 'Close session' }).click();
  }
  await closed.waitFor();
}

/**
 * From any screen: a program of the clinic's own without settling in (so Start session marks
 * the dose and the chosen music plays at once) is saved, the start screen opened afresh, and the
 * program and `playlist` chosen there.
 */
export async function chooseStraightIn(page: Page, host: RunningHost, playlist: string): Promise<void> {
  const iv40 = (await request(host, 'programs.list', {})).find((p) => p.id === 'iv-40')!;
  await request(host, 'programs.save', {
    ...iv40,
    id: 'clinic-straight-in',
    name: 'Straight in',
    phases: iv40.phases.filter((phase) => phase.kind !== 'preDose'),
    reminders: iv40.reminders.filter((reminder) => reminder.phaseId === undefined),
  });
  await page.reload();
  await page.getByRole('radio', { name: /^Straight in/ }).check();
  await page.getByRole('combobox', { name: 'Music during treatment' }).selectOption({ label: playlist });
}
