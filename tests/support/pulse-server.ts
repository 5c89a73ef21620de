import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { missingCommands } from './ola';
import { waitFor } from './wait-for';

/**
 * A private PulseAudio server with two null sinks, "Room speakers" (the default) and
 * "Headphones", for tests of the sound output device: Chromium plays into it through
 * PULSE_SERVER, and each sink's monitor is recorded with parec and measured with sox.
 *
 * As root it runs in user mode, not --system (which would want the pulse user, the system bus
 * and /var/run/pulse):
 *
 *   pulseaudio -n --daemonize=no --system=no --use-pid-file=no --exit-idle-time=-1
 *     --disallow-exit --log-target=stderr -F <dir>/server.pa
 *
 * with HOME, XDG_RUNTIME_DIR, XDG_CONFIG_HOME, PULSE_RUNTIME_PATH and PULSE_STATE_PATH in a
 * temporary folder and DBUS_SESSION_BUS_ADDRESS=disabled: (it warns once that it cannot reach
 * D-Bus and goes on). -n skips the desktop's default.pa, so no D-Bus, X11, udev or hardware
 * modules are loaded; server.pa loads only module-native-protocol-unix (anonymous clients on a
 * socket in the folder), the two module-null-sink sinks at 48 kHz, and sets the default sink.
 *
 * A stream whose sink disappears is moved to the default sink, as on a desktop: PulseAudio
 * does this in its core since version 14 (module-rescue-streams is now an empty module that
 * logs "obsolete" when loaded, so it is not loaded), and PipeWire's pulse server does the same.
 * The tests keep that behaviour, so what they measure is what a clinic's computer does when
 * headphones are pulled out. module-always-sink (which adds a "Dummy Output" only when no
 * sink is left) is not loaded: Room speakers stays loaded throughout, and a stand-in sink
 * would only be a device the tests do not expect.
 */
export const SAMPLE_RATE = 48_000;
const CHANNELS = 2;
const BYTES_PER_FRAME = 2 * CHANNELS;

export interface Recording {
  readonly file: string;
  /** Date.now() at the first recorded sample, as near as the arrival of parec's first chunk tells. */
  startedAtMs(): number;
  /** Stops parec and writes the WAV file; resolves with its path. */
  stop(): Promise<string>;
}

export interface PulseServer {
  /** The value for PULSE_SERVER, e.g. "unix:/tmp/stillroom-pulse-x/native". */
  readonly address: string;
  /** Environment that points libpulse clients (Chromium, pactl, parec) at this server only. */
  readonly env: Record<string, string>;
  pactl(...args: string[]): string;
  /** Sink names now loaded, in index order. */
  sinks(): string[];
  /** Playback streams now connected, with the name of the sink each plays into. */
  streams(): { index: number; sink: string; corked: boolean }[];
  /** Unloads the null sink's module; streams on it move to the default sink. */
  unloadSink(name: string): void;
  /** Loads a null sink (48 kHz stereo) and resolves once it is listed. */
  loadSink(name: string, description: string): Promise<void>;
  /** Records `sinkName`'s monitor, as s16le 48 kHz stereo, until stop(). */
  record(sinkName: string): Promise<Recording>;
  /** Everything the daemon wrote to its log, for a failing test to show. */
  log(): string;
  stop(): Promise<void>;
}

export const ROOM_SPEAKERS = { name: 'room_speakers', description: 'Room speakers' } as const;
export const HEADPHONES = { name: 'headphones', description: 'Headphones' } as const;

let unavailableReason: string | null | undefined;

/**
 * Why a PulseAudio server cannot be run here, or undefined when it can: a command missing, or
 * pulseaudio refusing to start (it is started once, with a null sink, and left to exit idle).
 */
export function pulseUnavailable(): string | undefined {
  if (unavailableReason === undefined) unavailableReason = findUnavailable() ?? null;
  return unavailableReason ?? undefined;
}

function findUnavailable(): string | undefined {
  const missing = missingCommands(['pulseaudio', 'pactl', 'parec', 'sox', 'setpriv']);
  if (missing.length > 0) return `needs ${missing.join(', ')} (apt-get install pulseaudio pulseaudio-utils sox)`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-pulse-check-'));
  try {
    const run = spawnSync(
      'pulseaudio',
      ['-n', '--daemonize=no', '--system=no', '--use-pid-file=no', '--exit-idle-time=0', '-L', 'module-null-sink'],
      { env: { ...process.env, ...privateDirs(dir) }, encoding: 'utf8', timeout: 15_000 },
    );
    if (run.error) return `pulseaudio does not run here: ${run.error.message}`;
    if (run.status !== 0) {
      const why = (run.stderr ?? '').split('\n').filter((line) => line.startsWith('E:'));
      return `pulseaudio refused to start (exit ${run.status}): ${why.join(' ') || run.stderr.slice(-500)}`;
    }
    return undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * HOME, XDG_* and PULSE_* in a temporary folder: as root pulseaudio otherwise reads and writes
 * /root/.config/pulse and the runtime folder shared with anything else on the machine.
 */
function privateDirs(dir: string): Record<string, string> {
  return {
    HOME: dir,
    XDG_RUNTIME_DIR: path.join(dir, 'runtime'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    PULSE_RUNTIME_PATH: path.join(dir, 'runtime'),
    PULSE_STATE_PATH: path.join(dir, 'state'),
    DBUS_SESSION_BUS_ADDRESS: 'disabled:',
    DISPLAY: '',
  };
}

/** pactl's .pa quoting: a property value with a space is written with a backslash before it. */
function nullSinkArgs(name: string, description: string): string[] {
  return [
    `sink_name=${name}`,
    `sink_properties=device.description="${description.replace(/ /g, '\\ ')}"`,
    `rate=${SAMPLE_RATE}`,
    `channels=${CHANNELS}`,
    'format=s16le',
  ];
}

export async function startPulseServer(): Promise<PulseServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-pulse-'));
  const dirs = privateDirs(dir);
  fs.mkdirSync(dirs.PULSE_RUNTIME_PATH!, { mode: 0o700 });
  fs.mkdirSync(dirs.PULSE_STATE_PATH!, { mode: 0o700 });
  const socket = path.join(dir, 'native');
  const address = `unix:${socket}`;
  const script = [
    `load-module module-native-protocol-unix socket=${socket} auth-anonymous=1`,
    `load-module module-null-sink ${nullSinkArgs(ROOM_SPEAKERS.name, ROOM_SPEAKERS.description).join(' ')}`,
    `load-module module-null-sink ${nullSinkArgs(HEADPHONES.name, HEADPHONES.description).join(' ')}`,
    `set-default-sink ${ROOM_SPEAKERS.name}`,
  ];
  fs.writeFileSync(path.join(dir, 'server.pa'), `${script.join('\n')}\n`);

  // What a client (Chromium, pactl, parec) needs to reach this server and no other.
  const env: Record<string, string> = {
    PULSE_SERVER: address,
    PULSE_RUNTIME_PATH: dirs.PULSE_RUNTIME_PATH!,
    PULSE_STATE_PATH: dirs.PULSE_STATE_PATH!,
    PULSE_COOKIE: path.join(dir, 'cookie'),
  };
  const daemonEnv: Record<string, string | undefined> = { ...process.env, ...dirs, PULSE_COOKIE: env.PULSE_COOKIE };
  delete daemonEnv.PULSE_SERVER;
  const args = [
    '-n',
    '--daemonize=no',
    '--system=no',
    '--use-pid-file=no',
    '--exit-idle-time=-1',
    '--disallow-exit',
    '--disallow-module-loading=no',
    '--log-target=stderr',
    '--log-level=notice',
    '-F',
    path.join(dir, 'server.pa'),
  ];
  // setpriv execs pulseaudio in place, and pulseaudio dies with this process even if it is
  // killed before any cleanup runs.
  const child: ChildProcess = spawn('setpriv', ['--pdeathsig=SIGKILL', 'pulseaudio', ...args], {
    cwd: dir,
    env: daemonEnv,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const recordings = new Set<Recording>();

  const clientEnv = { ...process.env, ...env, HOME: dir };
  const pactl = (...pactlArgs: string[]) =>
    execFileSync('pactl', pactlArgs, {
      env: clientEnv,
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const shortList = (what: string) =>
    pactl('list', 'short', what)
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'));
  const sinks = () => shortList('sinks').map((cols) => cols[1]!);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all([...recordings].map((r) => r.stop().catch(() => undefined)));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timeout);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitFor(
      'pulseaudio to start with both sinks',
      () => {
        if (child.exitCode !== null)
          throw new Error(`pulseaudio exited with ${child.exitCode}: ${output.slice(-2000)}`);
        const names = sinks();
        return names.includes(ROOM_SPEAKERS.name) && names.includes(HEADPHONES.name);
      },
      { timeoutMs: 15_000, everyMs: 100 },
    );
  } catch (error) {
    await stop();
    throw error;
  }

  const record = async (sinkName: string): Promise<Recording> => {
    const file = path.join(dir, `${sinkName}-${Date.now()}-${recordings.size}.wav`);
    const parec = spawn(
      'parec',
      [
        `--device=${sinkName}.monitor`,
        '--raw',
        '--format=s16le',
        `--rate=${SAMPLE_RATE}`,
        `--channels=${CHANNELS}`,
        '--latency-msec=10',
        '--client-name=stillroom-tests',
      ],
      { env: clientEnv },
    );
    const chunks: Buffer[] = [];
    let bytes = 0;
    let startedAt = 0;
    let errors = '';
    parec.stdout.on('data', (chunk: Buffer) => {
      if (bytes === 0) startedAt = Date.now() - (chunk.length / BYTES_PER_FRAME / SAMPLE_RATE) * 1000;
      chunks.push(chunk);
      bytes += chunk.length;
    });
    parec.stderr.on('data', (chunk) => (errors += chunk));
    const parecExited = new Promise<void>((resolve) => parec.once('exit', () => resolve()));
    await waitFor(`parec to record ${sinkName}.monitor`, () => {
      if (parec.exitCode !== null) throw new Error(`parec exited with ${parec.exitCode}: ${errors}`);
      return bytes > 0;
    });
    let done: Promise<string> | undefined;
    const recording: Recording = {
      file,
      startedAtMs: () => startedAt,
      stop: () =>
        (done ??= (async () => {
          if (parec.exitCode === null) parec.kill('SIGINT');
          await parecExited;
          recordings.delete(recording);
          const data = Buffer.concat(chunks);
          fs.writeFileSync(file, Buffer.concat([wavHeader(data.length - (data.length % BYTES_PER_FRAME)), data]));
          return file;
        })()),
    };
    recordings.add(recording);
    return recording;
  };

  const streams = () => {
    const sinkNames = new Map(shortList('sinks').map((cols) => [cols[0]!, cols[1]!]));
    // `pactl list sink-inputs` is the only listing that says whether a stream is corked.
    return pactl('list', 'sink-inputs')
      .split(/^Sink Input #/m)
      .slice(1)
      .map((block) => ({
        index: Number(block.split('\n')[0]),
        sink: sinkNames.get(block.match(/^\s*Sink: (\d+)/m)?.[1] ?? '') ?? '?',
        corked: /^\s*Corked: yes/m.test(block),
      }));
  };

  return {
    address,
    env,
    pactl,
    sinks,
    streams,
    unloadSink(name) {
      const owner = pactl('list', 'short', 'modules')
        .split('\n')
        .map((line) => line.split('\t'))
        .find((cols) => cols[1] === 'module-null-sink' && (cols[2] ?? '').split(' ').includes(`sink_name=${name}`));
      if (!owner) throw new Error(`no null sink named ${name}: ${sinks().join(', ')}`);
      pactl('unload-module', owner[0]!);
    },
    async loadSink(name, description) {
      pactl('load-module', 'module-null-sink', ...nullSinkArgs(name, description));
      await waitFor(`sink ${name} to be listed`, () => sinks().includes(name));
    },
    record,
    log: () => output,
    stop,
  };
}

function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(CHANNELS, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * BYTES_PER_FRAME, 28);
  header.writeUInt16LE(BYTES_PER_FRAME, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

export interface Levels {
  /** RMS level over the whole file, dBFS (-Infinity for digital silence). */
  rmsDb: number;
  /** Peak level, dBFS. */
  peakDb: number;
  lengthS: number;
}

const toDb = (text: string | undefined) => {
  if (text === undefined) throw new Error('sox gave no figure');
  return text.trim() === '-inf' ? -Infinity : Number(text);
};

/** The whole file's RMS and peak level, from `sox FILE -n stats`. */
export function levels(file: string): Levels {
  const text = soxStats(file);
  const field = (label: string) => text.match(new RegExp(`^${label}\\s+(\\S+)`, 'm'))?.[1];
  return {
    rmsDb: toDb(field('RMS lev dB')),
    peakDb: toDb(field('Pk lev dB')),
    lengthS: Number(field('Length s')),
  };
}

function soxStats(file: string): string {
  // `stats` prints to stderr; 2>&1 through sh keeps the call to one child process.
  return execFileSync('sh', ['-c', 'sox "$1" -n stats 2>&1', 'sox', file], { encoding: 'utf8' });
}

export interface LevelWindow {
  /** Start of the window, ms from the first recorded sample. */
  startMs: number;
  rmsDb: number;
  peakDb: number;
}

/** The level in consecutive windows of `windowMs`, louder channel per window, decoded by sox. */
export function windowLevels(file: string, windowMs = 50): LevelWindow[] {
  const raw = execFileSync(
    'sox',
    [file, '-t', 'raw', '-e', 'signed-integer', '-b', '16', '-c', String(CHANNELS), '-r', String(SAMPLE_RATE), '-'],
    { maxBuffer: 1 << 30 },
  );
  const frames = Math.floor(raw.length / BYTES_PER_FRAME);
  const perWindow = Math.round((SAMPLE_RATE * windowMs) / 1000);
  const windows: LevelWindow[] = [];
  for (let start = 0; start + perWindow <= frames; start += perWindow) {
    let peak = 0;
    const sumSquares = [0, 0];
    for (let frame = start; frame < start + perWindow; frame++) {
      for (let channel = 0; channel < CHANNELS; channel++) {
        const sample = raw.readInt16LE(frame * BYTES_PER_FRAME + channel * 2) / 32768;
        sumSquares[channel]! += sample * sample;
        peak = Math.max(peak, Math.abs(sample));
      }
    }
    const rms = Math.sqrt(Math.max(...sumSquares) / perWindow);
    windows.push({ startMs: (start / SAMPLE_RATE) * 1000, rmsDb: 20 * Math.log10(rms), peakDb: 20 * Math.log10(peak) });
  }
  return windows;
}

/**
 * How sound above `thresholdDb` (peak) fell in a recording after the wall-clock moment `sinceMs`:
 * the total ms of windows above it, and the end of the last such window, in ms after `sinceMs`.
 */
export function soundAfter(
  recording: Recording,
  sinceMs: number,
  { thresholdDb = -60, windowMs = 10 } = {},
): { audibleMs: number; lastAudibleMs: number | null; windows: LevelWindow[] } {
  const offset = sinceMs - recording.startedAtMs();
  const windows = windowLevels(recording.file, windowMs).filter((w) => w.startMs + windowMs > offset);
  const loud = windows.filter((w) => w.peakDb > thresholdDb);
  const last = loud.at(-1);
  return {
    audibleMs: loud.length * windowMs,
    lastAudibleMs: last ? last.startMs + windowMs - offset : null,
    windows,
  };
}
