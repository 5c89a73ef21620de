import type { Howl } from 'howler';
import { AMBIENCES } from '@domain/audio/ambience';
import { FALLBACK_AMBIENCE, type SoundPlan, type Voice } from '@domain/audio/sound-plan';
import { describeLoadError, PlaybackWatch } from './playback-watch';
import type { EnginePorts, VoiceChannel } from './sound-ports';

/** Each reconcile ramps gains over a little more than the tick, so volume moves without steps. */
const RAMP_MS = 300;
/** A sound leaving the plan fades out at this slope: this long from full gain, less from lower. */
const STOP_FADE_MS = 1_500;
/** A failed sound leaves quickly: its stand-in is already coming in. */
const DROP_MS = 100;
/** A restarted sound this far from its planned offset is moved there (inaudibly, at zero gain). */
const SEEK_TOLERANCE_SEC = 1.5;
const SILENT = 0.0005;
/** A finished ramp is read back this much later, so the audio thread has surely rendered it. */
const READ_BACK_AFTER_MS = 100;
const LOG_LENGTH = 50;

type VoiceStatus = 'loading' | 'playing' | 'held' | 'failed';

interface PlayingVoice {
  key: string;
  mediaPath: string;
  howl: Howl;
  channel: VoiceChannel;
  status: VoiceStatus;
  error?: string;
  /** Reported by howler's loaderror (registered before loading starts, so never missed). */
  loadError?: string;
  /** The gain the channel was last aimed at, and when that ramp is done. */
  aimed: number;
  aimedUntil: number;
  /** Passes in a row whose read-back did not match the aimed gain. */
  disagreements: number;
  soundId?: number;
  /** The browser refused to start it (no click yet); retried on every reconcile. */
  playRefused: boolean;
  watch: PlaybackWatch;
}

export interface AudioSnapshot {
  voices: { key: string; mediaPath: string; status: VoiceStatus; error?: string }[];
  /** True while the browser keeps audio suspended until someone clicks. */
  blocked: boolean;
}

const STAND_IN = AMBIENCES[FALLBACK_AMBIENCE];

/** What plays instead of a library track that cannot be played. */
function standIn(voice: Voice): Voice {
  return {
    ...voice,
    key: `${voice.key}:stand-in`,
    root: 'assets',
    mediaPath: STAND_IN.mediaPath,
    loop: true,
    stream: false,
    offsetSec: 0,
    lengthSec: undefined,
  };
}

/**
 * Plays what the session's sound plan says should be heard. Like React with the DOM, it
 * compares the wanted voices with the ones it has and makes the smallest change: start,
 * seek, ramp the gain, or fade out and unload. It trusts nothing it cannot read back: gains
 * move on each voice's own Web Audio channel and are checked every pass, and a sound that
 * does not load, start or keep moving is replaced by built-in ambience with the same fades.
 */
export class AudioEngine {
  private readonly voices = new Map<string, PlayingVoice>();
  private readonly listeners = new Set<() => void>();
  private snapshot: AudioSnapshot = { voices: [], blocked: false };
  private readonly log: string[] = [];
  private volume = 1;

  constructor(
    private readonly urlFor: (root: Voice['root'], mediaPath: string) => string,
    private readonly ports: EnginePorts,
  ) {}

  /** Staff's master volume times the patient's comfort volume, 0..1. */
  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
  }

  /** Brings what plays in line with the plan; calling it again with the same plan changes nothing. */
  reconcile(plan: SoundPlan | null): void {
    const now = this.ports.now();
    const blocked = this.ports.suspended();
    const wanted = new Map<string, { voice: Voice; target: number }>();
    for (const voice of plan?.voices ?? []) {
      const target = voice.gain * (plan?.master ?? 0) * this.volume;
      const playing = this.voices.get(voice.key) ?? this.begin(voice);
      this.look(playing, voice, target, now, blocked);
      wanted.set(voice.key, { voice, target });
      if (playing.status === 'failed') wanted.set(`${voice.key}:stand-in`, { voice: standIn(voice), target });
    }
    for (const [key, playing] of this.voices) {
      if (!wanted.has(key)) this.retire(key, playing);
    }
    for (const { voice, target } of wanted.values()) {
      const playing = this.voices.get(voice.key) ?? this.begin(voice);
      if (voice.key.endsWith(':stand-in')) this.look(playing, voice, target, now, blocked);
      this.steer(playing, voice, target, now);
    }
    this.publish();
  }

  levelDb(): number {
    return this.ports.mixer.levelDb();
  }

  /** Puts another sound (a patient's preview) on the measured output path. */
  measure(howl: Howl): void {
    this.ports.mixer.include(howl);
  }

  /** The latest corrections and faults, oldest first, for support staff. */
  recentLog(): string[] {
    return [...this.log];
  }

  /** True while a sound is loading or starting: then the plan should be looked at often. */
  busy(): boolean {
    return [...this.voices.values()].some(
      (v) => v.status === 'loading' || (v.status === 'playing' && !v.watch.started),
    );
  }

  private begin(voice: Voice): PlayingVoice {
    const playing = {
      key: voice.key,
      mediaPath: voice.mediaPath,
      status: 'loading',
      aimed: 0,
      aimedUntil: 0,
      disagreements: 0,
      playRefused: false,
      watch: new PlaybackWatch(),
    } as PlayingVoice;
    // Listeners go in with the options: howler registers them before it starts loading, so a
    // file it already holds, which "loads" inside the constructor, is not missed.
    playing.howl = this.ports.createHowl({
      src: [this.urlFor(voice.root, voice.mediaPath)],
      // Library tracks stream so an hour of music is never decoded into memory.
      html5: voice.stream,
      loop: voice.loop,
      // The sound's own volume stays full; its channel sets what is heard.
      volume: 1,
      preload: true,
      onloaderror: (_id, error) => {
        playing.loadError = describeLoadError(error);
      },
      onplayerror: () => {
        playing.playRefused = true;
      },
      onplay: () => {
        playing.playRefused = false;
      },
    });
    playing.channel = this.ports.mixer.channel(playing.howl);
    this.voices.set(voice.key, playing);
    return playing;
  }

  /** Reads back what the sound is doing and fails it if it does not load, start or keep moving. */
  private look(playing: PlayingVoice, voice: Voice, target: number, now: number, blocked: boolean): void {
    if (playing.status === 'failed') return;
    if (playing.status === 'loading' && playing.howl.state() === 'loaded') playing.status = 'held';
    if (playing.playRefused && playing.status === 'playing') playing.status = 'held';
    if (playing.loadError) return this.fail(playing, `could not be loaded (${playing.loadError})`);
    const position = playing.howl.seek();
    const fault = playing.watch.check({
      now,
      status: playing.status,
      wanted: target > SILENT,
      blocked: blocked || playing.playRefused,
      positionSec: typeof position === 'number' ? position : 0,
      lengthSec: voice.lengthSec,
    });
    if (fault) this.fail(playing, fault);
  }

  private steer(playing: PlayingVoice, voice: Voice, target: number, now: number): void {
    if (playing.status === 'loading' || playing.status === 'failed') return;
    const { howl, channel } = playing;
    if (playing.status === 'held') {
      if (target <= SILENT) return;
      const position = howl.seek();
      if (typeof position === 'number' && Math.abs(position - voice.offsetSec) > SEEK_TOLERANCE_SEC)
        howl.seek(voice.offsetSec);
      playing.soundId = howl.play(playing.soundId) || playing.soundId;
      playing.status = 'playing';
      const from = howl.seek();
      playing.watch.starting(now, typeof from === 'number' ? from : voice.offsetSec);
    }
    this.checkAgreement(playing, target, now);
    if (Math.abs(target - playing.aimed) > SILENT) {
      channel.rampTo(target, RAMP_MS);
      playing.aimed = target;
      playing.aimedUntil = now + RAMP_MS;
    }
    // Fully faded out (paused or quiet): stop using the output but keep the place. A sound not
    // yet seen moving is left running: howler would queue the pause behind its pending play().
    if (target <= SILENT && now >= playing.aimedUntil && playing.watch.started) {
      howl.pause(playing.soundId);
      playing.status = 'held';
    }
  }

  /** The gain heard must be the gain aimed at: a difference that lasts a second pass is put right and logged. */
  private checkAgreement(playing: PlayingVoice, target: number, now: number): void {
    if (now < playing.aimedUntil + READ_BACK_AFTER_MS || this.ports.suspended()) return;
    const heard = playing.channel.readBack();
    if (Math.abs(heard - playing.aimed) <= 0.002 + 0.05 * playing.aimed) {
      playing.disagreements = 0;
      return;
    }
    if (++playing.disagreements < 2) return;
    playing.channel.repair(target);
    this.note(`“${playing.mediaPath}” was at ${heard.toFixed(2)} instead of ${playing.aimed.toFixed(2)}; set again`);
    playing.aimed = target;
    playing.aimedUntil = now;
    playing.disagreements = 0;
  }

  private fail(playing: PlayingVoice, reason: string): void {
    playing.status = 'failed';
    playing.error = `${reason}; built-in ambience (${STAND_IN.title}) plays instead`;
    this.note(`“${playing.mediaPath}” ${playing.error}`);
    this.letGo(playing, DROP_MS);
  }

  private retire(key: string, playing: PlayingVoice): void {
    this.voices.delete(key);
    if (playing.status === 'failed') return;
    const fadeMs =
      playing.status === 'playing' && playing.aimed > SILENT ? STOP_FADE_MS * Math.min(1, playing.aimed) : 0;
    this.letGo(playing, Math.round(fadeMs));
  }

  /** Fades the voice's channel out, then unloads the sound and every listener on it. */
  private letGo(playing: PlayingVoice, fadeMs: number): void {
    const { howl, channel } = playing;
    channel.release(fadeMs);
    const unload = () => {
      howl.off();
      howl.unload();
    };
    if (fadeMs === 0) unload();
    else this.ports.after(fadeMs, unload);
  }

  private note(message: string): void {
    this.log.push(`${(this.ports.now() / 1000).toFixed(1)} s: ${message}`);
    if (this.log.length > LOG_LENGTH) this.log.shift();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AudioSnapshot => this.snapshot;

  private publish(): void {
    const all = [...this.voices.values()];
    const blocked = all.length > 0 && (this.ports.suspended() || all.some((v) => v.playRefused));
    const voices = all.map(({ key, mediaPath, status, error }) => ({ key, mediaPath, status, error }));
    const changed =
      blocked !== this.snapshot.blocked ||
      voices.length !== this.snapshot.voices.length ||
      voices.some((v, i) => {
        const before = this.snapshot.voices[i];
        return !before || before.key !== v.key || before.status !== v.status || before.error !== v.error;
      });
    if (!changed) return;
    this.snapshot = { voices, blocked };
    for (const listener of this.listeners) listener();
  }
}
