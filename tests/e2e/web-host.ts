import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import type { Reply, RequestChannel } from '@domain/ipc/channels';
import type { Input, Output } from '@domain/ipc/contract';

export interface RunningHost {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** What the host has written to stderr so far (its log). */
  log(): string;
  stop(): Promise<void>;
}

const ENTRY = path.resolve('out/web-host/index.js');

/**
 * Starts the real web host (the main-process services in Node) on a free port with its own
 * data folder, and resolves once it prints its address.
 */
export async function startHost(
  options: { timeScale?: number; dataDir?: string; env?: Record<string, string>; user?: string } = {},
): Promise<RunningHost> {
  if (!fs.existsSync(ENTRY)) throw new Error('Build first: npm run build');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-e2e-'));
  // As another user (runuser, from root): the host then meets the permissions a clinic's own account would.
  if (options.user) execFileSync('chown', ['-R', options.user, dataDir]);
  const [command, args] = options.user
    ? ['runuser', ['-u', options.user, '--', process.execPath, ENTRY]]
    : [process.execPath, [ENTRY]];
  const child = spawn(command, args, {
    env: {
      ...process.env,
      STILLROOM_PORT: '0',
      STILLROOM_DATA_DIR: dataDir,
      STILLROOM_TIME_SCALE: String(options.timeScale ?? 1),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Stillroom web host: (\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    dataDir,
    process: child,
    log: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** One request over the host's contract, as the renderer makes it (for setting up a test). */
export async function request<C extends RequestChannel>(
  host: RunningHost,
  channel: C,
  payload: Input<C>,
): Promise<Output<C>> {
  const { host: address, searchParams } = new URL(host.url);
  const ws = new WebSocket(`ws://${address}/ipc?token=${searchParams.get('token')}`, {
    origin: `http://${address}`,
  });
  return new Promise((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ id: 1, channel, payload })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; reply?: Reply<Output<C>> };
      if (message.id !== 1 || !message.reply) return;
      ws.close();
      if (message.reply.ok) resolve(message.reply.value);
      else reject(new Error(message.reply.error));
    });
    ws.on('error', reject);
  });
}
