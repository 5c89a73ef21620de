import { clinicWithJourney, measuredDb, openPatientScreen, settledLevel, steadyLevel } from '../support/patient-steps';
import { AUDIBLE_DB, outputLevelDb } from '../support/page-readings';
import { endTreatment, startSession } from '../support/session-steps';
import { expect, test } from '../support/host-fixture';
import { request } from '../support/web-host';

test('a patient chooses a journey, listens, leaves out songs, sets a volume and an intention; the next session follows it', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await clinicWithJourney(startHost);
  await page.goto(host.url);
  await openPatientScreen(page);

  // Step 1: music, with a quiet preview that really plays; listening to a journey also chooses it.
  await expect(page.getByRole('heading', { name: 'Choose your music' })).toBeVisible();
  const piano = page.getByRole('radio', { name: /Piano and rain/ });
  await expect(piano).not.toBeChecked();
  await page.getByRole('button', { name: 'Listen to Piano and rain' }).click();
  await expect(piano).toBeChecked();
  // The chosen card says so in words, not by its border alone.
  await expect(piano).toContainText('Chosen');
  await expect(page.getByRole('radio', { name: /Ocean, no music/ })).not.toContainText('Chosen');
  await page.screenshot({ path: testInfo.outputPath('1-choose-music.png') });
  await expect.poll(() => measuredDb(page), { timeout: 10_000 }).toBeGreaterThan(AUDIBLE_DB);
  await page.getByRole('button', { name: 'Stop Piano and rain' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: no songs with words; the pieces are checked, not ticked.
  await expect(page.getByRole('heading', { name: 'Anything to leave out?' })).toBeVisible();
  await expect(page.getByRole('group', { name: /check any you would rather not hear/ })).toBeVisible();
  await page.getByRole('checkbox', { name: 'No songs with words' }).check();
  await expect(page.getByRole('checkbox', { name: /A song with words/ })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: the test tone follows the volume slider on the real output.
  // It starts at a moderate level, with its two ends named.
  const volume = page.getByRole('slider', { name: 'Comfortable volume' });
  await expect(volume).toHaveValue('50');
  await expect(page.getByText('Quieter', { exact: true })).toBeVisible();
  await expect(page.getByText('Louder', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Play a test tone' }).click();
  await volume.fill('100');
  await expect.poll(() => measuredDb(page)).toBeGreaterThan(AUDIBLE_DB);
  const loud = await settledLevel(page);
  await volume.fill('40');
  await expect.poll(() => steadyLevel(page)).toBeLessThan(loud - 6);
  const quiet = await settledLevel(page);
  // 40 % of the amplitude is 8 dB down.
  expect(loud - quiet).toBeGreaterThan(6.5);
  expect(loud - quiet).toBeLessThan(9.5);
  await page.screenshot({ path: testInfo.outputPath('3-volume.png') });
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 4: an intention, said in a sentence, and where it goes, said truthfully.
  const intention = page.getByRole('textbox', { name: 'Your intention (optional)' });
  await expect(intention).toHaveAccessibleDescription(
    'A few words about what you hope for today. You can leave this empty. It is printed on the sheet you take home today. This clinic does not keep a copy.',
  );
  await intention.fill('To rest and let the week go');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();

  // The PIN gate: a reload keeps the patient screen, staff requests are refused, a wrong PIN waits.
  await page.reload();
  await expect(page.getByRole('main', { name: 'Patient screen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start session' })).toHaveCount(0);
  await expect(request(host, 'session.start', { programId: 'iv-40' })).rejects.toThrow(/locked/);
  await page.getByRole('button', { name: 'Staff' }).click();
  const unlock = page.getByRole('dialog', { name: 'Staff unlock' });
  await unlock.getByLabel('Clinic PIN').fill('1111');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock.getByRole('alert')).toHaveText('That PIN is not right.');
  // A wrong PIN makes the next try wait a moment; staff type it again.
  await expect(async () => {
    await unlock.getByLabel('Clinic PIN').fill('4821');
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });

  // Staff see the choice, and the next session plays it.
  await expect(page.getByRole('region', { name: 'Patient’s choice' }).getByRole('status')).toContainText(
    'Piano and rain · no lyrics · volume 40 %',
  );
  await startSession(page);
  await expect(page.getByText('Journey: Piano and rain')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Patient comfort' })).toHaveValue('40');
  const session = (await request(host, 'session.get', {}))!;
  expect(session.run.playlists.flatMap((p) => p.tracks.map((t) => t.title))).toEqual(['Quiet piano']);
  await expect.poll(() => outputLevelDb(page), { timeout: 15_000 }).toBeGreaterThan(AUDIBLE_DB);

  await endTreatment(page);
  await page.getByRole('button', { name: 'Take-home sheet' }).click();
  await expect(page.getByRole('article', { name: 'Take-home sheet' })).toContainText('To rest and let the week go');
});

test('after wrong PINs the wait counts down, and the PIN can be tried again when it ends', async ({
  page,
  startHost,
}) => {
  const host = await clinicWithJourney(startHost);
  await page.goto(host.url);
  await openPatientScreen(page);
  await page.getByRole('button', { name: 'Staff' }).click();
  const unlock = page.getByRole('dialog', { name: 'Staff unlock' });
  const tryPin = page.getByRole('button', { name: 'Unlock' });
  // The first two wrong tries wait a second each; the third, five.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await expect(tryPin)
      .toBeEnabled({ timeout: 3_000 })
      .catch(() => undefined);
    await unlock.getByLabel('Clinic PIN').fill('1111');
    await expect(tryPin).toBeEnabled({ timeout: 3_000 });
    await tryPin.click();
    await expect(unlock.getByRole('alert')).toHaveText('That PIN is not right.');
  }
  const wait = unlock.getByRole('timer');
  await expect(wait).toHaveText(/^Please wait [45] s before trying the PIN again\.$/);
  await expect(tryPin).toBeDisabled();
  await expect(wait).toHaveText('Please wait 3 s before trying the PIN again.');
  await expect(wait).toHaveText('Please wait 1 s before trying the PIN again.');
  await expect(wait).toBeHidden();
  await unlock.getByLabel('Clinic PIN').fill('4821');
  await tryPin.click();
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
});
