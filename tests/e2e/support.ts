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
