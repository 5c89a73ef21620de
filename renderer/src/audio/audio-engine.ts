import { Howl, Howler } from 'howler';
import { AMBIENCES } from '../../../src/audio/ambience';
import { FALLBACK_AMBIENCE, type SoundPlan, type Voice } from '../../../src/audio/sound-plan';
import { OutputMeter, preparePlaybackContext } from './output-meter';

/** Each reconcile ramps gains over a little more than the tick, so volume moves without steps. */
const RAMP_MS = 300;
const STOP_FADE_MS = 1_500;
/** A restarted sound this far from its planned offset is moved there (inaudibly, at zero gain). */
const SEEK_TOLERANCE_SEC = 1.5;
const SILENT = 0.0005;

type VoiceStatus = 'loading' | 'playing' | 'held' | 'failed';

interface PlayingVoice {
  key: string;
  mediaPath: string;
  howl: Howl;
  status: VoiceStatus;
  gain: number;
  error?: string;
  /** The browser refused to start it (no click yet); retried on every reconcile. */
  playRefused?: boolean;
}

export interface AudioSnapshot {
  voices: { key: string; mediaPath: string; status: VoiceStatus; error?: string }[];
  /** True while the browser keeps audio suspended until someone clicks. */
  blocked: boolean;
}

/** What plays instead of a library track that cannot be loaded. */
function standIn(voice: Voice): Voice {
  return {
    ...voice,
    key: `${voice.key}:stand-in`,
    root: 'assets',
    mediaPath: AMBIENCES[FALLBACK_AMBIENCE].mediaPath,
    loop: true,
    stream: false,
    offsetSec: 0,
  };
}

/**
 * Plays what the session's sound plan says should be heard. Like React with the DOM, it
 * compares the wanted voices with the ones it has and makes the smallest change: start,
 * seek, ramp the gain, or fade out and unload. A track that fails is replaced by built-in
 * ambience with the same fades, so the room never falls silent.
 */
export class AudioEngine {
  private readonly voices = new Map<string, PlayingVoice>();
  private readonly listeners = new Set<() => void>();
  private snapshot: AudioSnapshot = { voices: [], blocked: false };
  private readonly meter = new OutputMeter();
  private volume = 1;

  constructor(private readonly urlFor: (root: Voice['root'], mediaPath: string) => string) {
    preparePlaybackContext();
    // A browser keeps audio suspended until the page is clicked; the first click lets it play.
    const resume = () => void Howler.ctx?.resume();
    document.addEventListener('pointerdown', resume, { capture: true });
    document.addEventListener('keydown', resume, { capture: true });
  }

  /** Staff's master volume times the patient's comfort volume, 0..1. */
  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
  }

  /** Brings what plays in line with the plan; calling it again with the same plan changes nothing. */
  reconcile(plan: SoundPlan | null): void {
    const wanted = new Map<string, Voice>();
    for (const voice of plan?.voices ?? []) {
      wanted.set(voice.key, voice);
      if (this.voices.get(voice.key)?.status === 'failed') wanted.set(`${voice.key}:stand-in`, standIn(voice));
    }
    for (const [key, voice] of this.voices) {
      if (!wanted.has(key)) this.retire(key, voice);
    }
    for (const voice of wanted.values()) {
      const playing = this.voices.get(voice.key) ?? this.begin(voice);
      this.steer(playing, voice, voice.gain * (plan?.master ?? 0) * this.volume);
    }
    this.publish();
  }

  levelDb(): number {
    return this.meter.levelDb();
  }

  /** Puts another sound (a patient's preview) on the measured output path. */
  measure(howl: Howl): void {
    this.meter.include(howl);
  }

  private begin(voice: Voice): PlayingVoice {
    const playing: PlayingVoice = {
      key: voice.key,
      mediaPath: voice.mediaPath,
      status: 'loading',
      gain: 0,
      // Library tracks stream (html5) so an hour of music is never decoded into memory.
      howl: new Howl({
        src: [this.urlFor(voice.root, voice.mediaPath)],
        html5: voice.stream,
        loop: voice.loop,
        volume: 0,
        preload: true,
      }),
    };
    playing.howl.once('load', () => {
      playing.status = 'held';
      this.meter.include(playing.howl);
      this.publish();
    });
    playing.howl.once('loaderror', (_id, error) => {
      playing.status = 'failed';
      playing.error = `could not be loaded (${String(error)}); built-in ambience plays instead`;
      this.publish();
    });
    // Blocked playback (no click yet in a browser) is retried on the next reconcile.
    playing.howl.on('playerror', () => {
      playing.status = 'held';
      playing.playRefused = true;
      this.publish();
    });
    playing.howl.on('play', () => {
      if (!playing.playRefused) return;
      playing.playRefused = false;
      this.publish();
    });
    this.voices.set(voice.key, playing);
    return playing;
  }

  private steer(playing: PlayingVoice, voice: Voice, target: number): void {
    if (playing.status === 'loading' || playing.status === 'failed') return;
    const { howl } = playing;
    if (playing.status === 'held') {
      if (target <= SILENT) return;
      const position = howl.seek();
      if (Math.abs(position - voice.offsetSec) > SEEK_TOLERANCE_SEC) howl.seek(voice.offsetSec);
      howl.volume(0);
      playing.gain = 0;
      howl.play();
      playing.status = 'playing';
    }
    // Ramp from where the sound really is, so a re-aimed fade never steps. (A fade that goes
    // nowhere would never end in howler, so an equal target is simply set.)
    if (Math.abs(target - playing.gain) > SILENT) {
      if (Math.abs(target - howl.volume()) > SILENT) howl.fade(howl.volume(), target, RAMP_MS);
      else howl.volume(target);
    }
    playing.gain = target;
    // Fully faded out (paused or quiet): stop using the output but keep the place.
    if (target <= SILENT && howl.volume() <= SILENT) {
      howl.pause();
      playing.status = 'held';
    }
  }

  private retire(key: string, voice: PlayingVoice): void {
    this.voices.delete(key);
    const { howl } = voice;
    // Already silent: unload now. (Howler never ends a fade from 0 to 0, so waiting for one
    // would leave the sound streaming unheard for ever.)
    if (voice.status !== 'playing' || voice.gain <= SILENT || howl.volume() <= SILENT) {
      howl.off();
      howl.unload();
      return;
    }
    howl.fade(howl.volume(), 0, STOP_FADE_MS);
    howl.once('fade', () => {
      howl.off();
      howl.unload();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AudioSnapshot => this.snapshot;

  private publish(): void {
    const blocked =
      this.voices.size > 0 &&
      (Howler.ctx?.state === 'suspended' || [...this.voices.values()].some((v) => v.playRefused));
    const voices = [...this.voices.values()].map(({ key, mediaPath, status, error }) => ({
      key,
      mediaPath,
      status,
      error,
    }));
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
