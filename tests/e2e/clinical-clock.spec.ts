import type { Page } from '@playwright/test';
import { timerSeconds } from '../support/page-readings';
import { endTreatment, startSession } from '../support/session-steps';

/** Every clock on the console by its name, in seconds, read in one go. */
function clocksNow(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[role="timer"]')].map((timer) => [
        timer.getAttribute('aria-label'),
        timer.textContent!.split(':').reduce((total, part) => total * 60 + Number(part), 0),
      ]),
    ),
  );
}
import { expect, test } from '../support/host-fixture';
import { request } from '../support/web-host';

const discharge = (page: Page) => page.getByRole('group', { name: 'Before discharge' });

test('a Spravato run paused for ten minutes still shows its 40-minute check at 40 minutes since the dose', async ({
  page,
  startHost,
}, testInfo) => {
  test.setTimeout(90_000);
  // Sixty times real speed: a real second is a session minute.
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page, 'Intranasal esketamine (Spravato), 2 h observation', { dose: false });
  await expect(page.getByRole('heading', { name: 'Settling in' })).toBeVisible();
  await page.getByRole('button', { name: 'Dose given' }).click();
  await expect(page.getByText(/^Dose given at \d/)).toBeVisible();

  await expect.poll(() => timerSeconds(page, 'Time since dose')).toBeGreaterThanOrEqual(5 * 60);
  // How far apart the two clocks are before the pause, read in one instant (a second is a minute here).
  const apart = async () => {
    const clocks = await clocksNow(page);
    return clocks['Time since dose']! - clocks['Program time']!;
  };
  const apartBefore = await apart();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  const pausedProgram = await timerSeconds(page, 'Program time');
  await expect.poll(() => timerSeconds(page, 'Time since dose'), { timeout: 20_000 }).toBeGreaterThanOrEqual(15 * 60);
  // The program held while the clinical clock ran on.
  expect(await timerSeconds(page, 'Program time')).toBe(pausedProgram);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  const check = page.getByText(/^Vitals, 40 min after the dose: BP, HR, SpO₂, sedation and dissociation/);
  await expect
    .poll(() => timerSeconds(page, 'Time since dose'), { timeout: 40_000, intervals: [100] })
    .toBeGreaterThanOrEqual(38 * 60);
  await expect(check).toBeHidden();
  await expect(check).toBeVisible({ timeout: 10_000 });
  const sinceDose = await timerSeconds(page, 'Time since dose');
  expect(sinceDose).toBeGreaterThanOrEqual(40 * 60);
  // A real second is a session minute here: two of slack for a busy machine.
  expect(sinceDose).toBeLessThan(42 * 60);
  // The program clock fell behind by the whole pause: the pause moved the ambience, not the medicine.
  // How long the pause lasted is the session's own record (the screen is read a moment late on a busy machine).
  const { events } = (await request(host, 'session.get', {}))!.run;
  const at = (type: string) => events.find((e) => e.type === type)!.at;
  const pause = (at('resume') - at('pause')) / 1000;
  expect(pause).toBeGreaterThanOrEqual(9 * 60);
  expect(await apart()).toBeGreaterThanOrEqual(apartBefore + pause - 60);
  await page.screenshot({ path: testInfo.outputPath('40-minute-check.png') });
});

test('End treatment asks first: Escape and a slow double click keep treatment going, End treatment now ends it', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page, 'IV infusion, 40 min');

  // E opens the question with Cancel focused; Escape keeps treatment going.
  await page.keyboard.press('e');
  const question = page.getByRole('dialog', { name: 'End treatment?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('end-treatment-question.png') });
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(page.getByText('Earliest discharge')).toBeHidden();

  // A slow double click (250 ms apart) on End treatment: the second click lands on a question
  // whose confirming button has not woken yet.
  const end = page.getByRole('button', { name: 'End treatment', exact: true });
  const box = (await end.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(250);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'End treatment now' })).toBeDisabled();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Earliest discharge')).toBeHidden();

  // Confirmed, treatment ends; the checklist that slides in takes no click for its first second.
  await end.click();
  const now = question.getByRole('button', { name: 'End treatment now' });
  const confirm = (await now.boundingBox())!;
  await now.click();
  await page.mouse.click(confirm.x + confirm.width / 2, confirm.y + confirm.height / 2);
  await expect(page.getByText('Earliest discharge')).toBeVisible();
  const boxes = discharge(page).getByRole('checkbox');
  await expect(boxes.first()).toBeEnabled();
  for (const box of await boxes.all()) await expect(box).not.toBeChecked();
});

test('closing with a discharge item unticked names it, asks, and the history records it', async ({
  page,
  startHost,
}) => {
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page, 'IV infusion, 40 min');
  await endTreatment(page);
  const boxes = discharge(page).getByRole('checkbox');
  await expect(boxes.first()).toBeEnabled();
  const labels = await boxes.evaluateAll((all) => all.map((box) => box.parentElement!.textContent!));
  for (const name of labels.filter((label) => label !== 'Responsible adult escort present')) {
    const box = discharge(page).getByRole('checkbox', { name, exact: true });
    await box.click();
    await expect(box).toBeChecked();
  }
  // Thirty minutes of recovery pass in thirty seconds.
  await expect(page.getByText('Minimum time reached', { exact: true })).toBeVisible({ timeout: 45_000 });

  await page.getByRole('button', { name: 'Close session' }).click();
  const question = page.getByRole('dialog', { name: 'Close with items not ticked?' });
  await expect(question.getByRole('listitem')).toHaveText(['Responsible adult escort present']);
  await question.getByRole('button', { name: 'Keep the session open' }).click();
  await expect(question).toBeHidden();
  await page.getByRole('button', { name: 'Close session' }).click();
  await question.getByRole('button', { name: 'Close session' }).click();
  await expect(page.getByText('Session closed', { exact: true })).toBeVisible();

  const { records } = await request(host, 'history.list', {});
  expect(records[0]).toMatchObject({ closedEarly: false, checklistNotDone: ['Responsible adult escort present'] });
  await page.getByRole('button', { name: 'Ready for next session' }).click();
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'IV infusion, 40 min' })).toContainText(
    'Responsible adult escort present',
  );
});

test('closing before the earliest discharge needs a reason from the clinic’s list, which the history keeps', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await startSession(page, 'Intranasal esketamine (Spravato), 2 h observation');
  await endTreatment(page);
  await page.getByRole('button', { name: 'Close session' }).click();
  const question = page.getByRole('dialog', { name: 'Close before the earliest discharge?' });
  await expect(question).toContainText(/The earliest discharge is .+\. Why does the session close now\?/);
  const close = question.getByRole('button', { name: 'Close session' });
  // Without a reason it cannot close, however long staff wait.
  await page.waitForTimeout(1_200);
  await expect(close).toBeDisabled();
  await question.getByRole('radio', { name: 'Transferred to emergency care' }).check();
  await page.screenshot({ path: testInfo.outputPath('close-early-question.png') });
  await close.click();
  await expect(page.getByText('Session closed', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Ready for next session' }).click();
  await page.getByRole('button', { name: 'History' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Intranasal esketamine' });
  await expect(row).toContainText('closed early: Transferred to emergency care');
  await page.screenshot({ path: testInfo.outputPath('history.png') });
  const { records } = await request(host, 'history.list', {});
  expect(records[0]).toMatchObject({ closedEarly: true, closeReason: 'Transferred to emergency care' });
});

test('a fresh install chooses no program until the clinic sets a default; hidden programs are not offered', async ({
  page,
  startHost,
}, testInfo) => {
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  const start = page.getByRole('button', { name: 'Start session' });
  await expect(start).toBeDisabled();
  for (const radio of await page.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await expect(page.getByText('Choose the program for this patient.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Training' }).getByRole('radio')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Program' }).getByRole('radio', { name: /Demo/ })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('fresh-start.png'), fullPage: true });

  // The clinic chooses a default and hides a program it does not use.
  await page.getByRole('button', { name: 'Clinic', exact: true }).click();
  await page.getByRole('tab', { name: 'Programs' }).click();
  await page.getByRole('combobox', { name: 'Program chosen first' }).selectOption({ label: 'IV infusion, 60 min' });
  await page.getByRole('checkbox', { name: 'Offer Intramuscular injection on the start screen' }).uncheck();
  // A built-in program reads without a copy.
  await page.getByRole('button', { name: 'View Intranasal esketamine (Spravato), 2 h observation' }).click();
  const view = page.getByRole('region', { name: 'View program' });
  await expect(view.getByRole('listitem').filter({ hasText: 'REMS Patient Monitoring Form completed' })).toBeVisible();
  await expect(view).toContainText('No earlier than 2 h after the dose');
  await expect(view.getByRole('textbox')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('programs-tab.png'), fullPage: true });
  await expect.poll(async () => (await request(host, 'clinic.get', {})).defaultProgramId).toBe('iv-60');
  await page.getByRole('button', { name: 'Back' }).click();

  await expect(page.getByRole('radio', { name: /^IV infusion, 60 min/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Intramuscular/ })).toHaveCount(0);
  await start.click();
  await expect(page.getByText('IV infusion, 60 min', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settling in' })).toBeVisible();
});

test('a patient’s choice waits on the start screen with its journey, and staff can clear it', async ({
  page,
  startHost,
}) => {
  const host = await startHost({ timeScale: 1 });
  await request(host, 'patient.choose', {
    journeyId: 'builtin-rain',
    avoidTags: [],
    avoidTrackIds: [],
    comfort: 0.4,
    intention: 'Someone else’s words',
  });
  await page.goto(host.url);
  const panel = page.getByRole('region', { name: 'Patient’s choice' });
  await expect(panel.getByRole('status')).toContainText('Waiting for the next session: Rain, no music');
  await expect(panel).toContainText('with an intention for the sheet');
  await expect(panel).not.toContainText('Someone else’s words');
  await page.getByRole('radio', { name: /^IV infusion, 40 min/ }).check();
  await expect(page.getByText('Starts IV infusion, 40 min with the patient’s choice: Rain, no music.')).toBeVisible();
  await panel.getByRole('button', { name: 'Clear the patient’s choice' }).click();
  await expect(panel.getByRole('status')).toHaveCount(0);
  expect(await request(host, 'patient.get', {})).toBeNull();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByText(/^Journey:/)).toHaveCount(0);
  const { run } = (await request(host, 'session.get', {}))!;
  expect(run.patient).toBeNull();
});

test('a patient’s choice left waiting two hours is discarded, and the start screen stops showing it', async ({
  page,
  startHost,
}) => {
  // Twelve hundred times real speed: two hours pass in six seconds.
  const host = await startHost({ timeScale: 1200 });
  await page.goto(host.url);
  await request(host, 'patient.choose', {
    journeyId: 'builtin-ocean',
    avoidTags: [],
    avoidTrackIds: [],
    comfort: 0.5,
    intention: '',
  });
  await page.reload();
  const waiting = page.getByRole('region', { name: 'Patient’s choice' }).getByRole('status');
  await expect(waiting).toContainText('Ocean, no music');
  await page.getByRole('radio', { name: /^IV infusion, 40 min/ }).check();
  await expect(page.getByText('Starts IV infusion, 40 min with the patient’s choice: Ocean, no music.')).toBeVisible();
  await expect(waiting).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText('Starts IV infusion, 40 min.', { exact: true })).toBeVisible();
  expect(await request(host, 'patient.get', {})).toBeNull();
});
