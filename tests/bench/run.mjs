// `npm run bench`: runs a real-time session through the web host in Chromium and reports how
// far the displayed clock and the reminder are from true elapsed time, and what the session
// costs in CPU, against baselines measured in the same run: a naive once-a-second counter
// for accuracy, and the idle start screen for CPU. Figures, not pass/fail.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import chromiumArgs from '../support/chromium-args.json' with { type: 'json' };

const SESSION_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 15);
const REMINDER_TEXT = 'Check blood pressure (practice)';
const REMINDER_AT_MS = 45_000;
const CLOCK_TICKS_PER_SECOND = 100;

function startHost(dataDir) {
  const child = spawn(process.execPath, ['out/main/web-host.js'], {
    env: { ...process.env, STILLROOM_PORT: '0', STILLROOM_DATA_DIR: dataDir, STILLROOM_TIME_SCALE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Stillroom web host: (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
}

/** CPU seconds a process has used so far (user + system), from /proc. */
function processCpuSeconds(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

async function rendererCpuSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function measureCpu(cdp, pid, seconds, page) {
  const hostBefore = processCpuSeconds(pid);
  const rendererBefore = await rendererCpuSeconds(cdp);
  await page.waitForTimeout(seconds * 1000);
  const perMinute = 60 / seconds;
  return {
    host: (processCpuSeconds(pid) - hostBefore) * perMinute,
    renderer: ((await rendererCpuSeconds(cdp)) - rendererBefore) * perMinute,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
const max = (values) => Math.max(...values.map(Math.abs));
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');

async function main() {
  if (!fs.existsSync('out/main/web-host.js')) throw new Error('Build first: npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-bench-'));
  const { child, url } = await startHost(dataDir);
  const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.getByRole('button', { name: 'Start session' }).waitFor();

    console.log(`Idle baseline: start screen for ${IDLE_SECONDS} s…`);
    const idle = await measureCpu(cdp, child.pid, IDLE_SECONDS, page);

    await page.getByRole('radio', { name: /Demo, 3 min/ }).check();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('timer', { name: 'Session time' }).waitFor();
    const run = JSON.parse(fs.readFileSync(path.join(dataDir, 'session-run.json'), 'utf8')).run;
    const startedAt = run.events[0].at;

    // Record every change of the displayed clock and when the reminder appears, plus a
    // naive counter that adds one each setInterval tick (the baseline for drift).
    await page.evaluate(
      ({ startedAt, reminderText }) => {
        const log = { clock: [], reminder: null, naive: [] };
        window.__bench = log;
        const timer = document.querySelector('[role="timer"][aria-label="Session time"]');
        new MutationObserver(() => log.clock.push([Date.now(), timer.textContent])).observe(timer, {
          characterData: true,
          childList: true,
          subtree: true,
        });
        new MutationObserver(() => {
          if (log.reminder === null && document.body.textContent.includes(reminderText)) log.reminder = Date.now();
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
        // The naive display: wait for the next whole second, then add one per interval tick.
        let count = Math.ceil((Date.now() - startedAt) / 1000);
        const tick = () => {
          log.naive.push(Date.now() - startedAt - count * 1000);
          count += 1;
        };
        setTimeout(
          () => {
            tick();
            setInterval(tick, 1000);
          },
          startedAt + count * 1000 - Date.now(),
        );
      },
      { startedAt, reminderText: REMINDER_TEXT },
    );

    console.log(`Session: Demo program in real time for ${SESSION_SECONDS} s…`);
    const session = await measureCpu(cdp, child.pid, SESSION_SECONDS, page);
    const log = await page.evaluate(() => window.__bench);

    const toSeconds = (text) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
    const clockErrors = log.clock.map(([at, text]) => at - startedAt - toSeconds(text) * 1000);
    const half = Math.floor(clockErrors.length / 2);
    const reminderError = log.reminder === null ? null : log.reminder - startedAt - REMINDER_AT_MS;

    console.log('\nStillroom benchmark (real-time session through the web host, Chromium)');
    console.log(`  displayed clock changes measured: ${clockErrors.length}`);
    console.log(`  clock error: median ${ms(median(clockErrors))}, max ${ms(max(clockErrors))}`);
    console.log(
      `  clock error over time: first half median ${ms(median(clockErrors.slice(0, half)))}, second half median ${ms(median(clockErrors.slice(half)))}`,
    );
    console.log(
      `  baseline (a setInterval counter): median ${ms(median(log.naive))}, max ${ms(max(log.naive))}; Stillroom/baseline max error ${ratio(max(clockErrors), max(log.naive))}`,
    );
    console.log(
      `  reminder shown ${reminderError === null ? 'never (session too short?)' : ms(reminderError)} after it fell due`,
    );
    console.log(
      `  CPU per minute, renderer: ${ms(session.renderer * 1000)} in session, ${ms(idle.renderer * 1000)} idle (${ratio(session.renderer, idle.renderer)})`,
    );
    console.log(
      `  CPU per minute, main services (web host): ${ms(session.host * 1000)} in session, ${ms(idle.host * 1000)} idle (${ratio(session.host, idle.host)})`,
    );
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
