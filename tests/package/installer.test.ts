import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAbout } from '../../main/services/about';

/**
 * Runs the real electron-builder configuration (`npm run dist`'s) for an unpacked Linux app,
 * with a stand-in for the Electron binary that this machine cannot download: a small file
 * carrying Electron's fuse wire, so the fuses electron-builder flips can be read back.
 */

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// The wire as Electron 45 ships it: version 1, eight fuses, '1' on and '0' off, in
// @electron/fuses order (RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, asar
// integrity, only load from asar, browser V8 snapshot, file:// privileges).
const SHIPPED_WIRE = '10110001';

function standInElectron(dir: string): void {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'));
  fs.writeFileSync(path.join(dir, 'electron'), `#!/bin/sh\n# ${SENTINEL}\x01\x08${SHIPPED_WIRE}\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'Electron’s licence');
  fs.writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '<p>Chromium’s licences</p>');
}

function fuseWire(executable: string): string {
  const bytes = fs.readFileSync(executable);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}

let work: string;
let appDir: string;

beforeAll(async () => {
  if (!fs.existsSync('out/main/index.js')) throw new Error('Build first: npm run build');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-package-'));
  standInElectron(path.join(work, 'electron'));
  await promisify(execFile)(
    path.resolve('node_modules/.bin/electron-builder'),
    [
      '--config',
      'electron-builder.config.ts',
      '--linux',
      'dir',
      `-c.electronDist=${path.join(work, 'electron')}`,
      `-c.directories.output=${path.join(work, 'release')}`,
    ],
    { env: { ...process.env, CI: 'true' } },
  );
  appDir = path.join(work, 'release', 'linux-unpacked');
}, 180_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the packaged app (electron-builder with a stand-in Electron)', () => {
  it('flips the six fuses and cookie encryption, and leaves the V8 snapshot fuse as Electron ships it', () => {
    const wire = fuseWire(path.join(appDir, 'stillroom'));
    expect(wire).toHaveLength(8);
    expect({
      runAsNode: wire[0],
      cookieEncryption: wire[1],
      nodeOptions: wire[2],
      nodeCliInspect: wire[3],
      asarIntegrity: wire[4],
      onlyLoadAppFromAsar: wire[5],
      browserV8Snapshot: wire[6],
      fileProtocolPrivileges: wire[7],
    }).toEqual({
      runAsNode: '0',
      cookieEncryption: '1',
      nodeOptions: '0',
      nodeCliInspect: '0',
      asarIntegrity: '1',
      onlyLoadAppFromAsar: '1',
      browserV8Snapshot: SHIPPED_WIRE[6],
      fileProtocolPrivileges: '0',
    });
  });

  it('ships the app as app.asar only, with no loose copy beside it', () => {
    expect(fs.readdirSync(path.join(appDir, 'resources'))).toEqual(['app.asar']);
    // Electron’s and Chromium’s licences stay next to the executable, as their licences ask.
    expect(fs.existsSync(path.join(appDir, 'LICENSE.electron.txt'))).toBe(true);
    expect(fs.existsSync(path.join(appDir, 'LICENSES.chromium.html'))).toBe(true);
  });

  it('puts the build, the assets, package.json and the runtime packages in the archive, and no sources', () => {
    const archive = path.join(appDir, 'resources', 'app.asar');
    const files = asar.listPackage(archive, { isPack: false }).map((file) => file.replace(/^[\\/]/, ''));
    for (const needed of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'assets/icon.png',
      'assets/ambience/LICENSE.md',
      'assets/ambience/soft-rain.ogg',
      'node_modules/music-metadata/package.json',
      'node_modules/zod/package.json',
    ])
      expect(files).toContain(needed);
    const tops = new Set(files.map((file) => file.split(/[\\/]/)[0]));
    expect([...tops].sort()).toEqual(['assets', 'node_modules', 'out', 'package.json']);
    expect(files).not.toContain('assets/generate-ambience.sh');
    expect(files.filter((file) => file.startsWith('out/web-host'))).toEqual([]);
    for (const devOnly of ['electron', 'electron-builder', 'vitest', 'typescript'])
      expect(files).not.toContain(`node_modules/${devOnly}`);

    const packaged = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as Record<string, unknown>;
    expect(packaged).toMatchObject({ main: 'out/main/index.js', type: 'module', productName: 'Stillroom' });
    expect(packaged.author).toMatchObject({ email: expect.stringContaining('@') });
  });

  it('credits in the About box exactly the packages it ships', () => {
    const extracted = path.join(work, 'extracted');
    asar.extractAll(path.join(appDir, 'resources', 'app.asar'), extracted);
    const shipped = fs
      .readdirSync(path.join(extracted, 'node_modules'))
      .flatMap((name) =>
        name.startsWith('@')
          ? fs.readdirSync(path.join(extracted, 'node_modules', name)).map((scoped) => `${name}/${scoped}`)
          : [name],
      )
      .filter((name) => !name.startsWith('.'))
      .sort();
    const { credits } = readAbout(extracted, { electron: null, chromium: null, node: '0' });
    expect([...new Set(credits.map((c) => c.name))].sort()).toEqual(shipped);
    expect(credits.every((c) => c.version !== 'not installed')).toBe(true);
  });
});
