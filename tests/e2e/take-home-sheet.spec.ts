import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BUILTIN_PROMPTS } from '@domain/sheet/builtin-prompts';
import type { Language, SeriesStage } from '@domain/sheet/prompt-types';
import { DEFAULT_SHEET_WORDING } from '@domain/sheet/sheet-wording';
import { endTreatment, startSession } from './support';
import { request, startHost, type RunningHost } from './web-host';

let host: RunningHost;

test.afterEach(async () => {
  await host?.stop();
});

const LANGUAGE_LABEL: Record<Language, string> = { en: 'English', es: 'Español' };
const LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-US' };
const PHONE = '(555) 010-4477';

async function openSheet(page: Page) {
  host = await startHost({ timeScale: 60 });
  const clinic = await request(host, 'clinic.get', {});
  await request(host, 'clinic.save', { ...clinic, clinicName: 'Harbor Clinic', clinicPhone: PHONE });
  await page.goto(host.url);
  await startSession(page);
  await endTreatment(page);
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
}

/** Saves the page as the browser's print PDF and returns its text (pdftotext) and page count. */
async function printedPdf(page: Page, path: string): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  fs.writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  await page.emulateMedia({ media: 'screen' });
  // A picture of the page, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, path.replace(/\.pdf$/, '')]);
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { pages, text };
}

const cases: { language: Language; session: number; stage: SeriesStage }[] = [
  { language: 'en', session: 1, stage: 'first' },
  { language: 'en', session: 9, stage: 'maintenance' },
  { language: 'es', session: 1, stage: 'first' },
  { language: 'es', session: 9, stage: 'maintenance' },
];

for (const { language, session, stage } of cases) {
  test(`the ${stage} session's sheet in ${LANGUAGE_LABEL[language]} prints on one page with the date, prompts for that stage and the crisis line`, async ({
    page,
  }, testInfo) => {
    await openSheet(page);
    await page.getByRole('radio', { name: LANGUAGE_LABEL[language] }).check();
    await page.getByRole('spinbutton', { name: 'Session number in the series (optional)' }).fill(String(session));
    const sheet = page.getByRole('article', { name: 'Take-home sheet' });
    const prompts = await sheet.getByRole('list').nth(1).getByRole('listitem').allTextContents();
    expect(prompts.length).toBeGreaterThanOrEqual(3);
    expect(prompts.length).toBeLessThanOrEqual(5);
    // Every prompt is one the library meant for this point in the series, in this language.
    for (const text of prompts) {
      const prompt = BUILTIN_PROMPTS.find((p) => p.text[language] === text.trim());
      expect(prompt, text).toBeDefined();
      expect(prompt!.stages).toContain(stage);
    }

    const { pages, text } = await printedPdf(page, testInfo.outputPath(`sheet-${stage}-${language}.pdf`));
    expect(pages).toBe(1);
    const date = new Date().toLocaleDateString(LOCALE[language], { dateStyle: 'long' });
    expect(text).toContain(date);
    expect(text).toContain(language === 'en' ? `Session ${session}` : `Sesión ${session}`);
    for (const prompt of prompts) expect(text).toContain(prompt.trim());
    expect(text).toContain(DEFAULT_SHEET_WORDING.crisisLine[language]);
    expect(text).toContain(PHONE);
    expect(text).not.toMatch(/Time since dose|Program time|Print|Back to session/);
  });
}

test('the next session’s sheet never repeats the prompts of the one before', async ({ page }) => {
  await openSheet(page);
  const promptsFor = async (session: number) => {
    await page.getByRole('spinbutton', { name: 'Session number in the series (optional)' }).fill(String(session));
    return page
      .getByRole('article', { name: 'Take-home sheet' })
      .getByRole('list')
      .nth(1)
      .getByRole('listitem')
      .allTextContents();
  };
  let previous = await promptsFor(1);
  for (let session = 2; session <= 10; session++) {
    const current = await promptsFor(session);
    expect(
      current.filter((p) => previous.includes(p)),
      `session ${session}`,
    ).toEqual([]);
    previous = current;
  }
});

test('the patient’s intention is printed on the sheet and kept nowhere', async ({ page }, testInfo) => {
  await openSheet(page);
  const intention = 'To rest and listen to what comes up';
  await page.getByRole('textbox', { name: 'The patient’s intention (optional, printed only)' }).fill(intention);
  const { text } = await printedPdf(page, testInfo.outputPath('sheet-intention.pdf'));
  expect(text).toContain(intention);
  await page.getByRole('button', { name: 'Back to session' }).click();
  const files = fs.readdirSync(host.dataDir, { recursive: true, encoding: 'utf8' });
  for (const file of files) {
    const full = `${host.dataDir}/${file}`;
    if (fs.statSync(full).isFile()) expect(fs.readFileSync(full, 'utf8'), file).not.toContain(intention);
  }
});

test('a fresh install prints no sheet: the screen says what is missing and leads to Clinic, Details, and the browser’s own print prints only that', async ({
  page,
}, testInfo) => {
  host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page);
  await endTreatment(page);
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  const missing =
    'This sheet cannot be printed yet: the clinic’s name and the clinic’s phone number are missing. Enter them in Clinic, Details.';
  await expect(page.getByRole('status').filter({ hasText: missing })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeDisabled();

  // Ctrl+P prints whatever the page is: here, the message and nothing of the sheet.
  const { pages, text } = await printedPdf(page, testInfo.outputPath('sheet-missing.pdf'));
  expect(pages).toBe(1);
  expect(text).toContain(missing);
  expect(text).not.toContain('After your session');
  expect(text).not.toContain('988');

  await page.getByRole('button', { name: 'Open Clinic, Details' }).click();
  await page.getByRole('textbox', { name: 'Clinic name' }).fill('Harbor Clinic');
  await page.getByRole('textbox', { name: 'Phone number' }).fill(PHONE);
  await page.getByRole('textbox', { name: 'After-hours number (optional)' }).fill('(555) 010-9000');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  const printed = await printedPdf(page, testInfo.outputPath('sheet-ready.pdf'));
  expect(printed.text).toContain(`Questions or worries? Call Harbor Clinic at ${PHONE}. After hours: (555) 010-9000.`);
  expect(printed.text).not.toContain('cannot be printed');
});
