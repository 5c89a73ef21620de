import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atLeast, electronPackage } from '../../../scripts/electron-runtime.mjs';

const electron = electronPackage();
const nodeIsNewEnough = atLeast(process.versions.node, electron.nodeRequired);
const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `stillroom-${name}-`));
  made.push(dir);
  return dir;
}

/**
 * A checkout as a new user has it after `npm install` with Electron 42 or later: the real
 * scripts and package.json, and the electron package with no binary and no path.txt. Electron's
 * installer finds what it imports (@electron/get) in this project's node_modules.
 */
function freshCheckout(): string {
  const root = tempDir('fresh');
  fs.cpSync('scripts', path.join(root, 'scripts'), { recursive: true });
  fs.copyFileSync('package.json', path.join(root, 'package.json'));
  const electronDir = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(electronDir, { recursive: true });
  for (const file of ['package.json', 'index.js', 'cli.js', 'install.js', 'checksums.json'])
    fs.copyFileSync(path.join(electron.dir, file), path.join(electronDir, file));
  for (const name of ['@electron', '@electron-internal'])
    if (fs.existsSync(path.join('node_modules', name)))
      fs.symlinkSync(path.resolve('node_modules', name), path.join(root, 'node_modules', name));
  return root;
}

/** This environment without anything that would point Electron or npm somewhere else. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(npm_|ELECTRON_|electron_)/i.test(key)) env[key] = value;
  return { ...env, NPM_CONFIG_UPDATE_NOTIFIER: 'false', ...extra };
}

/** A local port nothing listens on, so a download from it fails at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Checks the output is one plain paragraph (no blank line, stack frame or error dump); returns it on one line. */
function oneParagraph(text: string): string {
  expect(text.trim()).not.toBe('');
  expect(text.trim()).not.toMatch(/\n\s*\n/);
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/Error:|node:internal/);
  return text.replace(/\s+/g, ' ');
}

describe('npm start on a machine without the Electron binary', () => {
  it('runs the start script', () => {
    const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts.start).toBe('node scripts/desktop.mjs start');
  });

  it('with downloads disabled, says in one paragraph what happened, how to get Electron and that npm run web works', () => {
    const root = freshCheckout();
    const run = spawnSync('npm', ['start'], {
      cwd: root,
      env: cleanEnv({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const said = oneParagraph(run.stderr);
    expect(said).toContain(`the Electron runtime (${electron.version}) is not installed`);
    expect(said).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
    expect(said).toContain('`npx install-electron`');
    expect(said).toContain(`Node.js ${electron.nodeRequired} or newer`);
    expect(said).toContain('`npm run web` runs the same app in Chromium');
    // Nothing was downloaded or half-installed.
    expect(fs.readdirSync(path.join(root, 'node_modules', 'electron')).sort()).toEqual(
      ['checksums.json', 'cli.js', 'index.js', 'install.js', 'package.json'].sort(),
    );
  });

  it.skipIf(!nodeIsNewEnough)(
    'where the download cannot be reached, tries Electron’s installer once and says in one paragraph that it failed',
    async () => {
      const root = freshCheckout();
      const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'desktop.mjs'), 'start'], {
        cwd: root,
        env: cleanEnv({
          ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
          // An empty cache, so a copy downloaded earlier on this machine is not used.
          electron_config_cache: tempDir('electron-cache'),
        }),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stdout).toContain(`Downloading Electron ${electron.version}`);
      expect(run.status).toBe(1);
      const said = oneParagraph(run.stderr);
      expect(said).toContain('is not installed, and the download failed (');
      expect(said).toContain('`npx install-electron`');
      expect(said).toContain('`npm run web` runs the same app in Chromium');
      expect(fs.existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'))).toBe(false);
    },
    90_000,
  );

  it.skipIf(nodeIsNewEnough)(`on Node older than ${electron.nodeRequired}, says plainly which Node it needs`, () => {
    const root = freshCheckout();
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'desktop.mjs'), 'start'], {
      cwd: root,
      env: cleanEnv({}),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const said = oneParagraph(run.stderr);
    expect(said).toContain(
      `needs Node.js ${electron.nodeRequired} or newer, and this is Node.js ${process.versions.node}`,
    );
    expect(said).toContain('`npm run web` runs the same app in Chromium');
    expect(run.stdout).not.toContain('Downloading');
  });
});

describe('npm start where the Electron binary is installed', () => {
  it.skipIf(!nodeIsNewEnough)(
    'hands electron-vite the binary it found, which opens the built app',
    () => {
      if (!fs.existsSync('out/main/index.js')) throw new Error('Build first: npm run build');
      // A stand-in for Electron's binary, where ELECTRON_OVERRIDE_DIST_PATH tells Electron to look.
      const dist = tempDir('electron-dist');
      const named = fs.existsSync(path.join(electron.dir, 'path.txt'))
        ? fs.readFileSync(path.join(electron.dir, 'path.txt'), 'utf8').trim()
        : 'electron';
      const binary = path.join(dist, named);
      const log = path.join(dist, 'launched.txt');
      fs.mkdirSync(path.dirname(binary), { recursive: true });
      fs.writeFileSync(binary, `#!/bin/sh\necho "$PWD $*" > "${log}"\n`, { mode: 0o755 });

      // --skipBuild: the build is already in out/, and other tests read it meanwhile.
      const run = spawnSync(process.execPath, ['scripts/desktop.mjs', 'start', '--skipBuild'], {
        env: cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: dist }),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(fs.readFileSync(log, 'utf8').trim()).toBe(`${process.cwd()} .`);
    },
    90_000,
  );
});
