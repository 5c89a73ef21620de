import type { Howl, HowlOptions } from 'howler';

/**
 * One voice's own gain on the audio thread, between its sound and the room's output. Gains move
 * here, never through howler's volume or fade, which howler queues behind a streamed sound's
 * pending play() and may never run.
 */
export interface VoiceChannel {
  /** Moves the gain from wherever it is now to `gain` (0..1) in a straight line over `ms`. */
  rampTo(gain: number, ms: number): void;
  /** What the listener gets from this voice now (0..1): this gain times the sound's own volume, read back. */
  readBack(): number;
  /** Puts the voice right at once: the sound's own volume back to full, every node routed through here, the gain at `gain`. */
  repair(gain: number): void;
  /** Fades to silence over `ms`, then leaves the audio graph. */
  release(ms: number): void;
}

/** Where the room's sounds meet: a channel per voice, the output meter, and the patient's previews. */
export interface Mixer {
  /** A channel for a new sound, at gain 0; the sound is heard only through it. */
  channel(howl: Howl): VoiceChannel;
  /** Puts a sound (a patient's preview) straight on the measured output. */
  include(howl: Howl): void;
  /** Output level now, in dBFS; -Infinity when nothing plays. */
  levelDb(): number;
}

/** What the engine needs from the page; unit tests pass fakes that behave like howler and Web Audio. */
export interface EnginePorts {
  createHowl(options: HowlOptions): Howl;
  mixer: Mixer;
  /** Monotonic milliseconds. */
  now(): number;
  /** True while the browser keeps audio suspended until someone clicks. */
  suspended(): boolean;
  /** Runs `fn` once, `ms` from now. */
  after(ms: number, fn: () => void): void;
}
