import { Howl, Howler } from 'howler';
import { releaseStreamsQuietly } from './quiet-release';

/** A preview is a taste, not the session: this long, then it fades away. */
const PREVIEW_MS = 20_000;
const FADE_IN_MS = 1_500;
const FADE_OUT_MS = 2_000;
/** Previews play well below the session's level. */
const PREVIEW_GAIN = 0.35;
/** The test tone sits at about the loudness of the built-in ambience (-20 dBFS at full comfort). */
const TONE_GAIN = 0.1;
const TONE_HZ = 262;

export interface PatientAudioSnapshot {
  playing: 'preview' | 'tone' | null;
  /** What the preview plays, when one does. */
  previewKey: string | null;
}

/**
 * Sound on the patient screen: a short, quiet preview of a journey and a steady test tone for
 * setting a comfortable volume. One at a time; everything fades in and out. The tone runs on the
 * room's audio path, so the output meter hears it.
 */
export class PatientAudio {
  private preview: { key: string; howl: Howl; timer: ReturnType<typeof setTimeout> } | null = null;
  private tone: { oscillator: OscillatorNode; gain: GainNode } | null = null;
  private level = 1;
  private snapshot: PatientAudioSnapshot = { playing: null, previewKey: null };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly urlFor: (root: 'assets' | 'track', mediaPath: string) => string,
    private readonly measure: (howl: Howl) => void,
  ) {
    releaseStreamsQuietly();
  }

  /** The loudness the patient chose times the room's volume, 0..1; moves smoothly. */
  setLevel(level: number): void {
    this.level = Math.min(1, Math.max(0, level));
    if (this.tone && Howler.ctx) {
      // A move during the tone's fade-in replaces the fade: left scheduled, its end would undo the move.
      const { gain } = this.tone;
      const now = Howler.ctx.currentTime;
      gain.gain.cancelScheduledValues(now);
      gain.gain.setValueAtTime(gain.gain.value, now);
      gain.gain.setTargetAtTime(this.level * TONE_GAIN, now, 0.1);
    }
    this.preview?.howl.volume(this.level * PREVIEW_GAIN);
  }

  playPreview(
    key: string,
    source: { root: 'assets' | 'track'; mediaPath: string; stream: boolean; startSec: number },
  ): void {
    this.stop();
    const howl = new Howl({ src: [this.urlFor(source.root, source.mediaPath)], html5: source.stream, volume: 0 });
    howl.once('load', () => {
      this.measure(howl);
      howl.seek(Math.min(source.startSec, Math.max(0, howl.duration() - PREVIEW_MS / 1000)));
      // A streamed sound starts a moment after play(); the fade waits for it.
      howl.once('play', () => howl.fade(0, this.level * PREVIEW_GAIN, FADE_IN_MS));
      howl.play();
    });
    const timer = setTimeout(() => this.stop(), PREVIEW_MS - FADE_OUT_MS);
    this.preview = { key, howl, timer };
    this.publish({ playing: 'preview', previewKey: key });
  }

  playTone(): void {
    this.stop();
    const context = Howler.ctx;
    if (!context || !Howler.masterGain) return;
    void context.resume();
    const oscillator = context.createOscillator();
    oscillator.frequency.value = TONE_HZ;
    const gain = context.createGain();
    gain.gain.setValueAtTime(0, context.currentTime);
    gain.gain.linearRampToValueAtTime(this.level * TONE_GAIN, context.currentTime + FADE_IN_MS / 1000);
    oscillator.connect(gain).connect(Howler.masterGain);
    oscillator.start();
    this.tone = { oscillator, gain };
    this.publish({ playing: 'tone', previewKey: null });
  }

  /** Fades out whatever plays. */
  stop(): void {
    if (this.preview) {
      const { howl, timer } = this.preview;
      clearTimeout(timer);
      howl.fade(howl.volume(), 0, FADE_OUT_MS);
      howl.once('fade', () => howl.unload());
      this.preview = null;
    }
    if (this.tone && Howler.ctx) {
      const { oscillator, gain } = this.tone;
      const now = Howler.ctx.currentTime;
      gain.gain.cancelScheduledValues(now);
      gain.gain.setValueAtTime(gain.gain.value, now);
      gain.gain.linearRampToValueAtTime(0, now + FADE_OUT_MS / 1000);
      oscillator.stop(now + FADE_OUT_MS / 1000);
      this.tone = null;
    }
    if (this.snapshot.playing !== null) this.publish({ playing: null, previewKey: null });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PatientAudioSnapshot => this.snapshot;

  private publish(snapshot: PatientAudioSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
