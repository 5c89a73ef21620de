import { Howl, Howler } from 'howler';
import type { SoundPlan, Voice } from '../../../src/audio/sound-plan';

/** Each reconcile ramps gains over a little more than the tick, so volume moves without steps. */
const RAMP_MS = 300;
const STOP_FADE_MS = 1_500;
/** A restarted sound this far from its planned offset is moved there (inaudibly, at zero gain). */
const SEEK_TOLERANCE_SEC = 1.5;
const SILENT = 0.0005;

type VoiceStatus = 'loading' | 'playing' | 'held' | 'failed';

interface PlayingVoice {
  key: string;
  howl: Howl;
  status: VoiceStatus;
  gain: number;
  error?: string;
}

export interface AudioSnapshot {
  voices: { key: string; mediaPath: string; status: VoiceStatus; error?: string }[];
  /** True while the browser keeps audio suspended until someone clicks. */
  blocked: boolean;
}

/**
 * Plays what the session's sound plan says should be heard. Like React with the DOM, it
 * compares the wanted voices with the ones it has and makes the smallest change: start,
 * seek, ramp the gain, or fade out and unload.
 */
export class AudioEngine {
  private readonly voices = new Map<string, PlayingVoice & { mediaPath: string }>();
  private readonly listeners = new Set<() => void>();
  private snapshot: AudioSnapshot = { voices: [], blocked: false };
  private analyser: AnalyserNode | null = null;
  private samples: Float32Array<ArrayBuffer> | null = null;
  private volume = 1;

  constructor(private readonly urlFor: (root: Voice['root'], mediaPath: string) => string) {}

  /** Staff's master volume times the patient's comfort volume, 0..1. */
  setVolume(volume: number): void {
    this.volume = Math.min(1, Math.max(0, volume));
  }

  /** Brings what plays in line with the plan; calling it again with the same plan changes nothing. */
  reconcile(plan: SoundPlan | null): void {
    const wanted = new Map((plan?.voices ?? []).map((v) => [v.key, v]));
    for (const [key, voice] of this.voices) {
      if (!wanted.has(key)) this.retire(key, voice);
    }
    for (const voice of wanted.values()) {
      const target = voice.gain * (plan?.master ?? 0) * this.volume;
      const playing = this.voices.get(voice.key) ?? this.begin(voice);
      this.steer(playing, voice, target);
    }
    this.publish();
  }

  private begin(voice: Voice): PlayingVoice & { mediaPath: string } {
    const playing: PlayingVoice & { mediaPath: string } = {
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
      this.attachMeter();
      this.publish();
    });
    playing.howl.once('loaderror', (_id, error) => {
      playing.status = 'failed';
      playing.error = `could not load (${String(error)})`;
      this.publish();
    });
    playing.howl.on('playerror', (_id, error) => {
      playing.error = `could not play (${String(error)})`;
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
      if (typeof position !== 'number' || Math.abs(position - voice.offsetSec) > SEEK_TOLERANCE_SEC)
        howl.seek(voice.offsetSec);
      howl.volume(0);
      howl.play();
      playing.status = 'playing';
    }
    // Ramp from where the sound really is, so a re-aimed fade never steps.
    if (Math.abs(target - playing.gain) > SILENT) howl.fade(howl.volume(), target, RAMP_MS);
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
    if (voice.status !== 'playing' || voice.gain <= SILENT) {
      howl.off();
      howl.unload();
      return;
    }
    howl.fade(voice.gain, 0, STOP_FADE_MS);
    howl.once('fade', () => {
      howl.off();
      howl.unload();
    });
  }

  /** Routes Howler's master output through an analyser so the meter reads what really plays. */
  private attachMeter(): void {
    if (this.analyser || !Howler.ctx || !Howler.masterGain) return;
    const analyser = Howler.ctx.createAnalyser();
    analyser.fftSize = 2048;
    Howler.masterGain.disconnect();
    Howler.masterGain.connect(analyser);
    analyser.connect(Howler.ctx.destination);
    this.analyser = analyser;
    this.samples = new Float32Array(new ArrayBuffer(analyser.fftSize * 4));
  }

  /** Output level now, in dBFS (RMS over the last ~46 ms); -Infinity when nothing plays. */
  levelDb(): number {
    if (!this.analyser || !this.samples) return -Infinity;
    this.analyser.getFloatTimeDomainData(this.samples);
    let sum = 0;
    for (const sample of this.samples) sum += sample * sample;
    const rms = Math.sqrt(sum / this.samples.length);
    return rms > 0 ? 20 * Math.log10(rms) : -Infinity;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AudioSnapshot => this.snapshot;

  private publish(): void {
    const blocked = Howler.ctx?.state === 'suspended' && this.voices.size > 0;
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

  dispose(): void {
    for (const [key, voice] of this.voices) {
      this.voices.delete(key);
      voice.howl.off();
      voice.howl.unload();
    }
  }
}
