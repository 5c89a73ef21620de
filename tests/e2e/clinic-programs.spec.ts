import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addCover, writeTone } from '../support/audio-fixtures';
import { roomLight, timerSeconds } from '../support/page-readings';
import { startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import { request, type RunningHost } from '../support/web-host';

const status = (page: Page) => page.getByRole('main').getByRole('status');

/** The clinic's own programs as the main process holds them. */
const ownPrograms = async (host: RunningHost) =>
  (await request(host, 'programs.list', {})).filter((p) => p.id.startsWith('clinic-'));

async function openTab(page: Page, tab: 'Programs' | 'Journeys') {
  await page.getByRole('button', { name: 'Clinic', exact: true }).click();
  await page.getByRole('tab', { name: tab }).click();
}

test('a clinic copies a built-in program, lengthens Deep, dims it and adds a reminder; the next session runs it', async ({
  page,
  startHost,
}, testInfo) => {
  test.setTimeout(90_000);
  // A minute of session time lasts a second, so the reminder at 20 minutes falls due in 20 s.
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await openTab(page, 'Programs');
  await expect(page.getByText('a session already running keeps the program it started with')).toBeVisible();

  // Built-in programs are marked, and only copied.
  const programs = page.getByRole('list', { name: 'Programs' });
  await expect(programs.getByRole('listitem').filter({ hasText: 'IV infusion, 40 min' })).toContainText('Built in');
  await expect(page.getByRole('button', { name: 'Edit IV infusion, 40 min' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete IV infusion, 40 min' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Make a copy of IV infusion, 40 min' }).click();
  await expect.poll(async () => (await ownPrograms(host)).map((p) => p.name)).toEqual(['IV infusion, 40 min (copy)']);

  const editor = page.getByRole('region', { name: 'Edit program' });
  await editor.getByRole('group', { name: 'About' }).getByRole('textbox', { name: 'Name' }).fill('Harbor IV, 45 min');
  const deep = editor.getByRole('group', { name: '3. Deep' });
  const deepLength = deep.getByRole('spinbutton', { name: 'Length (minutes)' });
  await deepLength.fill('35');
  await deep.getByRole('spinbutton', { name: 'Light level (%)' }).fill('5');
  await expect(editor.getByText('Settling in until the dose · treatment 45 min · recovery 30 min')).toBeVisible();

  await editor.getByRole('button', { name: 'Add reminder' }).click();
  const reminder = editor.getByRole('group', { name: 'Reminder 6' });
  await expect(reminder.getByRole('textbox', { name: 'Reminder' })).toBeFocused();
  await reminder.getByRole('textbox', { name: 'Reminder' }).fill('Check oxygen saturation');
  await reminder.getByRole('spinbutton', { name: 'At (minutes)' }).fill('20');
  await expect
    .poll(async () => (await ownPrograms(host))[0])
    .toMatchObject({
      name: 'Harbor IV, 45 min',
      phases: [
        { kind: 'preDose' },
        { durationSec: 300 },
        { durationSec: 2100, light: { levelPct: 5 } },
        {},
        { kind: 'recovery' },
      ],
      checklist: [{ label: 'IV removed, site checked' }],
    });
  expect((await ownPrograms(host))[0]!.reminders.at(-1)).toMatchObject({
    text: 'Check oxygen saturation',
    atSec: 1200,
  });
  await expect(status(page)).toHaveText('Saved');
  await expect(programs.getByRole('listitem').filter({ hasText: 'Harbor IV, 45 min' })).toContainText('Your own');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('programs-tab.png'), fullPage: true });

  // An invalid length says why beside the field and is not saved; Undo takes it back.
  await deepLength.fill('0');
  await expect(deepLength).toHaveAttribute('aria-invalid', 'true');
  await expect(deepLength).toHaveAccessibleDescription('Make it longer than 0 minutes.');
  await expect(status(page)).toHaveText('A marked field is not saved: see the reason beside it.');
  await deepLength.evaluate((field) => field.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: testInfo.outputPath('programs-invalid.png') });
  expect((await ownPrograms(host))[0]!.phases[2]!.durationSec).toBe(2100);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(deepLength).toHaveValue('35');
  await expect(deepLength).not.toHaveAttribute('aria-invalid');
  await expect(status(page)).toHaveText('Undone: Deep length, which was not saved.');
  expect((await ownPrograms(host))[0]).toMatchObject({ phases: [{}, {}, { durationSec: 2100 }, {}, {}] });
  expect((await ownPrograms(host))[0]!.reminders.at(-1)).toMatchObject({ text: 'Check oxygen saturation' });

  // The start screen offers the copy, and the session runs its phases, light and reminder.
  await page.getByRole('button', { name: 'Back' }).click();
  const copy = page.getByRole('radio', { name: /Harbor IV, 45 min/ });
  await expect(page.locator('label', { has: copy })).toContainText(
    'Settling in until the dose · treatment 45 min · recovery 30 min',
  );
  await startSession(page, 'Harbor IV, 45 min');
  await expect(page.getByText('Phase 1 of 3', { exact: true })).toBeVisible();
  expect(await timerSeconds(page, 'Time left in this phase')).toBeLessThanOrEqual(5 * 60);
  await expect(page.getByText('Check oxygen saturation')).toHaveCount(0);
  // Deep now lasts 35 minutes (the built-in one lasts 30).
  await expect(page.getByText('Phase 2 of 3', { exact: true })).toBeVisible({ timeout: 15_000 });
  expect(await timerSeconds(page, 'Time left in this phase')).toBeGreaterThan(30 * 60);
  // The window dims itself in 2 % steps: 5 % shows as 4 or 6, the built-in 10 % as 10.
  await expect.poll(() => roomLight(page), { timeout: 15_000 }).toBeLessThan(8);
  expect(await roomLight(page)).toBeGreaterThanOrEqual(4);
  const reminders = page.getByRole('region', { name: 'Reminders', exact: true });
  await expect(reminders).toContainText('Check oxygen saturation', { timeout: 30_000 });
  // Due 20 minutes after the dose (a real second or two of slack).
  const dueAt = await timerSeconds(page, 'Time since dose');
  expect(dueAt).toBeGreaterThanOrEqual(20 * 60);
  expect(dueAt).toBeLessThan(23 * 60);
});

test('phases move with Alt+Arrow keys and are removed; recovery stays last; a program is deleted only when confirmed', async ({
  page,
  startHost,
}) => {
  const host = await startHost();
  await page.goto(host.url);
  await openTab(page, 'Programs');
  await page.getByRole('button', { name: 'Make a copy of IV infusion, 60 min' }).click();
  const editor = page.getByRole('region', { name: 'Edit program' });
  const phaseNames = async () => (await ownPrograms(host))[0]!.phases.map((p) => p.name);
  await expect.poll(phaseNames).toEqual(['Settling in', 'Opening', 'Deep', 'Closing', 'Recovery']);

  const closingName = editor.getByRole('group', { name: '4. Closing' }).getByRole('textbox', { name: 'Name' });
  await closingName.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(phaseNames).toEqual(['Settling in', 'Opening', 'Closing', 'Deep', 'Recovery']);
  await expect(editor.getByRole('group', { name: '3. Closing' }).getByRole('textbox', { name: 'Name' })).toBeFocused();
  // Recovery has no place to move to and cannot be removed; nothing moves below it, nor above settling in.
  await expect(editor.getByRole('group', { name: '5. Recovery' }).getByRole('button')).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Move Deep down' })).toBeDisabled();
  await expect(editor.getByRole('button', { name: 'Move Opening up' })).toBeDisabled();
  await expect(editor.getByRole('group', { name: '1. Settling in' }).getByRole('button')).toHaveText(['Remove']);

  await editor.getByRole('button', { name: 'Add treatment phase' }).click();
  await expect.poll(phaseNames).toEqual(['Settling in', 'Opening', 'Closing', 'Deep', 'Phase 4', 'Recovery']);
  await editor.getByRole('button', { name: 'Remove Opening' }).click();
  await expect.poll(phaseNames).toEqual(['Settling in', 'Closing', 'Deep', 'Phase 4', 'Recovery']);
  // Without settling in, Start session marks the dose; it can be put back.
  await editor.getByRole('button', { name: 'Remove Settling in' }).click();
  await expect.poll(phaseNames).toEqual(['Closing', 'Deep', 'Phase 4', 'Recovery']);
  await editor.getByRole('button', { name: 'Add settling in before the dose' }).click();
  await expect.poll(phaseNames).toEqual(['Settling in', 'Closing', 'Deep', 'Phase 4', 'Recovery']);
  await editor
    .getByRole('group', { name: '5. Recovery' })
    .getByRole('spinbutton', { name: 'Length (minutes)' })
    .fill('45');
  await expect(editor.getByText('recovery 45 min')).toBeVisible();
  await expect.poll(async () => (await ownPrograms(host))[0]!.phases.at(-1)!.durationSec).toBe(2700);

  // Deleting asks first; keeping it changes nothing, confirming removes it, Undo brings it back.
  const name = (await ownPrograms(host))[0]!.name;
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this program?' });
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();
  expect(await ownPrograms(host)).toHaveLength(1);
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await dialog.getByRole('button', { name: 'Delete program' }).click();
  await expect.poll(() => ownPrograms(host)).toEqual([]);
  await expect(page.getByRole('list', { name: 'Programs' }).getByText(name)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await ownPrograms(host)).map((p) => p.name)).toEqual([name]);
});

test('a clinic makes a journey of its own playlist with a cover; it is saved and the patient screen offers it', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await startHost();
  const music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-journey-'));
  addCover(
    writeTone(path.join(music, 'calm.flac'), { seconds: 60, frequency: 262, tags: { TITLE: 'Calm piano' } }),
    path.resolve('assets/icon.png'),
  );
  writeTone(path.join(music, 'strings.ogg'), { seconds: 60, frequency: 330, tags: { TITLE: 'Slow strings' } });
  await request(host, 'library.import', { paths: [music], mode: 'reference' });
  const tracks = await request(host, 'library.list', {});
  const calm = tracks.find((t) => t.title === 'Calm piano')!;
  // Two one-minute tracks crossing into each other for 4 s, twice in a pass: 1 min 52 s.
  const playlist = await request(host, 'playlists.save', {
    name: 'Evening piano',
    crossfadeSec: 4,
    trackIds: tracks.map((t) => t.id),
  });

  await page.goto(host.url);
  await openTab(page, 'Journeys');
  await expect(page.getByText('a session already running keeps the music it started with')).toBeVisible();
  const journeys = page.getByRole('list', { name: 'Journeys' });
  await expect(journeys.getByRole('listitem').filter({ hasText: 'Ocean, no music' })).toContainText('Built in');
  await page.getByRole('button', { name: 'New journey' }).click();

  const editor = page.getByRole('region', { name: 'Edit journey' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill('Evening piano');
  await editor.getByRole('textbox', { name: 'Description', exact: true }).fill('Slow piano, then rain while you rest.');
  // The same words for patients who read Spanish.
  await editor.getByRole('textbox', { name: 'Name in Spanish' }).fill('Piano de la tarde');
  await editor
    .getByRole('textbox', { name: 'Description in Spanish' })
    .fill('Piano lento, y luego lluvia mientras descansas.');
  await editor.getByRole('combobox', { name: 'Cover picture' }).selectOption({ label: 'Calm piano' });
  const cover = editor.getByRole('img', { name: 'Cover picture of Calm piano' });
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  for (const part of ['Opening', 'Deep', 'Closing']) {
    await editor.getByRole('combobox', { name: part }).selectOption({ label: 'Evening piano (1 min 52 s)' });
  }
  const saved = async () => (await request(host, 'journeys.list', {})).find((j) => j.name === 'Evening piano');
  await expect.poll(saved).toMatchObject({
    description: 'Slow piano, then rain while you rest.',
    translations: { es: { name: 'Piano de la tarde', description: 'Piano lento, y luego lluvia mientras descansas.' } },
    coverTrackId: calm.id,
    sounds: {
      opening: { playlistId: playlist.id },
      deep: { playlistId: playlist.id },
      closing: { playlistId: playlist.id },
      recovery: { ambience: 'soft-rain' },
    },
  });
  await expect(status(page)).toHaveText('Saved');

  // Ctrl+Z outside a text field takes back the last choice.
  await editor.getByRole('combobox', { name: 'Recovery' }).selectOption({ label: 'Warm drone' });
  await expect.poll(async () => (await saved())?.sounds.recovery).toEqual({ ambience: 'warm-drone' });
  await page.getByRole('heading', { name: 'Clinic settings' }).click();
  await page.keyboard.press('Control+z');
  await expect(editor.getByRole('combobox', { name: 'Recovery' })).toHaveValue('ambience:soft-rain');
  await expect.poll(async () => (await saved())?.sounds.recovery).toEqual({ ambience: 'soft-rain' });
  await expect(status(page)).toHaveText('Undone: Recovery sound. Saved.');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('journeys-tab.png'), fullPage: true });

  // The patient screen offers it.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Open the patient screen' }).click();
  const setPin = page.getByRole('dialog', { name: 'Set a clinic PIN' });
  await setPin.getByLabel('New PIN (4 to 12 digits)').fill('4821');
  await setPin.getByLabel('The new PIN again').fill('4821');
  await setPin.getByRole('button', { name: 'Set PIN and open' }).click();
  await expect(page.getByRole('radio', { name: /Evening piano/ })).toBeVisible();
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.getByRole('radio', { name: /Piano de la tarde/ })).toContainText(
    'Piano lento, y luego lluvia mientras descansas.',
  );
});
