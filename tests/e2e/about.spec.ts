import fs from 'node:fs';
import { expect, test } from '../support/host-fixture';

const packageJson = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

test('About in the app bar shows the version, the licences and the credits, and closes back to the link', async ({
  page,
  startHost,
}) => {
  const host = await startHost();
  await page.goto(host.url);
  const link = page.getByRole('button', { name: 'About' });
  await link.click();

  const about = page.getByRole('dialog', { name: 'About Stillroom' });
  await expect(about).toBeVisible();
  await expect(about.getByText(`Version ${packageJson.version}`)).toBeVisible();
  // The web host runs on plain Node: no Electron or Chromium version to give.
  await expect(about.getByText(`Running in the web host on Node.js`)).toBeVisible();
  await expect(about.getByText(/All rights reserved/)).toBeVisible();
  await expect(about.getByText(/dedicated to the public domain under CC0 1\.0/)).toBeVisible();
  const credits = about.getByRole('list', { name: 'Open-source software' }).getByRole('listitem');
  for (const name of Object.keys(packageJson.dependencies))
    await expect(credits.filter({ hasText: new RegExp(`^${name} \\d+\\.\\d+\\.\\d+: `) })).toHaveCount(1);
  await expect(credits.filter({ hasText: /^react \d+\.\d+\.\d+: MIT$/ })).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  await expect(link).toBeFocused();
});
