import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { ClinicConfig, PromptOverride } from '@domain/clinic/clinic-config';
import { BUILTIN_PROMPTS } from '@domain/sheet/builtin-prompts';
import type { Language, SeriesStage } from '@domain/sheet/prompt-types';
import { pdfHorizontalRules, pdfPageCount, pdfWords, wordsCrossed } from '../support/pdf-layout';
import { endTreatment, startSession } from './support';
import { request, startHost, type RunningHost } from './web-host';

/*
 * The printed sheet, checked on the PDF the browser prints rather than on the page's layout:
 * every combination of language, paper, point in the series and intention, with the longest
 * built-in prompts and a long clinic name. Each page is rendered, every long horizontal rule in
 * the picture is found, and no rule may run through a word pdftotext finds on that page.
 */

const LANGUAGE_LABEL: Record<Language, string> = { en: 'English', es: 'Español' };
const CLINIC_NAME = 'Centro de Bienestar y Salud Mental Integral del Valle de San Fernando, Sala de Tratamiento Norte';
const PHONE = '(555) 010-4477';
const INTENTION = (
  'To rest, to listen to whatever comes up without judging it, to be a little kinder to myself ' +
  'about the last few months, and to notice when my shoulders relax. I would like to remember ' +
  'that I chose to come here, that I am allowed to go slowly, and that small steps still count.'
).slice(0, 300);

/** The four longest built-in prompts in `language` for `stage`; every other prompt switched off. */
function longestPromptsOnly(language: Language, stage: SeriesStage): Record<string, PromptOverride> {
  const longest = BUILTIN_PROMPTS.filter((p) => p.stages.includes(stage))
    .sort((a, b) => b.text[language].length - a.text[language].length)
    .slice(0, 4)
    .map((p) => p.id);
  return Object.fromEntries(
    BUILTIN_PROMPTS.filter((p) => !longest.includes(p.id)).map((p) => [p.id, { enabled: false }]),
  );
}

let host: RunningHost;
let page: Page;
let clinic: ClinicConfig;

test.beforeAll(async ({ browser }) => {
  host = await startHost({ timeScale: 60 });
  clinic = await request(host, 'clinic.get', {});
  await request(host, 'clinic.save', { ...clinic, clinicName: CLINIC_NAME, clinicPhone: PHONE });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.url);
  await startSession(page);
  await endTreatment(page);
});

test.afterAll(async () => {
  await page?.close();
  await host?.stop();
});

const combinations = (['en', 'es'] as const).flatMap((language) =>
  (['letter', 'a4'] as const).flatMap((paperSize) =>
    (
      [
        { stage: 'first', session: 1 },
        { stage: 'maintenance', session: 9 },
      ] as const
    ).flatMap(({ stage, session }) =>
      [true, false].map((withIntention) => ({ language, paperSize, stage, session, withIntention })),
    ),
  ),
);

for (const { language, paperSize, stage, session, withIntention } of combinations) {
  const name = `${language}-${paperSize}-${stage}-${withIntention ? 'intention' : 'no-intention'}`;
  test(`printed sheet ${name}: one page, no ruled line through a word, the phone on one line`, async () => {
    const testInfo = test.info();
    await request(host, 'clinic.save', {
      ...clinic,
      clinicName: CLINIC_NAME,
      clinicPhone: PHONE,
      paperSize,
      promptOverrides: longestPromptsOnly(language, stage),
    });
    // The sheet screen reads the clinic's settings as it opens.
    const back = page.getByRole('button', { name: 'Back to session' });
    if (await back.isVisible()) await back.click();
    await page.getByRole('button', { name: 'Take-home sheet' }).click();
    await page.getByRole('radio', { name: LANGUAGE_LABEL[language] }).check();
    await page.getByRole('spinbutton', { name: 'Session number in the series (optional)' }).fill(String(session));
    await page.getByRole('textbox', { name: /intention/ }).fill(withIntention ? INTENTION : '');

    const file = testInfo.outputPath(`sheet-${name}.pdf`);
    await page.emulateMedia({ media: 'print' });
    fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
    await page.emulateMedia({ media: 'screen' });

    const rules = pdfHorizontalRules(file);
    const words = pdfWords(file);
    const crossed = wordsCrossed(rules, words);
    testInfo.annotations.push({
      type: 'pdf',
      description: `${pdfPageCount(file)} page(s), ${rules.length} rules, ${crossed.length} words crossed`,
    });
    expect(pdfPageCount(file)).toBe(1);
    // Two ruled lines under each of the four prompts at the least, and the two borders.
    expect(rules.length).toBeGreaterThanOrEqual(10);
    expect(crossed.map(({ word }) => word.text)).toEqual([]);
    const phone = words.filter((w) => PHONE.split(' ').includes(w.text.replace(/[.,]$/, '')));
    expect(phone.length).toBeGreaterThanOrEqual(2);
    expect(new Set(phone.map((w) => Math.round(w.yMin))).size, 'the phone number is on one line').toBe(1);
    const text = words.map((w) => w.text).join(' ');
    expect(text).toContain('988');
    if (withIntention) expect(text).toContain(INTENTION.split(' ').slice(-3).join(' '));
  });
}

test('wording too long for one page runs onto a second page, says so on screen, and loses nothing', async () => {
  const testInfo = test.info();
  const long = (n: number) => ({
    en: `Line ${n}: ${'Rest, drink water, and keep the evening quiet and simple. '.repeat(4)}`.trim(),
    es: `Línea ${n}: ${'Descansa, toma agua y deja que la noche sea tranquila y sencilla. '.repeat(4)}`.trim(),
  });
  const lines = [1, 2, 3, 4, 5].map(long);
  await request(host, 'clinic.save', {
    ...clinic,
    clinicName: CLINIC_NAME,
    clinicPhone: PHONE,
    sheetWording: { tonight: lines, thisWeek: lines },
    defaultLanguage: 'en',
  });
  const back = page.getByRole('button', { name: 'Back to session' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await expect(page.getByText('This sheet needs a second page even in smaller type.')).toBeVisible();

  const file = testInfo.outputPath('sheet-too-long.pdf');
  await page.emulateMedia({ media: 'print' });
  fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  await page.emulateMedia({ media: 'screen' });
  const words = pdfWords(file);
  expect(pdfPageCount(file)).toBe(2);
  expect(wordsCrossed(pdfHorizontalRules(file), words).map(({ word }) => word.text)).toEqual([]);
  const text = words.map((w) => w.text).join(' ');
  expect(text).toContain('call or text 988, the Suicide & Crisis Lifeline.');
  expect(text).toContain(PHONE);
});
