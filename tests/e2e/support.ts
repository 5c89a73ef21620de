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
