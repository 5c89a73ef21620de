import { Howl, Howler } from 'howler';
import { releaseStreamsQuietly } from './quiet-release';
import { OutputMeter, preparePlaybackContext, soundNodes } from './output-meter';
import type { EnginePorts, Mixer, VoiceChannel } from './sound-ports';

/** The sound's own volume as the audio graph has it: the element's volume, or its Web Audio gain. */
function ownVolume(node: unknown): number {
  if (node instanceof HTMLMediaElement) return node.muted ? 0 : node.volume;
  if (node instanceof GainNode) return node.gain.value;
  return 0;
}

/** A GainNode of the voice's own between its sound and the room's (measured) output. */
class WebAudioChannel implements VoiceChannel {
  private readonly gain: GainNode;
  private readonly routed = new WeakSet<object>();
  /** The ramp now scheduled, in the context's seconds. */
  private ramp = { from: 0, to: 0, start: 0, end: 0 };

  constructor(
    private readonly context: AudioContext,
    private readonly howl: Howl,
    private readonly meter: OutputMeter,
    output: AudioNode,
  ) {
    this.gain = context.createGain();
    this.gain.gain.value = 0;
    this.gain.connect(output);
    this.route();
  }

  /** Sends every node howler made for the sound through this channel (howler may add one on play). */
  private route(): void {
    for (const node of soundNodes(this.howl)) {
      if (!(node instanceof Object) || this.routed.has(node)) continue;
      if (node instanceof HTMLMediaElement) this.meter.route(node, this.gain);
      else if (node instanceof AudioNode) {
        node.disconnect();
        node.connect(this.gain);
      } else continue;
      this.routed.add(node);
    }
  }

  rampTo(gain: number, ms: number): void {
    this.route();
    // Start from where the current ramp has got to, worked out from the ramp itself: a ramp
    // scheduled after a long-finished one would otherwise start from that one's end time, in
    // the past, and jump.
    const now = this.context.currentTime;
    const { from, to, start, end } = this.ramp;
    const current = now >= end ? to : from + ((to - from) * (now - start)) / (end - start);
    const param = this.gain.gain;
    param.cancelScheduledValues(now);
    param.setValueAtTime(current, now);
    param.linearRampToValueAtTime(gain, now + ms / 1000);
    this.ramp = { from: current, to: gain, start: now, end: now + ms / 1000 };
  }

  readBack(): number {
    const [node] = soundNodes(this.howl);
    return this.gain.gain.value * ownVolume(node);
  }

  repair(gain: number): void {
    for (const node of soundNodes(this.howl)) {
      if (node instanceof HTMLMediaElement) {
        node.muted = false;
        node.volume = 1;
      } else if (node instanceof GainNode) node.gain.setValueAtTime(1, this.context.currentTime);
    }
    this.route();
    const now = this.context.currentTime;
    this.gain.gain.cancelScheduledValues(0);
    this.gain.gain.setValueAtTime(gain, now);
    this.ramp = { from: gain, to: gain, start: now, end: now };
  }

  release(ms: number): void {
    this.rampTo(0, ms);
    setTimeout(() => this.gain.disconnect(), ms + 100);
  }
}

/** Without Web Audio (never in Chromium) a voice can only be silent. */
const MUTE: VoiceChannel = { rampTo() {}, readBack: () => 0, repair() {}, release() {} };

/** The room's real sound: howler, one Web Audio channel per voice, the output meter, the page's clock. */
export function createRoomPorts(): EnginePorts {
  preparePlaybackContext();
  releaseStreamsQuietly();
  // A browser keeps audio suspended until the page is clicked; the first click lets it play.
  const resume = () => void Howler.ctx?.resume();
  document.addEventListener('pointerdown', resume, { capture: true });
  document.addEventListener('keydown', resume, { capture: true });
  const meter = new OutputMeter();
  const mixer: Mixer = {
    channel: (howl) => {
      const output = meter.input();
      return Howler.ctx && output ? new WebAudioChannel(Howler.ctx, howl, meter, output) : MUTE;
    },
    include: (howl) => meter.include(howl),
    levelDb: () => meter.levelDb(),
  };
  return {
    createHowl: (options) => new Howl(options),
    mixer,
    now: () => performance.now(),
    suspended: () => Howler.ctx?.state === 'suspended',
    after: (ms, fn) => void setTimeout(fn, ms),
  };
}
