// The Electron runtime the desktop app runs on: which version is installed, where its binary
// is, how it is downloaded, and which Node and Chrome it ships. Plain Node with no imports from
// node_modules: since Electron 42, `import 'electron'` in Node downloads the binary on first use,
// and `npm start` has to decide about that itself.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (this file sits in its scripts/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Node.js inside each Electron major, for the main and preload build targets. No package in
 * node_modules records it, so it is copied from Electron's release notes:
 * 45: "Electron 45" (electronjs.org/blog/electron-45-0), Stack Changes: Node v24.21.0.
 * A new Electron major fails the build until its line is added here.
 */
export const NODE_IN_ELECTRON = { 45: '24.21' };

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The installed electron package: its folder, version and the Node its own tools need. */
export function electronPackage(root = ROOT) {
  // Resolving package.json reads no code: the package's index.js is what downloads.
  const manifest = createRequire(path.join(root, 'package.json')).resolve('electron/package.json');
  const { version, engines } = readJson(manifest);
  return {
    dir: path.dirname(manifest),
    version,
    major: Number(version.split('.')[0]),
    nodeRequired: lowestVersion(engines?.node),
  };
}

/** The lowest version a range like ">= 22.12.0" or ">=20.19" allows; throws on other ranges. */
export function lowestVersion(range) {
  const match = /^\s*>=\s*(\d+\.\d+(?:\.\d+)?)\s*$/.exec(range ?? '');
  if (!match) throw new Error(`Expected a Node range like ">= 22.12.0", found "${range}"`);
  return match[1];
}

/** Whether `version` (such as process.versions.node) is `lowest` or newer. */
export function atLeast(version, lowest) {
  const have = version.split('.').map(Number);
  const need = lowest.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const difference = (have[i] ?? 0) - (need[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/**
 * The Electron binary, found the way electron's own index.js finds it (path.txt names it inside
 * dist/; ELECTRON_OVERRIDE_DIST_PATH replaces dist/), or null when it is not there. Never
 * downloads. `npm start` and the `_electron` tests both use this.
 */
export function findElectronBinary(root = ROOT, env = process.env) {
  const { dir } = electronPackage(root);
  const pathFile = path.join(dir, 'path.txt');
  const named = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  let binary;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, named || 'electron');
  else if (named) binary = path.join(dir, 'dist', named);
  else return null;
  return fs.existsSync(binary) ? binary : null;
}

/** Whether ELECTRON_SKIP_BINARY_DOWNLOAD is set (to anything), asking that nothing be downloaded. */
export function downloadsDisabled(env = process.env) {
  return Boolean(env.ELECTRON_SKIP_BINARY_DOWNLOAD);
}

/**
 * Runs Electron's own installer (its `install-electron` command, node_modules/electron/install.js):
 * it downloads the binary, checks it against the checksums in the package and writes path.txt.
 * Prints nothing; resolves with whether it succeeded and what it said.
 */
export function installElectron(root = ROOT, env = process.env) {
  const { dir } = electronPackage(root);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, 'install.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: String(error) }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * The build targets: main and preload on the Node inside the installed Electron, the renderer on
 * its Chrome (from electron-to-chromium), the web host on the lowest Node in package.json's
 * `engines`, since it runs on plain Node.
 */
export function buildTargets(root = ROOT) {
  const electron = electronPackage(root);
  const node = NODE_IN_ELECTRON[electron.major];
  if (!node)
    throw new Error(
      `Electron ${electron.major} is not in NODE_IN_ELECTRON (scripts/electron-runtime.mjs): ` +
        'add the Node.js version its release notes give.',
    );
  const minor = electron.version.split('.').slice(0, 2).join('.');
  const chromeOf = createRequire(path.join(root, 'package.json'))('electron-to-chromium/versions.json');
  const chrome = chromeOf[minor];
  if (!chrome) throw new Error(`electron-to-chromium does not know Electron ${minor} yet: update it.`);
  const { engines } = readJson(path.join(root, 'package.json'));
  return {
    electron: electron.version,
    main: `node${node}`,
    preload: `node${node}`,
    renderer: `chrome${chrome}`,
    webHost: `node${lowestVersion(engines?.node)}`,
  };
}
