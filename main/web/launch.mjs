// `npm run web`: builds when the build is missing or older than the sources, then starts
// the web host. Plain JavaScript, because it has to run before anything is built.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(root, 'out/web-host/index.js');
const sources = [
  'src',
  'main',
  'renderer',
  'scripts',
  'package.json',
  'electron.vite.config.ts',
  'vite.web-host.config.ts',
];

function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0);
}

// The web host is the last thing `npm run build` writes; `npm start` rebuilds only the rest.
const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
const changed = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
if (changed > built) {
  process.stdout.write('Building Stillroom…\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Arguments after `npm run web --` (such as --new-token) go to the host.
const host = spawn(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
