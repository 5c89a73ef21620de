import { Howler, type Howl } from 'howler';

/**
 * How far ahead the output renders, in seconds. Nothing here needs a quick reaction (fades last
 * seconds), and each render wakes the audio and media threads: Chromium's 'playback' hint still
 * renders every ~23 ms, while a tenth of a second cuts the sound's CPU to less than half that of
 * a bare <audio> element (`npm run bench`). Heard about 0.3 s after it is asked for.
 */
export const OUTPUT_LATENCY_SEC = 0.1;

/**
 * Gives Howler an AudioContext made for playback (large buffers, much less CPU) instead of the
 * low-latency one it would make for games. Must run before the first Howl is created.
 */
export function preparePlaybackContext(): void {
  // Howler's mobile helpers would undo this: its unlock step replaces any context whose rate
  // is not 44.1 kHz (unloading every sound), and its auto-suspend counts only Web Audio
  // sounds, so it could suspend the context that streamed tracks are routed through.
  Howler.autoUnlock = false;
  Howler.autoSuspend = false;
  if (Howler.ctx || typeof AudioContext === 'undefined') return;
  Howler.ctx = new AudioContext({ latencyHint: OUTPUT_LATENCY_SEC });
  Howler.masterGain = Howler.ctx.createGain();
  Howler.masterGain.connect(Howler.ctx.destination);
}

/**
 * Measures what really reaches the output: an AnalyserNode between Howler's master gain and
 * the speakers. Streamed (html5) sounds are routed into the same graph so they count too.
 */
export class OutputMeter {
  private analyser: AnalyserNode | null = null;
  private samples: Float32Array<ArrayBuffer> | null = null;
  private readonly routed = new WeakSet<HTMLMediaElement>();

  private attach(): AnalyserNode | null {
    if (this.analyser) return this.analyser;
    if (!Howler.ctx || !Howler.masterGain) return null;
    const analyser = Howler.ctx.createAnalyser();
    analyser.fftSize = 2048;
    Howler.masterGain.disconnect();
    Howler.masterGain.connect(analyser);
    analyser.connect(Howler.ctx.destination);
    this.analyser = analyser;
    this.samples = new Float32Array(new ArrayBuffer(analyser.fftSize * 4));
    return analyser;
  }

  /** Adds a sound's output to the measured path (needed for html5 sounds; Web Audio ones are already on it). */
  include(howl: Howl): void {
    if (!this.attach() || !Howler.ctx || !Howler.masterGain) return;
    // howler keeps an html5 sound's <audio> element private; this is the one place that reaches in.
    const sounds = (howl as unknown as { _sounds?: { _node?: unknown }[] })._sounds ?? [];
    for (const { _node: node } of sounds) {
      if (!(node instanceof HTMLMediaElement) || this.routed.has(node)) continue;
      Howler.ctx.createMediaElementSource(node).connect(Howler.masterGain);
      this.routed.add(node);
    }
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
}
