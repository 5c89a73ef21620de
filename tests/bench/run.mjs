// `npm run bench`: figures, not pass/fail. BENCH_ONLY=clock,audio,import picks some.
import fs from 'node:fs';
import { audioBench } from './audio.mjs';
import { clockBench } from './clock.mjs';
import { importBench } from './import.mjs';

const BENCHES = { clock: clockBench, audio: audioBench, import: importBench };
const only = (process.env.BENCH_ONLY ?? Object.keys(BENCHES).join(',')).split(',');

if (!fs.existsSync('out/main/web-host.js')) throw new Error('Build first: npm run build');
for (const name of only) {
  if (!BENCHES[name]) throw new Error(`Unknown benchmark "${name}"; choose from ${Object.keys(BENCHES).join(', ')}`);
  await BENCHES[name]();
}
