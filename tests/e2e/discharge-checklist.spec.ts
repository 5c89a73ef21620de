import { expect, test, type Page } from '@playwright/test';
import { VERSION_2_DISCHARGE_CHECKLIST } from '@domain/clinic/clinic-config';
import { endTreatment, startSession } from './support';
import { request, startHost, type RunningHost } from './web-host';

let host: RunningHost;

test.afterEach(async () => {
  await host?.stop();
});

const settings = () => request(host, 'clinic.get', {});
const savedLabels = async () => (await settings()).dischargeChecklist.map((item) => item.label);
/** A clinic's own list of five items, so positions below are easy to follow. */
const FIVE = VERSION_2_DISCHARGE_CHECKLIST;
const DEFAULT_LABELS = FIVE.map((item) => item.label);
const status = (page: Page) => page.getByRole('main').getByRole('status');

test('a clinic adds, renames, reorders and removes checklist items, undoes a removal, and recovery shows the list the session started with', async ({
  page,
}, testInfo) => {
  host = await startHost({ timeScale: 60 });
  await request(host, 'clinic.save', { ...(await settings()), dischargeChecklist: FIVE });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Clinic' }).click();
  const checklist = page.getByRole('group', { name: 'Discharge checklist' });
  const items = checklist.getByRole('list', { name: 'Discharge checklist items' }).getByRole('textbox');
  await expect(items).toHaveCount(DEFAULT_LABELS.length);

  // Adding: an empty item is refused with the reason; a named one goes at the end and is saved.
  const newItem = checklist.getByRole('textbox', { name: 'New item' });
  await checklist.getByRole('button', { name: 'Add item' }).click();
  await expect(newItem).toHaveAccessibleDescription('This cannot be empty.');
  await newItem.fill('Escort present');
  await expect(newItem).not.toHaveAttribute('aria-invalid');
  await newItem.press('Enter');
  await expect(newItem).toHaveValue('');
  await expect.poll(savedLabels).toEqual([...DEFAULT_LABELS, 'Escort present']);

  // Renaming as typed: an empty label says why and is not saved; a new one is.
  const sixth = checklist.getByRole('textbox', { name: 'Checklist item 6' });
  await sixth.fill('');
  await expect(sixth).toHaveAttribute('aria-invalid', 'true');
  await expect(sixth).toHaveAccessibleDescription('This cannot be empty.');
  await expect(status(page)).toHaveText('A marked field is not saved: see the reason beside it.');
  await checklist.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('clinic-checklist-invalid.png') });
  expect(await savedLabels()).toContain('Escort present');
  await sixth.fill('Escort in the room');
  await expect.poll(savedLabels).toEqual([...DEFAULT_LABELS, 'Escort in the room']);

  // Reordering: the up button, then Alt+Up in the item's field; focus stays with the item.
  await checklist.getByRole('button', { name: 'Move Escort in the room up' }).click();
  await expect(checklist.getByRole('textbox', { name: 'Checklist item 5' })).toHaveValue('Escort in the room');
  const fifth = checklist.getByRole('textbox', { name: 'Checklist item 5' });
  await fifth.focus();
  await page.keyboard.press('Alt+ArrowUp');
  const fourth = checklist.getByRole('textbox', { name: 'Checklist item 4' });
  await expect(fourth).toHaveValue('Escort in the room');
  await expect(fourth).toBeFocused();
  await expect(page.getByText('Moved “Escort in the room” to position 4 of 6')).toBeAttached();
  const reordered = [...DEFAULT_LABELS.slice(0, 3), 'Escort in the room', ...DEFAULT_LABELS.slice(3)];
  await expect.poll(savedLabels).toEqual(reordered);

  // Removing, then Undo brings the item back in its place.
  await checklist.getByRole('button', { name: 'Remove Vital signs checked' }).click();
  await expect(items).toHaveCount(5);
  await expect.poll(savedLabels).toEqual(reordered.filter((label) => label !== 'Vital signs checked'));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status(page)).toHaveText('Undone: removed checklist item. Saved.');
  await expect(items).toHaveCount(6);
  await expect.poll(savedLabels).toEqual(reordered);
  await checklist.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('clinic-checklist.png'), fullPage: true });

  // The next session's recovery shows the list in that order, then the program's own item.
  await page.getByRole('button', { name: 'Back' }).click();
  await startSession(page);
  await endTreatment(page);
  const beforeDischarge = page.getByRole('group', { name: 'Before discharge' }).getByRole('checkbox');
  await expect(beforeDischarge).toHaveCount(7);
  expect(await beforeDischarge.evaluateAll((boxes) => boxes.map((box) => box.parentElement!.textContent))).toEqual([
    ...reordered,
    'IV removed, site checked',
  ]);

  // The session keeps the list it started with, even when the clinic changes it meanwhile.
  await request(host, 'clinic.save', {
    ...(await settings()),
    dischargeChecklist: [{ id: 'only', label: 'Only this' }],
  });
  const escort = page.getByRole('checkbox', { name: 'Escort in the room' });
  await escort.click();
  await expect(escort).toBeChecked();
  await expect(beforeDischarge).toHaveCount(7);
  await expect(page.getByRole('checkbox', { name: 'Only this' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('recovery-checklist.png'), fullPage: true });
});

test('a full checklist takes no more items and says why', async ({ page }) => {
  host = await startHost();
  const twenty = Array.from({ length: 20 }, (_, i) => ({ id: `check-${i + 1}`, label: `Check ${i + 1}` }));
  await request(host, 'clinic.save', { ...(await settings()), dischargeChecklist: twenty });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Clinic' }).click();
  const checklist = page.getByRole('group', { name: 'Discharge checklist' });
  await expect(checklist.getByRole('textbox', { name: 'New item' })).toBeDisabled();
  await expect(checklist.getByRole('textbox', { name: 'New item' })).toHaveAccessibleDescription(
    'The checklist holds 20 items at most.',
  );
  await expect(checklist.getByRole('button', { name: 'Add item' })).toBeDisabled();
  await checklist.getByRole('button', { name: 'Remove Check 20' }).click();
  await expect(checklist.getByRole('button', { name: 'Add item' })).toBeEnabled();
  await expect.poll(async () => (await settings()).dischargeChecklist.length).toBe(19);
});
