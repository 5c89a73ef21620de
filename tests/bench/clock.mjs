// The session clock in real time: how far the displayed time since the dose and a reminder
// counted from the dose are from true elapsed time, and what a running session costs in CPU. Baselines from the same run: a
// naive once-a-second counter for accuracy, the idle start screen for CPU.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, maxAbs, median, ms, processCpuSeconds, ratio, startHost, tempDir } from './support.mjs';

const SESSION_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 15);
const REMINDER_TEXT = 'Vitals (practice)';
const REMINDER_AT_MS = 45_000;

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

export async function clockBench() {
  const dataDir = tempDir('clock');
  const { child, url } = await startHost(dataDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.getByRole('button', { name: 'Start session' }).waitFor();

    // The host and page finish starting up (first writes, compiling hot code) before the idle baseline.
    await page.waitForTimeout(10_000);
    console.log(`Idle baseline: start screen for ${IDLE_SECONDS} s…`);
    const idle = await measureCpu(cdp, child.pid, IDLE_SECONDS, page);

    await page.getByRole('radio', { name: /Demo, 3 min/ }).check();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('button', { name: 'Dose given' }).click();
    await page.getByRole('timer', { name: 'Time since dose' }).waitFor();
    const run = JSON.parse(fs.readFileSync(path.join(dataDir, 'session-run.json'), 'utf8')).run;
    // The clock and the reminder both count from the dose.
    const startedAt = run.events.find((event) => event.type === 'dose').at;

    // Record every change of the displayed clock and when the reminder appears, plus a
    // naive counter that adds one each setInterval tick (the baseline for drift).
    await page.evaluate(
      ({ startedAt, reminderText }) => {
        const log = { clock: [], reminder: null, naive: [] };
        window.__bench = log;
        const timer = document.querySelector('[role="timer"][aria-label="Time since dose"]');
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

    console.log('\nSession clock (real-time Demo session through the web host, Chromium)');
    console.log(`  displayed clock changes measured: ${clockErrors.length}`);
    console.log(`  clock error: median ${ms(median(clockErrors))}, max ${ms(maxAbs(clockErrors))}`);
    console.log(
      `  clock error over time: first half median ${ms(median(clockErrors.slice(0, half)))}, second half median ${ms(median(clockErrors.slice(half)))}`,
    );
    console.log(
      `  baseline (a setInterval counter): median ${ms(median(log.naive))}, max ${ms(maxAbs(log.naive))}; Stillroom/baseline max error ${ratio(maxAbs(clockErrors), maxAbs(log.naive))}`,
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
    return [
      {
        measure: 'Session clock accuracy (real time)',
        result: `displayed clock error median ${ms(median(clockErrors))}, max ${ms(maxAbs(clockErrors))}; reminder ${reminderError === null ? 'not reached' : ms(reminderError)} late`,
        baseline: `setInterval counter: max ${ms(maxAbs(log.naive))}`,
        ratio: ratio(maxAbs(clockErrors), maxAbs(log.naive)),
      },
      {
        measure: 'CPU during a session (renderer / main services)',
        result: `${ms(session.renderer * 1000)} / ${ms(session.host * 1000)} per minute`,
        baseline: `idle start screen: ${ms(idle.renderer * 1000)} / ${ms(idle.host * 1000)}`,
        ratio: ratio(session.renderer, idle.renderer),
      },
    ];
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}
