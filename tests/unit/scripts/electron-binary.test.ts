import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atLeast, findElectronBinary, lowestVersion } from '../../../scripts/electron-runtime.mjs';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A project whose electron package holds what `install-electron` left (path.txt, dist/ files). */
function project(installed: { pathTxt?: string; files?: string[] } = {}): { root: string; electronDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-binary-'));
  made.push(root);
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"p","version":"1.0.0"}');
  const electronDir = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(electronDir, { recursive: true });
  fs.writeFileSync(
    path.join(electronDir, 'package.json'),
    JSON.stringify({ name: 'electron', version: '45.4.1', engines: { node: '>= 22.12.0' } }),
  );
  if (installed.pathTxt !== undefined) fs.writeFileSync(path.join(electronDir, 'path.txt'), installed.pathTxt);
  for (const file of installed.files ?? []) {
    fs.mkdirSync(path.dirname(path.join(electronDir, file)), { recursive: true });
    fs.writeFileSync(path.join(electronDir, file), '');
  }
  return { root, electronDir };
}

describe('finding the Electron binary without downloading it', () => {
  it('finds the binary that path.txt names inside dist/, as electron’s own index.js does', () => {
    const { root, electronDir } = project({ pathTxt: 'electron', files: ['dist/electron'] });
    expect(findElectronBinary(root, {})).toBe(path.join(electronDir, 'dist', 'electron'));
    const mac = project({
      pathTxt: 'Electron.app/Contents/MacOS/Electron',
      files: ['dist/Electron.app/Contents/MacOS/Electron'],
    });
    expect(findElectronBinary(mac.root, {})).toBe(
      path.join(mac.electronDir, 'dist/Electron.app/Contents/MacOS/Electron'),
    );
  });

  it('finds nothing in a fresh install (no path.txt), or when path.txt names a file that is gone', () => {
    expect(findElectronBinary(project().root, {})).toBeNull();
    expect(findElectronBinary(project({ pathTxt: 'electron' }).root, {})).toBeNull();
  });

  it('looks in ELECTRON_OVERRIDE_DIST_PATH instead of dist/ when it is set', () => {
    const { root } = project();
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-dist-'));
    made.push(dist);
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBeNull();
    fs.writeFileSync(path.join(dist, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(path.join(dist, 'electron'));
  });

  it('is how the _electron suite finds its binary, so it runs exactly when npm start would', () => {
    const suite = fs.readFileSync('tests/electron/smoke.spec.ts', 'utf8');
    expect(suite).toMatch(/import \{ findElectronBinary \} from '..\/..\/scripts\/electron-runtime.mjs'/);
    expect(suite).toMatch(/const binary = findElectronBinary\(\);/);
    expect(suite).not.toContain('path.txt');
  });
});

describe('Node versions', () => {
  it('reads the lowest version from an engines range', () => {
    expect(lowestVersion('>= 22.12.0')).toBe('22.12.0');
    expect(lowestVersion('>=20.19')).toBe('20.19');
    expect(() => lowestVersion('^20.19.0 || >=22.12.0')).toThrow(/Expected a Node range/);
  });

  it('compares versions part by part', () => {
    expect(atLeast('20.20.2', '22.12.0')).toBe(false);
    expect(atLeast('22.11.9', '22.12.0')).toBe(false);
    expect(atLeast('22.12.0', '22.12.0')).toBe(true);
    expect(atLeast('22.23.3', '22.12.0')).toBe(true);
    expect(atLeast('24.0.0', '22.12')).toBe(true);
    expect(atLeast('20.19.0', '20.19')).toBe(true);
  });
});
