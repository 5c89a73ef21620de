import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/host-fixture';
import { request, type RunningHost } from '../support/web-host';

/** The names of the clinic's own programs as the main process holds them, in alphabetical order. */
const ownProgramNames = async (host: RunningHost) =>
  (await request(host, 'programs.list', {}))
    .filter((p) => p.id.startsWith('clinic-'))
    .map((p) => p.name)
    .sort();

async function importPack(page: Page, pack: string) {
  await page.getByRole('tab', { name: 'Rooms and PIN' }).click();
  await page.getByRole('textbox', { name: 'Pack to import' }).fill(pack);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await page.getByRole('button', { name: 'Import all of it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

test('after a pack import the Programs tab shows the imported programs, and Undo leaves them alone', async ({
  page,
  startHost,
}) => {
  const host = await startHost();
  // The pack: the clinic's program as another room has it, and one program this room has never seen.
  const [builtin] = await request(host, 'programs.list', {});
  const harbor = { ...builtin!, id: 'clinic-harbor', name: 'Harbor IV, 45 min' };
  await request(host, 'programs.save', harbor);
  await request(host, 'programs.save', { ...builtin!, id: 'clinic-calm', name: 'Harbor IM, 60 min' });
  const pack = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-pack-')), 'harbor.zip');
  await request(host, 'pack.export', { path: pack, includeAudio: false });
  // This room before the import: its own older version of the program, and not the new one.
  await request(host, 'programs.delete', { id: 'clinic-calm' });
  await request(host, 'programs.save', { ...harbor, name: 'Harbor IV, old' });

  await page.goto(host.url);
  await page.getByRole('button', { name: 'Clinic', exact: true }).click();
  await page.getByRole('tab', { name: 'Programs' }).click();
  await page.getByRole('button', { name: 'Edit Harbor IV, old' }).click();
  const name = page
    .getByRole('region', { name: 'Edit program' })
    .getByRole('group', { name: 'About' })
    .getByRole('textbox', { name: 'Name' });
  await name.fill('Harbor IV, renamed');
  await expect.poll(() => ownProgramNames(host)).toEqual(['Harbor IV, renamed']);

  await importPack(page, pack);
  expect(await ownProgramNames(host)).toEqual(['Harbor IM, 60 min', 'Harbor IV, 45 min']);

  // Back on Programs: the imported programs are listed without a restart, and Undo has nothing
  // from before the import to write over them.
  await page.getByRole('tab', { name: 'Programs' }).click();
  const programs = page.getByRole('list', { name: 'Programs' });
  await expect(programs.getByRole('listitem').filter({ hasText: 'Harbor IM, 60 min' })).toBeVisible();
  await expect(programs.getByRole('listitem').filter({ hasText: 'Harbor IV, 45 min' })).toBeVisible();
  await expect(programs.getByRole('listitem').filter({ hasText: 'Harbor IV, renamed' })).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();

  // A change made after the import is the one Undo takes back, and no further.
  await page.getByRole('button', { name: 'Edit Harbor IV, 45 min' }).click();
  await name.fill('Harbor IV, 50 min');
  await expect.poll(() => ownProgramNames(host)).toEqual(['Harbor IM, 60 min', 'Harbor IV, 50 min']);
  await name.blur();
  await undo.click();
  await expect.poll(() => ownProgramNames(host)).toEqual(['Harbor IM, 60 min', 'Harbor IV, 45 min']);
  await expect(name).toHaveValue('Harbor IV, 45 min');
  await expect(undo).toBeDisabled();
});
