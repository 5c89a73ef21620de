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
let gate: GainNode | null = null;

/**
 * The last gain before the output (after the volumes, before the meter): the room's output opens
 * and closes it (`sound-output.ts`), and the meter hears what it lets through.
 */
export const outputGate = (): GainNode | null => gate;

export function preparePlaybackContext(): void {
  // Howler's mobile helpers would undo this: its unlock step replaces any context whose rate
  // is not 44.1 kHz (unloading every sound), and its auto-suspend counts only Web Audio
  // sounds, so it could suspend the context that streamed tracks are routed through.
  Howler.autoUnlock = false;
  Howler.autoSuspend = false;
  if (Howler.ctx || typeof AudioContext === 'undefined') return;
  Howler.ctx = new AudioContext({ latencyHint: OUTPUT_LATENCY_SEC });
  Howler.masterGain = Howler.ctx.createGain();
  gate = Howler.ctx.createGain();
  // Closed until the room's output is known, so nothing plays on a device nobody chose.
  gate.gain.value = 0;
  Howler.masterGain.connect(gate);
  gate.connect(Howler.ctx.destination);
}

/**
 * Measures what really reaches the output: an AnalyserNode between the output gate and the
 * speakers. Streamed (html5) sounds' `<audio>` elements join the same graph through
 * `route`, so they count too.
 */
export class OutputMeter {
  private analyser: AnalyserNode | null = null;
  private samples: Float32Array<ArrayBuffer> | null = null;
  /** An element can be given to Web Audio only once; howler reuses its elements, so the node is kept. */
  private readonly sources = new WeakMap<HTMLMediaElement, MediaElementAudioSourceNode>();

  /** The node every sound should end in (Howler's master gain, now measured), or null without Web Audio. */
  input(): GainNode | null {
    if (!this.analyser && Howler.ctx && Howler.masterGain && gate) {
      const analyser = Howler.ctx.createAnalyser();
      analyser.fftSize = 2048;
      gate.disconnect();
      gate.connect(analyser);
      analyser.connect(Howler.ctx.destination);
      this.analyser = analyser;
      this.samples = new Float32Array(new ArrayBuffer(analyser.fftSize * 4));
    }
    return this.analyser ? Howler.masterGain : null;
  }

  /** Sends an `<audio>` element's sound to `destination` (and nowhere else). */
  route(element: HTMLMediaElement, destination: AudioNode): void {
    if (!Howler.ctx) return;
    let source = this.sources.get(element);
    if (!source) {
      source = Howler.ctx.createMediaElementSource(element);
      this.sources.set(element, source);
    } else {
      source.disconnect();
    }
    source.connect(destination);
  }

  /** Adds a sound's output to the measured path (needed for html5 sounds; Web Audio ones are already on it). */
  include(howl: Howl): void {
    const input = this.input();
    if (!input) return;
    for (const node of soundNodes(howl)) {
      if (node instanceof HTMLMediaElement) this.route(node, input);
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

/**
 * The nodes howler plays a sound through: an `<audio>` element (streamed) or a GainNode (Web
 * Audio). howler keeps them private; this and the room mixer are the only places that reach in.
 */
export function soundNodes(howl: Howl): unknown[] {
  return ((howl as unknown as { _sounds?: { _node?: unknown }[] })._sounds ?? []).map((s) => s._node);
}
