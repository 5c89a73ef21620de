import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freeTcpPort, udpPortIsFree } from './free-port';
import { waitFor } from './wait-for';

/**
 * The Open Lighting Architecture daemon as a real sACN and Art-Net receiver. It runs from
 * a temporary config folder with only the E1.31 and Art-Net plugins, their input ports
 * patched to OLA universes by ola-port.conf, and answers on free HTTP and RPC ports.
 */

/** Plugin ids OLA uses in ola-port.conf keys ("<plugin>-<device>-I-<port> = <universe>"). */
const PLUGIN_ID = { artnet: 2, e131: 11 } as const;
/** Plugins olad would otherwise start and probe hardware or the network with. */
const OTHER_PLUGINS = [
  'dummy',
  'espnet',
  'ftdidmx',
  'gpio',
  'karate',
  'kinet',
  'milinst',
  'opendmx',
  'openpixelcontrol',
  'osc',
  'pathport',
  'renard',
  'sandnet',
  'shownet',
  'spi',
  'stageprofi',
  'uartdmx',
  'usbdmx',
  'usbserial',
];

export interface OlaPatch {
  /** OLA universe for each E1.31 input port, in port order; the sACN universe is the same number. */
  e131: number[];
  /** OLA universe for each Art-Net input port; with Net 0 and Sub-Net 0 it listens on port-address (universe % 16). */
  artnet: number[];
}

export interface Ola {
  readonly httpPort: number;
  /** The slot values OLA holds for a universe now (empty before it has heard anything). */
  levels(universe: number): Promise<number[]>;
  /** Everything olad wrote to its log, for a failing test to show. */
  log(): string;
  stop(): Promise<void>;
}

/** Commands this setup needs that are not installed. */
export function missingCommands(names: string[]): string[] {
  return names.filter((name) => {
    try {
      execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

function configFiles(patch: OlaPatch): Record<string, string> {
  const ports = [
    ...patch.e131.map((universe, port) => `${PLUGIN_ID.e131}-1-I-${port} = ${universe}`),
    ...patch.artnet.map((universe, port) => `${PLUGIN_ID.artnet}-1-I-${port} = ${universe}`),
  ];
  const files: Record<string, string> = {
    // E1.31 skips loopback when it picks an interface, but it binds 0.0.0.0:5568 all the same.
    'ola-e131.conf': [
      'enabled = true',
      'ip = 127.0.0.1',
      `input_ports = ${Math.max(1, patch.e131.length)}`,
      'output_ports = 0',
      'ignore_preview = true',
      'prepend_hostname = true',
      'revision = 0.46',
      'draft_discovery = false',
      'dscp = 0',
    ].join('\n'),
    'ola-artnet.conf': [
      'enabled = true',
      'ip = 127.0.0.1',
      'net = 0',
      'subnet = 0',
      'output_ports = 0',
      'use_loopback = true',
      'always_broadcast = false',
      'use_limited_broadcast = false',
    ].join('\n'),
    'ola-port.conf': ports.join('\n'),
  };
  for (const plugin of OTHER_PLUGINS) files[`ola-${plugin}.conf`] = 'enabled = false';
  return files;
}

/** olad refuses to run as root, so as root it runs as the `olad` user the package creates. */
function olaUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'olad'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Starts olad and resolves once every patched port shows up in its universe list. */
export async function startOla(patch: OlaPatch): Promise<Ola> {
  for (const [port, protocol] of [
    [5568, 'sACN'],
    [6454, 'Art-Net'],
  ] as const) {
    if (!(await udpPortIsFree(port))) {
      throw new Error(`UDP port ${port} (${protocol}) is held by another program, so olad cannot receive there.`);
    }
  }
  const user = olaUser();
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-ola-'));
  for (const [name, text] of Object.entries(configFiles(patch))) {
    fs.writeFileSync(path.join(configDir, name), `${text}\n`);
  }
  if (user) {
    for (const name of ['', ...fs.readdirSync(configDir)]) fs.chownSync(path.join(configDir, name), user.uid, user.gid);
  }

  const httpPort = await freeTcpPort();
  const rpcPort = await freeTcpPort();
  const args = [
    '--config-dir',
    configDir,
    '--http-port',
    String(httpPort),
    '--rpc-port',
    String(rpcPort),
    '--no-register-with-dns-sd',
    '--log-level',
    '3',
  ];
  // setpriv execs olad in place, so the pid we hold is olad's own; and olad dies with this
  // process even if it is killed before any cleanup runs.
  const asUser = user ? [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups'] : [];
  const child: ChildProcess = spawn('setpriv', ['--pdeathsig=SIGKILL', ...asUser, 'olad', ...args], {
    cwd: configDir,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timeout);
    }
    fs.rmSync(configDir, { recursive: true, force: true });
  };

  const url = (pathAndQuery: string) => `http://127.0.0.1:${httpPort}${pathAndQuery}`;
  try {
    const expected = [
      ...patch.e131.map((universe) => ({ universe, device: 'E1.31' })),
      ...patch.artnet.map((universe) => ({ universe, device: 'ArtNet' })),
    ];
    await waitFor(
      'olad to start with its ports patched',
      async () => {
        if (child.exitCode !== null) throw new Error(`olad exited with ${child.exitCode}: ${output.slice(-2000)}`);
        for (const { universe, device } of expected) {
          const info = (await (await fetch(url(`/json/universe_info?id=${universe}`))).json()) as {
            input_ports?: { device: string }[];
          };
          if (!info.input_ports?.some((port) => port.device.startsWith(device))) return undefined;
        }
        return true;
      },
      { timeoutMs: 15_000, everyMs: 100 },
    );
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    httpPort,
    async levels(universe) {
      const reply = (await (await fetch(url(`/get_dmx?u=${universe}`))).json()) as { dmx: number[] };
      return reply.dmx;
    },
    log: () => output,
    stop,
  };
}
