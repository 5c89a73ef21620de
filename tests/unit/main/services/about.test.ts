import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLicence, markdownToText, readAbout } from '../../../../main/services/about';
import { services, tempDir } from '../../../support/services';

const appDir = path.resolve('.');
const packageJson = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  license: string;
  dependencies: Record<string, string>;
};

describe('the About box', () => {
  it('gives the built-in ambience’s licence from assets/ambience/LICENSE.md, as plain text', () => {
    const { ambienceLicence } = readAbout(appDir, { electron: '45.4.1', chromium: '140.0.0.0', node: '22.0.0' });
    expect(ambienceLicence).toContain('CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)');
    expect(ambienceLicence).toMatch(/^These loops are made by/);
    expect(ambienceLicence).not.toMatch(/#|\]\(/);
  });

  it('credits every package the app ships with, their own dependencies too, at the installed version', () => {
    const { credits } = readAbout(appDir, { electron: null, chromium: null, node: '20.0.0' });
    const names = credits.map((c) => c.name);
    for (const name of Object.keys(packageJson.dependencies)) expect(names).toContain(name);
    // music-metadata reads through strtok3: shipped, so credited.
    expect(names).toContain('strtok3');
    for (const devOnly of ['electron', 'electron-builder', 'vitest', 'typescript'])
      expect(names).not.toContain(devOnly);
    const installed = JSON.parse(fs.readFileSync('node_modules/react/package.json', 'utf8')) as { version: string };
    expect(credits.find((c) => c.name === 'react')).toEqual({
      name: 'react',
      version: installed.version,
      licence: 'MIT',
    });
  });

  it('states the app’s own licence from package.json', () => {
    expect(readAbout(appDir, { electron: null, chromium: null, node: '20.0.0' }).appLicence).toBe(
      describeLicence(packageJson.license),
    );
    expect(describeLicence('UNLICENSED')).toMatch(/All rights reserved/);
    expect(describeLicence('MIT')).toBe('MIT');
    expect(describeLicence({ type: 'MIT' })).toMatch(/Not stated/);
  });

  it('says a package is missing rather than failing', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'assets/ambience'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'assets/ambience/LICENSE.md'), 'Public domain.');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '1.0.0', dependencies: { gone: '1' } }));
    expect(readAbout(dir, { electron: null, chromium: null, node: '20.0.0' }).credits).toEqual([
      { name: 'gone', version: 'not installed', licence: 'Not stated: see the package' },
    ]);
  });

  it('turns links into text with their address and joins wrapped lines', () => {
    expect(markdownToText('# Title\n\nOne\nline [here](https://x.test).\n\nTwo.')).toBe(
      'One line here (https://x.test).\n\nTwo.',
    );
  });

  it('is served over the contract with the runtime it was given, and Node’s version in the web host', async () => {
    const about = await services().handlers['app.about']({});
    expect(about.runtime).toEqual({ electron: null, chromium: null, node: process.versions.node });
    expect(about.credits.map((c) => c.name)).toContain('zod');
  });
});
