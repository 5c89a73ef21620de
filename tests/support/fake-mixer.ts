import type { Howl } from 'howler';
import type { Mixer, VoiceChannel } from '../../renderer/src/audio/sound-ports';
import type { FakeHowl, FakeHowler } from './fake-howler';

/**
 * A stand-in for the Web Audio graph where no browser runs: a GainNode's linear ramp, computed
 * on the test's clock, in front of each fake howl's own volume.
 */
class FakeChannel implements VoiceChannel {
  private from = 0;
  private to = 0;
  private startAt = 0;
  private endAt = 0;
  released = false;

  constructor(
    private readonly world: FakeHowler,
    readonly howl: FakeHowl,
  ) {}

  gain(): number {
    const { now } = this.world;
    if (now >= this.endAt) return this.to;
    return this.from + ((this.to - this.from) * (now - this.startAt)) / (this.endAt - this.startAt);
  }

  rampTo(gain: number, ms: number): void {
    this.from = this.gain();
    this.to = gain;
    this.startAt = this.world.now;
    this.endAt = this.world.now + ms;
  }

  readBack(): number {
    return this.gain() * soundVolume(this.howl);
  }

  repair(gain: number): void {
    for (const sound of this.howl._sounds) {
      sound._node.volume = 1;
      sound._node.muted = false;
    }
    this.from = gain;
    this.to = gain;
    this.endAt = this.world.now;
  }

  release(ms: number): void {
    this.rampTo(0, ms);
    this.released = true;
  }
}

const soundVolume = (howl: FakeHowl) => {
  const node = howl._sounds[0]?._node;
  return !node || node.muted ? 0 : node.volume;
};

export class FakeMixer implements Mixer {
  readonly channels = new Map<FakeHowl, FakeChannel>();

  constructor(private readonly world: FakeHowler) {}

  channel(howl: Howl): VoiceChannel {
    const fake = howl as unknown as FakeHowl;
    const channel = new FakeChannel(this.world, fake);
    this.channels.set(fake, channel);
    return channel;
  }

  include(): void {}

  levelDb(): number {
    return -Infinity;
  }

  /**
   * What a listener hears of this howl now (0..1): its channel's gain (full when the engine
   * gave it none), its own volume, and nothing unless the element really advances.
   */
  heard(howl: FakeHowl): number {
    if (!howl.advancing) return 0;
    const channel = this.channels.get(howl);
    return (channel ? channel.gain() : 1) * soundVolume(howl);
  }
}
