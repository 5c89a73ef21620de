// `npm start` and `npm run test:electron`: makes sure Electron's binary is here
// (downloading it with Electron's own installer the first time), then hands over to electron-vite
// with that binary. Where the binary cannot be had, it says so in one paragraph and exits 1.
// Plain JavaScript, because it runs before anything is built.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  ROOT,
  atLeast,
  downloadsDisabled,
  electronPackage,
  findElectronBinary,
  installElectron,
  lowestVersion,
} from './electron-runtime.mjs';

/** What each command runs in electron-vite (null: only make sure Electron is installed). */
const COMMANDS = { start: 'preview', install: null };

/** Wraps a paragraph at `width`, never breaking inside a `command`. */
function paragraph(text, width = 92) {
  const lines = [];
  let line = '';
  for (const word of text.match(/`[^`]*`\S*|\S+/g)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return `${[...lines, line].join('\n')}\n`;
}

/** Prints one paragraph on stderr and exits 1. */
function stop(text) {
  process.stderr.write(paragraph(text));
  process.exit(1);
}

function webHostNode() {
  const { engines } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return lowestVersion(engines?.node);
}

function noElectron(electron, reason) {
  return (
    `Stillroom cannot open: the Electron runtime (${electron.version}) is not installed, and ${reason}. ` +
    `Electron downloads it on first use. On a computer that can reach its downloads (GitHub, or a mirror ` +
    `named in ELECTRON_MIRROR), with Node.js ${electron.nodeRequired} or newer and ` +
    `ELECTRON_SKIP_BINARY_DOWNLOAD not set, run \`npx install-electron\`, then \`npm start\` again. ` +
    `\`npm run web\` runs the same app in Chromium, without Electron.`
  );
}

function oldNode(electron) {
  return (
    `Stillroom's desktop app needs Node.js ${electron.nodeRequired} or newer, and this is Node.js ` +
    `${process.versions.node}: Electron ${electron.version} and its downloader require it. Install a newer ` +
    `Node.js (nodejs.org), then run \`npm start\` again. \`npm run web\` runs the same app in Chromium ` +
    `with Node.js ${webHostNode()} or newer.`
  );
}

/** The installer's own words for why it failed, without its stack trace. */
function failureReason(output) {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at ') && !/^Downloading/i.test(l));
  if (!line) return 'the download failed';
  const message = line.replace(/^[A-Za-z]*Error:\s*/, '').slice(0, 200);
  return `the download failed (${message})`;
}

const command = process.argv[2];
if (!(command in COMMANDS)) stop(`Usage: node scripts/desktop.mjs ${Object.keys(COMMANDS).join('|')}`);

let electron;
try {
  electron = electronPackage();
} catch {
  stop(
    'Stillroom cannot open: its packages are not installed here (there is no electron package). Run `npm install` first, then `npm start` again.',
  );
}
let binary = findElectronBinary();
if (!binary && downloadsDisabled())
  stop(noElectron(electron, 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded'));
// The app itself, and Electron's downloader, need the Node that the electron package names.
const launches = COMMANDS[command] !== null;
if ((launches || !binary) && !atLeast(process.versions.node, electron.nodeRequired)) stop(oldNode(electron));
if (!binary) {
  process.stdout.write(`Downloading Electron ${electron.version} (only the first time)…\n`);
  const result = await installElectron();
  binary = findElectronBinary();
  if (!binary)
    stop(noElectron(electron, result.ok ? 'its installer left no binary behind' : failureReason(result.output)));
}

if (!launches) {
  process.stdout.write(`Electron ${electron.version} is installed: ${binary}\n`);
  process.exit(0);
}

// electron-vite reads ELECTRON_EXEC_PATH before its own path.txt lookup, so it runs this binary.
const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
  'bin/electron-vite.js',
);
const child = spawn(process.execPath, [cli, COMMANDS[command], ...process.argv.slice(3)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: binary },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
