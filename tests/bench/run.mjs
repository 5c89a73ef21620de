// `npm run bench`: figures, not pass/fail. BENCH_ONLY=clock,audio,... picks some; a run of all of
// them also writes the table into the README's Performance section.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import prettier from 'prettier';
import { audioBench } from './audio.mjs';
import { boardBench } from './board.mjs';
import { clockBench } from './clock.mjs';
import { coldStartBench } from './cold-start.mjs';
import { dmxBench } from './dmx.mjs';
import { importBench } from './import.mjs';
import { scrollBench } from './scroll.mjs';
import { launchChromium } from './support.mjs';

const BENCHES = {
  clock: clockBench,
  audio: audioBench,
  import: importBench,
  scroll: scrollBench,
  dmx: dmxBench,
  coldstart: coldStartBench,
  board: boardBench,
};
const README = 'README.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const chosen = (process.env.BENCH_ONLY ?? Object.keys(BENCHES).join(',')).split(',');

if (!fs.existsSync('out/web-host/index.js')) throw new Error('Build first: npm run build');
const rows = [];
for (const name of chosen) {
  if (!BENCHES[name]) throw new Error(`Unknown benchmark "${name}"; choose from ${Object.keys(BENCHES).join(', ')}`);
  rows.push(...((await BENCHES[name]()) ?? []));
}

async function machine() {
  const browser = await launchChromium();
  const chromium = browser.version();
  await browser.close();
  const cpu = os.cpus();
  let distro = os.type();
  try {
    distro = /^PRETTY_NAME="?([^"\n]+)/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1] ?? distro;
  } catch {
    // Not Linux: the OS type will do.
  }
  const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${distro}, Node ${process.version}, npm ${npm}, Chromium ${chromium} (headless, software rendering)`;
}

if (process.env.BENCH_ONLY === undefined && fs.readFileSync(README, 'utf8').includes(START)) {
  const table = [
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${await machine()}.`,
    '',
    '| measure | result | baseline (same run) | ratio |',
    '| --- | --- | --- | --- |',
    // A cell is Markdown: "<audio>" would otherwise be read as an HTML tag and vanish.
    ...rows.map(
      (r) =>
        `| ${[r.measure, r.result, r.baseline, r.ratio].map((c) => String(c).replace(/</g, '&lt;')).join(' | ')} |`,
    ),
  ].join('\n');
  const text = fs.readFileSync(README, 'utf8');
  const before = text.slice(0, text.indexOf(START) + START.length);
  const after = text.slice(text.indexOf(END));
  // Formatted as the repository's Prettier check expects, so a benchmark run keeps CI green.
  const options = (await prettier.resolveConfig(README)) ?? {};
  fs.writeFileSync(README, await prettier.format(`${before}\n${table}\n${after}`, { ...options, filepath: README }));
  console.log(`\nWrote the table into ${README} (Performance).`);
}
