import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import readline from 'node:readline';
import { waitFor } from './wait-for';

/**
 * tshark capturing UDP on the loopback interface, so tests see the packets as they were
 * on the wire, with the kernel's timestamps, decoded apart from our own encoder.
 */

export interface CapturedPacket {
  /** Capture time, epoch milliseconds (wall clock). */
  at: number;
  dst: string;
  dstPort: number;
  payload: Uint8Array;
  /** The extra dissector fields asked for, by name, as tshark prints them. */
  fields: Record<string, string>;
}

export interface Capture {
  /** Packets to the watched port so far, in capture order. */
  packets(): CapturedPacket[];
  /** What tshark wrote to stderr, for a failing test to show. */
  log(): string;
  stop(): Promise<void>;
}

export interface CaptureOptions {
  port: number;
  /** Dissector fields to print beside the raw payload, e.g. acn.cid. */
  fields?: string[];
  /** Extra tshark options, e.g. to enable a heuristic dissector. */
  options?: string[];
}

const BASE_FIELDS = ['frame.time_epoch', 'ip.dst', 'udp.dstport', 'udp.payload'];

/** Starts tshark on `lo` and resolves once it is seen to capture (a probe packet came through). */
export async function startCapture({ port, fields = [], options = [] }: CaptureOptions): Promise<Capture> {
  // The probe talks to itself on its own port; seeing it proves the capture is live.
  const probe = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => probe.bind({ port: 0, address: '127.0.0.1' }, resolve));
  probe.on('message', () => undefined);
  const probePort = probe.address().port;

  const args = ['-i', 'lo', '-f', `udp port ${port} or udp port ${probePort}`, '-l', '-n', ...options, '-T', 'fields'];
  for (const field of [...BASE_FIELDS, ...fields]) args.push('-e', field);
  // Its own process group, so stopping it also stops the dumpcap it starts; and it stops
  // (taking dumpcap along) if this process is killed before any cleanup runs.
  const child = spawn('setpriv', ['--pdeathsig=SIGTERM', 'tshark', ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  function signal(name: NodeJS.Signals) {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  }

  const captured: CapturedPacket[] = [];
  let probeSeen = false;
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const [time, dst, dstPort, payload, ...rest] = line.split('\t');
    if (Number(dstPort) === probePort) {
      probeSeen = true;
      return;
    }
    if (Number(dstPort) !== port) return;
    captured.push({
      at: Number(time) * 1000,
      dst: dst!,
      dstPort: Number(dstPort),
      payload: Uint8Array.from(Buffer.from(payload ?? '', 'hex')),
      fields: Object.fromEntries(fields.map((name, i) => [name, rest[i] ?? ''])),
    });
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    probe.close();
    if (child.exitCode === null && child.signalCode === null) {
      signal('SIGTERM');
      const timeout = setTimeout(() => signal('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timeout);
    }
  };

  try {
    await waitFor(
      'tshark to capture on lo',
      () => {
        if (child.exitCode !== null) throw new Error(`tshark exited with ${child.exitCode}: ${stderr}`);
        if (probeSeen) return true;
        probe.send('capture probe', probePort, '127.0.0.1');
        return undefined;
      },
      { timeoutMs: 15_000, everyMs: 100 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { packets: () => captured, log: () => stderr, stop };
}
