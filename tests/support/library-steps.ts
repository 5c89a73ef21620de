import { expect, type Page } from '@playwright/test';

/** From the start screen: open the library and import a folder through the path field. */
export async function importFolder(page: Page, folder: string, added: number) {
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('textbox', { name: 'File or folder path' }).fill(folder);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(`Added ${added} track`);
}

/** Selects tracks by title, adds them to a new playlist in that order and saves it. */
export async function makePlaylist(page: Page, name: string, tracks: string[], crossfadeSec: number) {
  for (const track of tracks) {
    await page.getByRole('list', { name: 'Tracks', exact: true }).getByText(track).click();
  }
  await page.getByRole('button', { name: `Add selected tracks (${tracks.length})` }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('spinbutton', { name: 'Crossfade (seconds)' }).fill(String(crossfadeSec));
  await page.getByRole('button', { name: 'Save playlist' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(`Saved “${name}”.`);
}
