// Shared pieces of the benchmarks: the real web host, Chromium, and process measurements.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import chromiumArgs from '../support/chromium-args.json' with { type: 'json' };

const CLOCK_TICKS_PER_SECOND = 100;

export const tempDir = (name) => fs.mkdtempSync(path.join(os.tmpdir(), `stillroom-bench-${name}-`));

/** Starts the built web host on a free port with its own data folder. */
export function startHost(dataDir) {
  const child = spawn(process.execPath, ['out/web-host/index.js'], {
    env: { ...process.env, STILLROOM_PORT: '0', STILLROOM_DATA_DIR: dataDir, STILLROOM_TIME_SCALE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Stillroom web host: (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
}

/** One request over the host's contract, as the renderer makes it. */
export function request(url, channel, payload) {
  const { host, searchParams } = new URL(url);
  const ws = new WebSocket(`ws://${host}/ipc?token=${searchParams.get('token')}`, { origin: `http://${host}` });
  return new Promise((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ id: 1, channel, payload })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.id !== 1) return;
      ws.close();
      if (message.reply.ok) resolve(message.reply.value);
      else reject(new Error(message.reply.error));
    });
    ws.on('error', reject);
  });
}

export function launchChromium() {
  const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** CPU seconds a process has used so far (user + system), from /proc. */
export function processCpuSeconds(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** Memory a process holds for itself in MB (private pages; shared libraries not counted), from /proc. */
export function processPrivateMb(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').split('\n');
  const kb = (name) => Number(fields.find((l) => l.startsWith(`${name}:`))?.split(/\s+/)[1] ?? 0);
  return (kb('Private_Clean') + kb('Private_Dirty')) / 1024;
}

/** The renderer processes of a browser (all of their threads: main, media, audio). */
export async function rendererPids(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
export const maxAbs = (values) => Math.max(...values.map(Math.abs));
export const ms = (value) => `${value.toFixed(1)} ms`;
export const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
export const wait = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
