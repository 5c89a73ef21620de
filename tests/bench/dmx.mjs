// DMX frame timing on the wire: an sACN output set up through the real web host, received on a
// UDP socket here. Staff light's 3 s rise should arrive at 40 frames a second on a steady
// beat; at rest a keep-alive about every 800 ms. Baseline (same run): a bare setInterval(25)
// in this process, the best a timer loop here can do.
import dgram from 'node:dgram';
import { median, ms, ratio, request, startHost, tempDir, wait } from './support.mjs';

const SACN_PORT = 5568;
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)];
const gaps = (times) => times.slice(1).map((t, i) => t - times[i]);

/** Arrival times (ms) and first slot of every sACN data packet. */
function receive() {
  const socket = dgram.createSocket({ type: 'udp4', reuseAddr: false });
  const packets = [];
  socket.on('message', (data) => {
    // E1.31: the first slot follows the START code at octet 125; Options (octet 112) bit 6 is "terminated".
    if (data.length > 126)
      packets.push({
        at: performance.now(),
        level: (data[126] << 8) | data[127],
        terminated: (data[112] & 0x40) !== 0,
      });
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(SACN_PORT, '127.0.0.1', () => resolve({ packets, close: () => socket.close() }));
  });
}

async function timerBaseline(seconds) {
  const ticks = [];
  await new Promise((resolve) => {
    const timer = setInterval(() => ticks.push(performance.now()), 25);
    setTimeout(() => (clearInterval(timer), resolve()), seconds * 1000);
  });
  return gaps(ticks);
}

export async function dmxBench() {
  let receiver;
  try {
    receiver = await receive();
  } catch {
    console.log(`\nDMX frame timing: skipped, UDP port ${SACN_PORT} is in use on this machine.`);
    return [];
  }
  const host = await startHost(tempDir('dmx'));
  try {
    await request(host.url, 'lights.save', {
      kind: 'dmx',
      name: 'Bench dimmers',
      dmx: { protocol: 'sacn', host: '127.0.0.1', universe: 1, startChannel: 1, fixtures: 1, resolution: '16bit' },
    });
    await wait(6);
    const idle = gaps(receiver.packets.filter((p) => p.at > receiver.packets[0].at + 2_000).map((p) => p.at));

    await request(host.url, 'session.start', { programId: 'demo-3' });
    await wait(1);
    const pressed = performance.now();
    await request(host.url, 'session.control', { type: 'staffLightOn' });
    await wait(5);
    const rise = receiver.packets.filter((p, i, all) => p.at > pressed && i > 0 && p.level !== all[i - 1].level);
    const first = rise[0].at;
    const frames = gaps(rise.map((p) => p.at));
    const fps = (rise.length - 1) / ((rise.at(-1).at - first) / 1000);
    const baseline = await timerBaseline(5);

    console.log('\nDMX frame timing (sACN to 127.0.0.1 through the web host, 16-bit)');
    console.log(`  staff light reached the wire ${ms(first - pressed)} after the request`);
    console.log(
      `  during the 3 s rise: ${fps.toFixed(1)} frames/s, interval median ${ms(median(frames))}, 99th percentile ${ms(percentile(frames, 0.99))}, longest ${ms(Math.max(...frames))}`,
    );
    console.log(`  at rest: keep-alive every ${ms(median(idle))} (median)`);
    console.log(
      `  baseline setInterval(25) here: median ${ms(median(baseline))}, 99th percentile ${ms(percentile(baseline, 0.99))}; DMX/baseline p99 ${ratio(percentile(frames, 0.99), percentile(baseline, 0.99))}`,
    );
    return [
      {
        measure: 'DMX (sACN) frames during a fade',
        result: `${fps.toFixed(1)} frames/s, p99 interval ${ms(percentile(frames, 0.99))}; staff light on the wire in ${ms(first - pressed)}`,
        baseline: `setInterval(25): p99 ${ms(percentile(baseline, 0.99))}`,
        ratio: ratio(percentile(frames, 0.99), percentile(baseline, 0.99)),
      },
    ];
  } finally {
    host.stop();
    receiver.close();
  }
}
