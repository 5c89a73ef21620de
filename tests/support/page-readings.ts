import type { Page } from '@playwright/test';

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
