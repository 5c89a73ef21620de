import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BUILTIN_PROMPTS } from '@domain/sheet/builtin-prompts';
import { DEFAULT_SHEET_WORDING } from '@domain/sheet/sheet-wording';
import { endTreatment, startSession } from './support';
import { request, startHost, type RunningHost } from './web-host';

let host: RunningHost;

test.afterEach(async () => {
  await host?.stop();
});

const PHONE = '(555) 010-4477';
const OWN_PROMPT = {
  en: 'Which part of this first series would you like to remember?',
  es: '¿Qué parte de esta primera serie te gustaría recordar?',
};
const CRISIS_EN = 'If you feel unsafe, call or text 988, or call Harbor Clinic’s night line at (555) 010-9000.';
const CRISIS_ES = 'Si no te sientes a salvo, llama o escribe al 988, o llama a la línea nocturna al (555) 010-9000.';
/** Prompts the sheet chooses from for one session (see PROMPTS_PER_SHEET). */
const PROMPTS_PER_SHEET = 4;

const settings = () => request(host, 'clinic.get', {});

async function openEditor(page: Page) {
  await page.getByRole('button', { name: 'Clinic' }).click();
  await expect(page.getByRole('heading', { name: 'Clinic settings' })).toBeVisible();
}

const status = (page: Page) => page.getByRole('main').getByRole('status');

test('a clinic edits its details, wording and prompts, undoes its last change, and the next sheet shows the rest', async ({
  page,
}, testInfo) => {
  host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await openEditor(page);
  await expect(page.getByText('apply from the next session')).toBeVisible();

  // Details: a new name and phone are saved as typed, and the app bar follows.
  await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('textbox', { name: 'Clinic name' }).fill('Harbor Clinic');
  const phone = page.getByRole('textbox', { name: 'Phone number' });
  await phone.fill(PHONE);
  await expect.poll(async () => (await settings()).clinicPhone).toBe(PHONE);
  expect((await settings()).clinicName).toBe('Harbor Clinic');
  await expect(status(page)).toHaveText('Saved');
  await expect(page.getByRole('banner')).toContainText('Harbor Clinic · Room 1');
  await page.getByRole('spinbutton', { name: 'Sessions in the first series' }).fill('4');
  await expect.poll(async () => (await settings()).inductionSessions).toBe(4);
  await page.screenshot({ path: testInfo.outputPath('clinic-details.png'), fullPage: true });

  // An invalid phone number says why, next to the field, and is not saved.
  await phone.fill('555-CALL-NOW');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/Use digits, spaces and \+ \( \) - \. only\./);
  await expect(status(page)).toHaveText('A marked field is not saved: see the reason beside it.');
  await page.screenshot({ path: testInfo.outputPath('clinic-details-invalid.png'), fullPage: true });
  await page.reload();
  await openEditor(page);
  await expect(page.getByRole('textbox', { name: 'Phone number' })).toHaveValue(PHONE);
  expect((await settings()).clinicPhone).toBe(PHONE);

  // Prompts: the clinic adds its own prompt for the last session of the first series.
  await page.getByRole('tab', { name: 'Prompts' }).click();
  const total = BUILTIN_PROMPTS.length;
  await expect(page.getByText(`${total} of ${total} prompts`)).toBeVisible();
  await page.getByRole('button', { name: 'Add prompt' }).click();
  const form = page.getByRole('form', { name: 'New prompt' });
  await form.getByRole('button', { name: 'Save prompt' }).click();
  // Nothing is added until both languages, a stage and a theme are there.
  await expect(form.getByRole('textbox', { name: 'Prompt in Español' })).toHaveAccessibleDescription(
    'This cannot be empty.',
  );
  await expect(form.getByText('Choose at least one point in the series.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Prompt in English' }).fill(OWN_PROMPT.en);
  await form.getByRole('textbox', { name: 'Prompt in Español' }).fill(OWN_PROMPT.es);
  await form.getByRole('checkbox', { name: 'Last of the first series' }).check();
  await form.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'What surfaced' });
  await page.screenshot({ path: testInfo.outputPath('clinic-new-prompt.png') });
  expect((await settings()).customPrompts).toEqual([]);
  await form.getByRole('button', { name: 'Save prompt' }).click();
  await expect(page.getByText(`${total + 1} of ${total + 1} prompts`)).toBeVisible();
  await expect
    .poll(async () => (await settings()).customPrompts)
    .toEqual([
      {
        id: expect.stringMatching(/^clinic-which-part-of-this-first-series-1$/),
        text: OWN_PROMPT,
        stages: ['lastOfSeries'],
        theme: 'whatSurfaced',
        enabled: true,
      },
    ]);

  // The built-in prompts for that stage: all but three are switched off, so the clinic's own is on the sheet.
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Last of the first series' });
  const lastOfSeries = BUILTIN_PROMPTS.filter((p) => p.stages.includes('lastOfSeries'));
  await expect(page.getByText(`${lastOfSeries.length + 1} of ${total + 1} prompts`)).toBeVisible();
  const cards = page.getByRole('list', { name: 'Prompts' }).getByRole('listitem');
  const own = cards.filter({ hasText: OWN_PROMPT.en });
  await expect(own).toContainText(OWN_PROMPT.es);
  await expect(own).toContainText('Last of the first series · What surfaced · Your own');
  const switchedOff = lastOfSeries.slice(0, lastOfSeries.length - (PROMPTS_PER_SHEET - 1));
  for (const prompt of switchedOff) {
    const handedOut = cards.filter({ hasText: prompt.text.en }).getByRole('switch', { name: 'Handed out' });
    await handedOut.click();
    await expect(handedOut).toHaveAttribute('aria-checked', 'false');
  }
  await expect
    .poll(async () => Object.keys((await settings()).promptOverrides).sort())
    .toEqual(switchedOff.map((p) => p.id).sort());
  expect((await settings()).promptOverrides[switchedOff[0]!.id]).toEqual({ enabled: false });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('clinic-prompts.png') });

  // The crisis line, rewritten in both languages; Undo takes back the Spanish rewrite only.
  await page.getByRole('tab', { name: 'Take-home sheet' }).click();
  const crisis = page.getByRole('group', { name: 'Crisis line' });
  await expect(crisis.getByRole('textbox', { name: 'English' })).toHaveValue(DEFAULT_SHEET_WORDING.crisisLine.en);
  await crisis.getByRole('textbox', { name: 'English' }).fill(CRISIS_EN);
  const preview = page.getByRole('region', { name: 'Preview' }).getByRole('article', { name: 'Take-home sheet' });
  await expect(preview).toContainText(CRISIS_EN);
  // The preview, at half size, is measured as the printed page is: the built-in wording fits one.
  await expect(page.getByRole('region', { name: 'Preview' }).getByText('This sheet needs a second page')).toBeHidden();
  await crisis.getByRole('textbox', { name: 'Español' }).fill(CRISIS_ES);
  await expect.poll(async () => (await settings()).sheetWording.crisisLine).toEqual({ en: CRISIS_EN, es: CRISIS_ES });
  await page.screenshot({ path: testInfo.outputPath('clinic-sheet-wording.png') });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(crisis.getByRole('textbox', { name: 'Español' })).toHaveValue(DEFAULT_SHEET_WORDING.crisisLine.es);
  await expect(crisis.getByRole('textbox', { name: 'English' })).toHaveValue(CRISIS_EN);
  await expect(status(page)).toHaveText('Undone: crisis line. Saved.');
  await expect
    .poll(async () => (await settings()).sheetWording.crisisLine)
    .toEqual({ en: CRISIS_EN, es: DEFAULT_SHEET_WORDING.crisisLine.es });

  // The next session's sheet: the clinic's phone, its crisis line and its own prompt.
  await page.getByRole('button', { name: 'Back' }).click();
  await startSession(page);
  await endTreatment(page);
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await page.getByRole('spinbutton', { name: 'Session number in the series (optional)' }).fill('4');
  const sheet = page.getByRole('article', { name: 'Take-home sheet' });
  await expect(sheet).toContainText('Harbor Clinic');
  await expect(sheet).toContainText(PHONE);
  await expect(sheet).toContainText(CRISIS_EN);
  await expect(sheet).toContainText(OWN_PROMPT.en);
  for (const prompt of switchedOff) await expect(sheet).not.toContainText(prompt.text.en);
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(sheet).toContainText(OWN_PROMPT.es);
  await expect(sheet).toContainText(DEFAULT_SHEET_WORDING.crisisLine.es);
});

test('tabs move with the arrow keys, and Ctrl+Z undoes a change unless focus is in a text field', async ({ page }) => {
  host = await startHost();
  await page.goto(host.url);
  await openEditor(page);

  const details = page.getByRole('tab', { name: 'Details' });
  await details.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Take-home sheet' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Take-home sheet' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('group', { name: 'Crisis line' })).toBeVisible();
  // Past the last tab, back to the first.
  const tabs = await page.getByRole('tab').count();
  for (let i = 1; i < tabs; i++) await page.keyboard.press('ArrowRight');
  await expect(details).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab').last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(details).toHaveAttribute('aria-selected', 'true');

  const a4 = page.getByRole('radio', { name: 'A4' });
  await a4.check();
  await expect.poll(async () => (await settings()).paperSize).toBe('a4');
  // In a text field the keys belong to the field's own text.
  await page.getByRole('textbox', { name: 'Room name' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(a4).toBeChecked();
  await a4.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  await expect.poll(async () => (await settings()).paperSize).toBe('letter');
  expect((await settings()).paperSize).toBe('letter');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a save the main process refuses is explained and the last good settings stay', async ({ page }) => {
  host = await startHost();
  await page.goto(host.url);
  await openEditor(page);
  const roomName = page.getByRole('textbox', { name: 'Room name' });
  await roomName.fill('Quiet room');
  await expect.poll(async () => (await settings()).roomName).toBe('Quiet room');

  // A folder where the settings file should be: the next write fails in the main process.
  const file = path.join(host.dataDir, 'clinic-config.json');
  fs.rmSync(file);
  fs.mkdirSync(path.join(file, 'blocked'), { recursive: true });
  await roomName.fill('Room that cannot be saved');
  await expect(page.getByRole('alert')).toContainText('could not complete "clinic.save"');
  await expect(page.getByRole('alert')).toContainText('The settings are back as they were last saved.');
  await expect(roomName).toHaveValue('Quiet room');
  await expect(page.getByRole('banner')).toContainText('Quiet room');
});

test('a built-in prompt is reworded and restored; the clinic’s own is deleted only when confirmed, and the Prompts tab’s Undo brings it back', async ({
  page,
}, testInfo) => {
  host = await startHost();
  const own = {
    id: 'clinic-sleep-1',
    stages: ['middle' as const],
    theme: 'sleep' as const,
    text: { en: 'How has your sleep been since the last visit?', es: '¿Cómo has dormido desde la última visita?' },
    enabled: true,
  };
  await request(host, 'clinic.save', { ...(await settings()), customPrompts: [own] });
  await page.goto(host.url);
  await openEditor(page);
  await page.getByRole('tab', { name: 'Prompts' }).click();
  const total = BUILTIN_PROMPTS.length + 1;
  const cards = page.getByRole('list', { name: 'Prompts' }).getByRole('listitem');

  // Search finds a prompt in either language, with or without accents.
  const builtin = BUILTIN_PROMPTS.find((p) => p.id === 'first-impressions')!;
  await page.getByRole('searchbox', { name: 'Search' }).fill('como fue la sesion para ti');
  await expect(page.getByText(`1 of ${total} prompts`)).toBeVisible();
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText(builtin.text.en);
  await expect(cards.getByRole('button', { name: 'Delete' })).toHaveCount(0);

  await cards.getByRole('button', { name: 'Edit' }).click();
  const english = cards.getByRole('textbox', { name: 'Prompt in English' });
  await english.fill('   ');
  await expect(english).toHaveAccessibleDescription('This cannot be empty.');
  const reworded = 'How was today for you? Nothing needs to make sense yet.';
  await english.fill(reworded);
  // The card stays open while its new words no longer match the search.
  await expect(cards).toContainText('Built-in, reworded');
  await expect
    .poll(async () => (await settings()).promptOverrides)
    .toEqual({ [builtin.id]: { text: { en: reworded, es: builtin.text.es } } });
  await page.screenshot({ path: testInfo.outputPath('clinic-prompt-editing.png') });
  await cards.getByRole('button', { name: 'Restore the built-in wording' }).click();
  await expect(english).toHaveValue(builtin.text.en);
  await expect.poll(async () => (await settings()).promptOverrides).toEqual({});
  await cards.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('searchbox', { name: 'Search' }).fill('since the last visit');
  await expect(cards).toHaveCount(1);
  await cards.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this prompt?' });
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('clinic-prompt-delete.png') });
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  await expect(cards).toHaveCount(1);
  expect((await settings()).customPrompts).toEqual([own]);

  await cards.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete prompt' }).click();
  await expect(cards).toHaveCount(0);
  await expect.poll(async () => (await settings()).customPrompts).toEqual([]);

  // Undo belongs to the tab it is on: Rooms changed nothing, and Details takes back only its own change.
  const undo = page.getByRole('button', { name: 'Undo' });
  await page.getByRole('tab', { name: 'Rooms and PIN' }).click();
  await expect(undo).toBeDisabled();
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('radio', { name: 'A4' }).check();
  await expect.poll(async () => (await settings()).paperSize).toBe('a4');
  await page.getByRole('tab', { name: 'Prompts' }).click();
  await expect(page.getByText('Last change: deleted prompt')).toBeVisible();
  await undo.click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('since the last visit');
  await expect(cards).toHaveCount(1);
  await expect.poll(async () => (await settings()).customPrompts).toEqual([own]);
  expect((await settings()).paperSize).toBe('a4');
  await page.getByRole('tab', { name: 'Details' }).click();
  await undo.click();
  await expect.poll(async () => (await settings()).paperSize).toBe('letter');
  expect((await settings()).customPrompts).toEqual([own]);
  await expect.poll(async () => (await settings()).customPrompts).toEqual([own]);
});

test('Tonight takes from one to five lines, a new line is saved once both languages are written, and the built-in wording comes back', async ({
  page,
}, testInfo) => {
  host = await startHost();
  await page.goto(host.url);
  await openEditor(page);
  await page.getByRole('tab', { name: 'Take-home sheet' }).click();
  const tonight = page.getByRole('group', { name: 'Tonight' });
  const preview = page.getByRole('region', { name: 'Preview' }).getByRole('article', { name: 'Take-home sheet' });
  const builtIn = DEFAULT_SHEET_WORDING.tonight;
  await expect(tonight.getByRole('button', { name: 'Use the built-in wording' })).toHaveCount(0);

  await tonight.getByRole('button', { name: 'Add a line' }).click();
  const n = builtIn.length + 1;
  const english = tonight.getByRole('textbox', { name: `Line ${n}, English` });
  await expect(english).toHaveAccessibleDescription('This cannot be empty.');
  await english.fill('Drink some water and eat something light.');
  await expect(tonight.getByRole('textbox', { name: `Line ${n}, Español` })).toHaveAccessibleDescription(
    'This cannot be empty.',
  );
  // Half a line is not saved, and the sheet does not print it.
  expect((await settings()).sheetWording).toEqual({});
  await expect(preview).not.toContainText('Drink some water');
  await tonight.getByRole('textbox', { name: `Line ${n}, Español` }).fill('Bebe un poco de agua y come algo ligero.');
  await expect(preview).toContainText('Drink some water and eat something light.');
  await expect.poll(async () => (await settings()).sheetWording.tonight?.length).toBe(n);
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(preview).toContainText('Bebe un poco de agua y come algo ligero.');

  await tonight.getByRole('button', { name: 'Add a line' }).click();
  await expect(tonight.getByRole('button', { name: 'Add a line' })).toBeDisabled();
  await expect(tonight.getByRole('textbox', { name: /English$/ })).toHaveCount(5);
  await page.screenshot({ path: testInfo.outputPath('clinic-tonight-lines.png') });
  for (let line = 5; line > 1; line--) await tonight.getByRole('button', { name: `Remove line ${line}` }).click();
  await expect(tonight.getByRole('button', { name: 'Remove line 1' })).toBeDisabled();
  await expect.poll(async () => (await settings()).sheetWording.tonight).toEqual([builtIn[0]]);

  await tonight.getByRole('button', { name: 'Use the built-in wording' }).click();
  await expect(tonight.getByRole('textbox', { name: /English$/ })).toHaveCount(builtIn.length);
  await expect.poll(async () => (await settings()).sheetWording).toEqual({});
});
