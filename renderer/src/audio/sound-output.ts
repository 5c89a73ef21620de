import { Howler } from 'howler';
import {
  deviceName,
  PLAY_ON_VOLUME,
  routeFor,
  SYSTEM_DEFAULT_ID,
  type OutputDevice,
  type SoundOutputChoice,
} from '@domain/audio/sound-output';
import { errorMessage } from '@domain/error-message';
import { outputGate } from './output-meter';

/** Chromium's choice of output for an AudioContext, which TypeScript's DOM types do not have yet. */
type SinkId = string | { type: 'none' };
interface SinkableContext extends AudioContext {
  readonly sinkId: SinkId;
  setSinkId(sinkId: SinkId): Promise<void>;
}
type SinkableContextOptions = AudioContextOptions & { sinkId?: SinkId };

/** A lost output is silenced this fast: whatever the system moved the sound to hears only this. */
const LOSS_FADE_SEC = 0.03;
/** Sound coming back, to its own output or another, rises this slowly. */
const RETURN_FADE_SEC = 2;
/**
 * An output that appears (plugged in, or back after a loss) is used only once it has been listed this long.
 * Chromium keeps the lost stream open for up to five seconds after the device returns (measured
 * against PulseAudio: 3.8 to 5 s after the headphones came back, listed 2 s after), and until
 * it closes that stream whatever the page plays "to the headphones" is heard on the speakers
 * the system moved it to, whatever `sinkId` says.
 */
const RETURN_SETTLE_MS = 5_000;
/**
 * How often the devices are looked at, besides the browser's own events (Chromium on Linux
 * notices an output has gone only when a page asks for the list): often while the sound goes to
 * a device that can be pulled out, seldom while it goes to the system's default, which stays.
 */
const WATCH_CHOSEN_MS = 250;
const WATCH_DEFAULT_MS = 2_000;
const TEST_TONE = { hz: 440, gain: 0.1, sec: 1.5, fadeSec: 0.2 };

export interface SoundOutputSnapshot {
  /** Whether this browser can choose an output at all (Chromium can). */
  supported: boolean;
  /** The system's output devices, the system default first; names may be hidden. */
  devices: OutputDevice[];
  /** The browser hides the devices' names until the page may use the microphone. */
  namesHidden: boolean;
  /** The room's chosen output, as saved; null while the system's default plays. */
  choice: SoundOutputChoice | null;
  /** The name of the device the room's sound goes to now; null while it goes nowhere. */
  playingOn: string | null;
  /**
   * The output sound should go to is gone, so sound is off: which, since when (epoch ms), and
   * whether it is connected again and sound is about to come back.
   */
  lost: { name: string; since: number; reconnected: boolean } | null;
  /** After a loss staff chose to play on this device instead, until they choose again. */
  instead: OutputDevice | null;
  /** The device a Test tone is playing on. */
  testing: string | null;
  /** The last thing that went wrong choosing a device, in words for staff. */
  problem: string | null;
}

const INITIAL: SoundOutputSnapshot = {
  supported: false,
  devices: [],
  namesHidden: false,
  choice: null,
  playingOn: null,
  lost: null,
  instead: null,
  testing: null,
  problem: null,
};

/** What the room's output does to the rest of the app: the saved choice, the session's log, the volume. */
export interface SoundOutputPorts {
  saveChoice(choice: SoundOutputChoice | null): Promise<SoundOutputChoice | null>;
  /** Says in the session's log that sound went off or came back (nothing when no session runs). */
  report(lost: boolean): void;
  /** Lowers staff's volume to at most this, for a device that was not chosen for the room. */
  capVolume(level: number): void;
}

/**
 * Sends the room's one AudioContext (every track, preview and tone) to the output chosen for the
 * room, and watches it. When that output disappears the sound is cut within a few hundredths of a
 * second and sent nowhere, so it never carries on through whatever device the system picks next;
 * it comes back, with a fade, when the output returns or when staff choose to play on another.
 */
export class SoundOutput {
  private snapshot: SoundOutputSnapshot = INITIAL;
  private readonly listeners = new Set<() => void>();
  private started = false;
  private watch: { timer: ReturnType<typeof setInterval>; everyMs: number } | null = null;
  /** Sink changes run one after another, in the order asked. */
  private queue: Promise<void> = Promise.resolve();
  /** The sink last set on the context: a device id, '' for the system default, 'none' for no device. */
  private appliedSink: string | null = null;
  /** When each listed device was first seen in its current stay (epoch ms); 0 for those there at the first look. */
  private listedSince: Map<string, number> | null = null;

  constructor(private readonly ports: SoundOutputPorts) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SoundOutputSnapshot => this.snapshot;

  /** Starts watching with the room's saved choice (again with the choice as saved now, after a reconnect). */
  start(choice: SoundOutputChoice | null): void {
    if (!this.started) {
      this.started = true;
      const context = this.context();
      this.set({ supported: Boolean(context && 'setSinkId' in context) });
      navigator.mediaDevices?.addEventListener('devicechange', this.refresh);
      context?.addEventListener('sinkchange', this.refresh);
      context?.addEventListener('error', this.refresh);
    }
    this.set({ choice });
    this.refresh();
  }

  /** Staff choose the room's output (null: the system's default). Sound moves there at once. */
  async choose(device: OutputDevice | null): Promise<void> {
    const index = device ? this.snapshot.devices.findIndex((d) => d.deviceId === device.deviceId) : -1;
    const choice =
      device && device.deviceId !== SYSTEM_DEFAULT_ID
        ? { deviceId: device.deviceId, label: deviceName(device, index) }
        : null;
    const saved = await this.ports.saveChoice(choice);
    this.set({ choice: saved, instead: null });
    this.refresh();
  }

  /** After a loss: plays on another device, at a low volume for staff to raise. */
  playOn(device: OutputDevice): void {
    this.ports.capVolume(PLAY_ON_VOLUME);
    this.set({ instead: device });
    this.refresh();
  }

  /** Back to the room's own output, once it has returned, after playing on another. */
  backToChosen(): void {
    this.set({ instead: null });
    this.refresh();
  }

  /** A short tone on one device, in a context of its own, so the session's sound never moves. */
  async test(device: OutputDevice): Promise<void> {
    if (!this.snapshot.supported) return;
    this.set({ testing: device.deviceId });
    const options: SinkableContextOptions = { sinkId: device.deviceId === SYSTEM_DEFAULT_ID ? '' : device.deviceId };
    const context = new AudioContext(options);
    try {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = TEST_TONE.hz;
      const t = context.currentTime + 0.05;
      gain.gain.setValueAtTime(0, t);
      gain.gain.linearRampToValueAtTime(TEST_TONE.gain, t + TEST_TONE.fadeSec);
      gain.gain.setValueAtTime(TEST_TONE.gain, t + TEST_TONE.sec - TEST_TONE.fadeSec);
      gain.gain.linearRampToValueAtTime(0, t + TEST_TONE.sec);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(t);
      oscillator.stop(t + TEST_TONE.sec + 0.05);
      // A device that stops answering never ends the tone; the test is over all the same.
      await new Promise<void>((resolve) => {
        oscillator.onended = () => resolve();
        setTimeout(resolve, (TEST_TONE.sec + 2) * 1000);
      });
    } finally {
      await context.close();
      this.set({ testing: null });
    }
  }

  /** Looks at the devices again and sends the sound where it belongs now. */
  refresh = (): void => {
    this.queue = this.queue
      .then(() => this.follow())
      .catch((error: unknown) => this.set({ problem: `The sound output could not be set: ${errorMessage(error)}` }));
  };

  private async follow(): Promise<void> {
    this.watchEvery(this.snapshot.choice || this.snapshot.instead ? WATCH_CHOSEN_MS : WATCH_DEFAULT_MS);
    const listed = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
    const outputs = listed.filter((d) => d.kind === 'audiooutput');
    const devices = outputs.map(({ deviceId, label }) => ({ deviceId, label }));
    const namesHidden = outputs.length > 0 && outputs.every((d) => !d.label);
    const { choice, instead, lost } = this.snapshot;
    const index = (id: string) => devices.findIndex((d) => d.deviceId === id);
    const now = Date.now();
    const seen = this.listedSince;
    this.listedSince = new Map(devices.map((d) => [d.deviceId, seen ? (seen.get(d.deviceId) ?? now) : 0]));

    let target: { sink: string; name: string } | null;
    let lostName: string;
    if (instead) {
      const present = devices.find((d) => d.deviceId === instead.deviceId);
      target = present ? { sink: present.deviceId, name: deviceName(present, index(present.deviceId)) } : null;
      lostName = deviceName(instead, index(instead.deviceId));
    } else {
      const route = routeFor(choice, devices);
      const systemDefault = devices.findIndex((d) => d.deviceId === SYSTEM_DEFAULT_ID);
      target =
        route.kind === 'chosen'
          ? { sink: route.device.deviceId, name: choice!.label }
          : route.kind === 'unset'
            ? {
                sink: '',
                name: systemDefault < 0 ? 'System default' : deviceName(devices[systemDefault]!, systemDefault),
              }
            : null;
      lostName = choice?.label ?? '';
    }

    // Just appeared: not yet long enough to be sure the sound would really reach it.
    const settling = target !== null && now - (this.listedSince.get(target.sink) ?? 0) < RETURN_SETTLE_MS;
    if (settling && !lost) {
      // Sound stays where it is meanwhile (staff asked to go back to the room's own output).
      this.set({ devices, namesHidden });
      return;
    }
    if (settling) target = null;
    if (target) {
      try {
        await this.sink(target.sink);
      } catch (error) {
        // A device the system will not play on counts as gone; the system default always plays.
        this.set({ problem: `“${target.name}” refused to play: ${errorMessage(error)}` });
        if (target.sink !== '') target = null;
      }
    }
    if (target === null) {
      // Silence first, then route to no device at all, so nothing can reach the next one.
      this.gateTo(0, LOSS_FADE_SEC);
      await this.sink({ type: 'none' });
      const since = lost?.since ?? now;
      this.set({ devices, namesHidden, playingOn: null, lost: { name: lostName, since, reconnected: settling } });
      if (!lost) this.ports.report(true);
      return;
    }
    // Chromium suspends the context when its device goes, and keeps it so until moved back.
    if (lost) void this.context()?.resume();
    if (lost || !this.opened) this.gateTo(1, lost ? RETURN_FADE_SEC : 0);
    this.set({ devices, namesHidden, playingOn: target.name, lost: null, problem: null });
    if (lost) this.ports.report(false);
  }

  private watchEvery(everyMs: number): void {
    if (this.watch?.everyMs === everyMs) return;
    if (this.watch) clearInterval(this.watch.timer);
    this.watch = { timer: setInterval(this.refresh, everyMs), everyMs };
  }

  private context(): SinkableContext | null {
    return (Howler.ctx as SinkableContext | undefined) ?? null;
  }

  private async sink(sinkId: SinkId): Promise<void> {
    const key = typeof sinkId === 'string' ? sinkId : 'none';
    const context = this.context();
    if (context && this.snapshot.supported && this.appliedSink !== key) await context.setSinkId(sinkId);
    this.appliedSink = key;
  }

  /** Whether the gate has been opened since the page loaded (it starts closed). */
  private opened = false;

  private gateTo(level: number, fadeSec: number): void {
    this.opened = level > 0;
    const gate = outputGate();
    const context = this.context();
    if (!gate || !context) return;
    const now = context.currentTime;
    gate.gain.cancelScheduledValues(now);
    gate.gain.setValueAtTime(gate.gain.value, now);
    gate.gain.linearRampToValueAtTime(level, now + fadeSec);
  }

  private set(changes: Partial<SoundOutputSnapshot>): void {
    const next = { ...this.snapshot, ...changes };
    if (JSON.stringify(next) === JSON.stringify(this.snapshot)) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
