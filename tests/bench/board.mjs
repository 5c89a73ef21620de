// The clinic board under load: 50 simulated rooms publish their state every second for a minute to one
// Mosquitto; the board's latency from publish to paint (p50, p95; goal p95 under 500 ms) and its
// renderer CPU, against the same board idle (no room publishing).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import mqtt from 'mqtt';
import { launchChromium, ms, ratio, request, tempDir, wait } from './support.mjs';

const ROOMS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 15);
const CLINIC = 'bench';

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A plain Mosquitto on the loopback (no TLS: the figure is the board's, not the cipher's). */
async function startBroker() {
  const dir = tempDir('mosquitto');
  const port = await freePort();
  const conf = path.join(dir, 'mosquitto.conf');
  fs.writeFileSync(
    conf,
    `user root\nlistener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\nlog_type information\nlog_dest stderr\n`,
  );
  const child = spawn('mosquitto', ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise((resolve) => {
    let log = '';
    child.stderr.on('data', (chunk) => {
      log += chunk;
      if (/running/.test(log)) resolve();
    });
  });
  return { url: `mqtt://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

function startBoardHost(dataDir, brokerUrl) {
  const child = spawn(process.execPath, ['out/web-host/index.js'], {
    env: {
      ...process.env,
      STILLROOM_PORT: '0',
      STILLROOM_DATA_DIR: dataDir,
      STILLROOM_MQTT_URL: brokerUrl,
      STILLROOM_MQTT_USERNAME: 'board',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Stillroom web host: (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
  });
}

/** A room's state as it goes on the wire; the phase carries a sequence number the page can read back. */
function roomState(index, seq) {
  return {
    version: 1,
    roomId: `room-${index}`,
    roomName: `Room ${index}`,
    status: 'treatment',
    program: 'IV infusion, 40 min',
    phase: `Deep ${seq}`,
    phaseLeftSec: 600,
    sinceDoseSec: 900 + seq,
    paused: false,
    quiet: false,
    staffLight: false,
    lightPct: 10,
    dueChecks: index % 10 === 0 ? [{ text: 'Vitals, 15 min after the dose', dueAt: Date.now() - 60_000 }] : [],
    nextCheck: { text: 'Vitals, 30 min after the dose', dueAt: Date.now() + 600_000 },
    earliestDischargeAt: null,
    soundAlerts: [],
    writtenAt: Date.now(),
  };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function rendererCpuSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

export async function boardBench() {
  const broker = await startBroker();
  const { child, url } = await startBoardHost(tempDir('board'), broker.url);
  const browser = await launchChromium();
  const rooms = [];
  try {
    const settings = {
      enabled: true,
      brokerUrl: broker.url,
      clinicId: CLINIC,
      caFile: '',
      homeAssistantDiscovery: false,
      // The board computer shows the rooms and publishes nothing itself.
      publishRoom: false,
    };
    await request(url, 'network.save', { settings });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.getByRole('button', { name: 'Clinic board' }).click();
    await page.getByRole('heading', { name: 'Clinic board' }).waitFor();
    await wait(5);
    console.log(`Idle baseline: the board with no room publishing for ${IDLE_SECONDS} s…`);
    const idleBefore = await rendererCpuSeconds(cdp);
    await wait(IDLE_SECONDS);
    const idleCpu = ((await rendererCpuSeconds(cdp)) - idleBefore) * (60 / IDLE_SECONDS);

    // The page notes each phase text a card shows, at the next frame (just before it is painted).
    await page.evaluate(() => {
      const seen = [];
      window.__boardPaints = seen;
      new MutationObserver(() => {
        requestAnimationFrame(() => {
          const at = performance.timeOrigin + performance.now();
          for (const card of document.querySelectorAll('li[data-room-id]')) {
            seen.push([card.dataset.roomId, card.querySelector('.board-phase')?.textContent ?? '', at]);
          }
        });
      }).observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
    });

    const published = new Map();
    for (let i = 1; i <= ROOMS; i++) {
      const client = mqtt.connect(broker.url, { username: `room-${i}`, protocolVersion: 5 });
      await new Promise((resolve) => client.once('connect', resolve));
      rooms.push(client);
    }
    console.log(`${ROOMS} rooms publishing every second for ${SECONDS} s…`);
    const busyBefore = await rendererCpuSeconds(cdp);
    let seq = 0;
    const started = Date.now();
    while (Date.now() - started < SECONDS * 1000) {
      seq += 1;
      const tickStart = Date.now();
      // Spread over the second, as real rooms' clocks are.
      for (let i = 1; i <= ROOMS; i++) {
        const at = tickStart + ((i - 1) * 1000) / ROOMS;
        await wait(Math.max(0, at - Date.now()) / 1000);
        const message = roomState(i, seq);
        published.set(`room-${i} Deep ${seq}`, Date.now());
        rooms[i - 1].publish(`stillroom/${CLINIC}/room-${i}/state`, JSON.stringify(message), { qos: 1, retain: true });
      }
    }
    await wait(1);
    const busyCpu = ((await rendererCpuSeconds(cdp)) - busyBefore) * (60 / SECONDS);
    const paints = await page.evaluate(() => window.__boardPaints);
    const firstPaint = new Map();
    for (const [roomId, phase, at] of paints) {
      const key = `${roomId} ${phase}`;
      if (!firstPaint.has(key)) firstPaint.set(key, at);
    }
    const latencies = [];
    let missed = 0;
    for (const [key, at] of published) {
      const painted = firstPaint.get(key);
      if (painted === undefined) missed += 1;
      else latencies.push(painted - at);
    }
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    console.log(
      `  publish to paint: p50 ${ms(p50)}, p95 ${ms(p95)} over ${latencies.length} messages (${missed} never painted: superseded within a frame)`,
    );
    console.log(`  renderer CPU per minute: ${ms(busyCpu * 1000)} with ${ROOMS} rooms, ${ms(idleCpu * 1000)} idle`);
    return [
      {
        measure: `Clinic board, ${ROOMS} rooms publishing every second: publish to paint`,
        result: `p50 ${ms(p50)}, p95 ${ms(p95)} (goal p95 under 500 ms)`,
        baseline: 'n/a',
        ratio: 'n/a',
      },
      {
        measure: `Clinic board renderer CPU, ${ROOMS} rooms`,
        result: `${ms(busyCpu * 1000)} per minute`,
        baseline: `idle board: ${ms(idleCpu * 1000)}`,
        ratio: ratio(busyCpu, idleCpu),
      },
    ];
  } finally {
    for (const client of rooms) client.end(true);
    await browser.close();
    child.kill('SIGTERM');
    broker.stop();
  }
}
