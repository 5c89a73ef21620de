import type { Page } from '@playwright/test';
import { setRoomLight } from '../support/page-readings';
import { expect, test } from '../support/host-fixture';
import { request } from '../support/web-host';

/*
 * Staff and patients who use no mouse: everything reached with Tab, Shift+Tab, arrows, Enter
 * and Space, and at every stop the focused control shows a ring that can be seen, in the dark
 * look of the room too.
 */

interface Stop {
  name: string;
  ring: string;
}

/** What has focus now: its accessible name as a person hears it, and how its focus is drawn. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      ('labels' in el && (el as HTMLInputElement).labels?.[0]
        ? (el as HTMLInputElement).labels![0]!.textContent
        : null) ??
      el.textContent ??
      '';
    const width = parseFloat(style.outlineWidth);
    const ring = style.outlineStyle !== 'none' && width >= 2 ? `${width}px ${style.outlineColor}` : '';
    return { name: name.replace(/\s+/g, ' ').trim(), ring };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the control named `name` has focus, checking that every
 * control passed on the way shows a focus ring. Fails if it never comes round.
 */
async function tabTo(page: Page, name: RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (!stop) continue;
    expect(stop.ring, `focus ring on "${stop.name}"`).not.toBe('');
    if (name.test(stop.name)) return;
    seen.push(stop.name);
  }
  throw new Error(`Tab never reached ${name}; it went through: ${seen.join(' | ')}`);
}

test('staff run a whole session from the keyboard, with the focus always in sight', async ({ page, startHost }) => {
  const host = await startHost({ timeScale: 60 });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();

  // Programs are radio buttons: none is chosen for staff; arrows move between them.
  await tabTo(page, /IV infusion/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio').first()).toBeChecked();

  await tabTo(page, /^Start session$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer', { name: 'Program time' })).toBeVisible();
  await tabTo(page, /^Dose given/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer', { name: 'Time since dose' })).toBeVisible();

  // The room goes dark; the ring must still show.
  await setRoomLight(page, 0);
  await tabTo(page, /^Pause/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Resume/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();

  // End treatment asks, with Cancel focused; its confirming button wakes after a second.
  await tabTo(page, /^End treatment/);
  await page.keyboard.press('Enter');
  const end = page.getByRole('dialog', { name: 'End treatment?' });
  await expect(end.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(end.getByRole('button', { name: 'End treatment now' })).toBeEnabled();
  await tabTo(page, /^End treatment now$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer', { name: 'Recovery time remaining' })).toBeVisible();

  await expect(page.getByRole('checkbox').first()).toBeEnabled();
  for (const item of ['Vital signs at or near baseline', 'Alert and oriented']) {
    await tabTo(page, new RegExp(item));
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: item })).toBeChecked();
  }

  // Closing early asks first; Escape keeps recovering and gives the focus back.
  await tabTo(page, /^Close session$/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Close before the earliest discharge?' });
  await expect(dialog).toBeVisible();
  // The console's shortcut keys do nothing while a question is open.
  await page.keyboard.press('q');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Close session' })).toBeFocused();
  const { run } = (await request(host, 'session.get', {}))!;
  expect(run.events.map((e) => e.type)).not.toContain('quiet');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await tabTo(page, /^Transferred to emergency care$/);
  await page.keyboard.press('Space');
  // The confirming button wakes a second after the question appears, once a reason is chosen.
  await expect(dialog.getByRole('button', { name: 'Close session' })).toBeEnabled();
  await tabTo(page, /^Close session$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Session closed', { exact: true })).toBeVisible();

  await expect(page.getByRole('button', { name: 'Ready for next session' })).toBeEnabled();
  await tabTo(page, /^Ready for next session$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
});

test('a patient chooses music, volume and an intention from the keyboard, and staff unlock', async ({
  page,
  startHost,
}) => {
  const host = await startHost();
  await request(host, 'staff.setPin', { newPin: '4821' });
  await page.goto(host.url);
  await tabTo(page, /^Open the patient screen$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose your music' })).toBeVisible();
  await setRoomLight(page, 0);

  // The language switch takes the arrow keys as radios do.
  await tabTo(page, /^English$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Elige tu música' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Choose your music' })).toBeVisible();

  const journeys = page.getByRole('radiogroup', { name: 'Music for your session' }).getByRole('radio');
  await tabTo(page, /no music|drones/);
  await page.keyboard.press('ArrowRight');
  const second = journeys.nth(1);
  await expect(second).toBeChecked();
  await expect(second).toBeFocused();
  await page.keyboard.press('End');
  await expect(journeys.last()).toBeChecked();
  await page.keyboard.press('Home');
  await expect(journeys.first()).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Anything to leave out?' })).toBeVisible();
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');

  const volume = page.getByRole('slider', { name: 'Comfortable volume' });
  await expect(volume).toBeVisible();
  const before = Number(await volume.inputValue());
  await tabTo(page, /Comfortable volume/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Number(await volume.inputValue())).toBeLessThan(before);
  await tabTo(page, /^Next$/);
  await page.keyboard.press('Enter');

  await tabTo(page, /Your intention/);
  await page.keyboard.type('To rest');
  await tabTo(page, /^Done$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  expect((await request(host, 'patient.get', {}))?.choice.comfort).toBeLessThan(before / 100);

  await tabTo(page, /^Staff$/);
  await page.keyboard.press('Enter');
  const unlock = page.getByRole('dialog', { name: 'Staff unlock' });
  await expect(unlock.getByLabel('Clinic PIN')).toBeFocused();
  await page.keyboard.type('4821');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start session' })).toBeVisible();
});
