import type { Page } from '@playwright/test';
import { request, type RunningHost } from './web-host';

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
