// Cold start: from starting the web host (the main-process services) to a console staff can
// use (the programs offered), five times with a fresh data folder each. Baseline (same run):
// the same browser opening a blank page served by the same host.
import { launchChromium, median, ms, ratio, startHost, tempDir } from './support.mjs';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);

export async function coldStartBench() {
  const browser = await launchChromium();
  const ready = [];
  const interactive = [];
  const blank = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const host = await startHost(tempDir(`cold-${i}`));
      ready.push(performance.now() - started);
      const page = await browser.newPage();
      try {
        await page.goto(host.url);
        // Usable: the programs are there to choose from (none is chosen for staff).
        await page.getByRole('button', { name: 'Start session' }).waitFor();
        await page.getByRole('radio').first().waitFor();
        interactive.push(performance.now() - started);
        const { origin } = new URL(host.url);
        const before = performance.now();
        await page.goto(`${origin}/missing-page`, { waitUntil: 'load' });
        blank.push(performance.now() - before);
      } finally {
        await page.close();
        host.stop();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\nCold start (web host started fresh ${RUNS} times, Chromium already open)`);
  console.log(`  host ready (services up, address printed): median ${ms(median(ready))}`);
  console.log(
    `  console usable (programs offered): median ${ms(median(interactive))}, slowest ${ms(Math.max(...interactive))}`,
  );
  console.log(`  baseline, a page from the same host: median ${ms(median(blank))}`);
  return [
    {
      measure: 'Cold start to a usable console',
      result: `${ms(median(interactive))} (host ready in ${ms(median(ready))})`,
      baseline: `a page from the same host: ${ms(median(blank))}`,
      ratio: ratio(median(interactive), median(blank)),
    },
  ];
}
