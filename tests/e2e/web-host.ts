import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningHost {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const ENTRY = path.resolve('out/main/web-host.js');

/**
 * Starts the real web host (the main-process services in Node) on a free port with its own
 * data folder, and resolves once it prints its address.
 */
export async function startHost(
  options: { timeScale?: number; dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningHost> {
  if (!fs.existsSync(ENTRY)) throw new Error('Build first: npm run build');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-e2e-'));
  const child = spawn(process.execPath, [ENTRY], {
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
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
