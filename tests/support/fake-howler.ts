import type { Howl, HowlOptions } from 'howler';

/**
 * A stand-in for howler 2.2 where no browser runs (unit tests). It copies the behaviour the room's
 * engine has to survive, line for line where it matters:
 * - events reach listeners on a later turn (howler's `setTimeout(fn, 0)`), and only the listeners
 *   that existed when the event fired; a cached Web Audio file fires `load` inside the constructor;
 * - while a streamed sound's play() promise is pending (the "play lock"), volume, fade, pause and
 *   seek are queued, and the queue only moves on when an event of the queued kind fires, so a
 *   queued call can wait for ever;
 * - loads and play promises settle at once, late (when the test says), or never.
 * Time is the test's: nothing moves until `advance()`.
 */

export type Settle = 'at-once' | 'late' | 'never';
export interface SourceBehaviour {
  /** When loading ends; a Web Audio file already decoded once always loads inside the constructor. */
  load: Settle;
  loadError?: boolean;
  /** When a streamed sound's play() promise settles. */
  play: Settle;
  playRefused?: boolean;
  /** Real length of the audio (seconds); playback ends there. */
  durationSec: number;
}

const DEFAULT: SourceBehaviour = { load: 'late', play: 'at-once', durationSec: 3600 };

interface Listener {
  fn: (...args: unknown[]) => void;
  once: boolean;
}

interface FakeSound {
  _id: number;
  _paused: boolean;
  _ended: boolean;
  /** Position when last paused or moved. */
  _seek: number;
  /** The element really advances (its play() promise resolved, nothing stalled it). */
  running: boolean;
  runningSince: number;
  /** The `<audio>` element's own volume, or the Web Audio sound's gain. */
  _node: { volume: number; muted: boolean };
}

export class FakeHowler {
  now = 0;
  readonly howls: FakeHowl[] = [];
  /** Web Audio files decoded once (howler's module-level cache). */
  readonly cache = new Set<string>();
  private readonly behaviours = new Map<string, Partial<SourceBehaviour>>();
  private pending: (() => void)[] = [];
  private timers: { at: number; fn: () => void }[] = [];
  private ids = 1000;

  /** Like `setTimeout(fn, ms)` on the test's clock. */
  after = (ms: number, fn: () => void): void => {
    this.timers.push({ at: this.now + ms, fn });
  };

  behave(src: string, behaviour: Partial<SourceBehaviour>): void {
    this.behaviours.set(src, { ...this.behaviours.get(src), ...behaviour });
  }

  behaviourOf(src: string): SourceBehaviour {
    return { ...DEFAULT, ...this.behaviours.get(src) };
  }

  nextId(): number {
    return ++this.ids;
  }

  /** Like `setTimeout(fn, 0)`: runs on the next `flush()`. */
  later(fn: () => void): void {
    this.pending.push(fn);
  }

  /** Runs everything howler had put off to a later turn, including what that schedules. */
  flush(): void {
    for (let guard = 0; this.pending.length > 0 && guard < 100; guard++) {
      const due = this.pending;
      this.pending = [];
      for (const fn of due) fn();
    }
  }

  /** Settles every late load and play promise. */
  settleLate(): void {
    for (const howl of this.howls) howl.settleLate();
    this.flush();
  }

  advance(ms: number): void {
    this.now += ms;
    for (const howl of this.howls) howl.tick();
    const due = this.timers.filter((t) => t.at <= this.now);
    this.timers = this.timers.filter((t) => t.at > this.now);
    for (const timer of due) timer.fn();
    this.flush();
  }

  createHowl = (options: HowlOptions): Howl => {
    const howl = new FakeHowl(this, options);
    this.howls.push(howl);
    return howl as unknown as Howl;
  };

  /** The live (not unloaded) howls playing one source. */
  of(src: string): FakeHowl[] {
    return this.howls.filter((h) => h.src === src && h.state() !== 'unloaded');
  }
}

export class FakeHowl {
  readonly src: string;
  readonly html5: boolean;
  readonly loop: boolean;
  _state: 'unloaded' | 'loading' | 'loaded' = 'loading';
  _playLock = false;
  _volume: number;
  _queue: { event: string; action: () => void }[] = [];
  _sounds: FakeSound[] = [];
  private readonly events = new Map<string, Listener[]>();
  private loadDue = false;
  private playDue: (() => void) | null = null;
  private fadeTo: { to: number; at: number } | null = null;

  constructor(
    private readonly world: FakeHowler,
    options: HowlOptions,
  ) {
    this.src = String(Array.isArray(options.src) ? options.src[0] : options.src);
    this.html5 = options.html5 ?? false;
    this.loop = options.loop ?? false;
    this._volume = options.volume ?? 1;
    for (const name of ['load', 'loaderror', 'play', 'playerror', 'end', 'pause', 'fade']) {
      const fn = (options as unknown as Record<string, unknown>)[`on${name}`];
      if (typeof fn === 'function') this.on(name, fn as Listener['fn']);
    }
    this._sounds.push(this.newSound());
    const behaviour = world.behaviourOf(this.src);
    if (!this.html5 && world.cache.has(this.src)) this.loaded();
    else if (behaviour.load === 'at-once') world.later(() => this.finishLoad());
    else if (behaviour.load === 'late') this.loadDue = true;
  }

  private newSound(): FakeSound {
    const volume = this._volume;
    return {
      _id: this.world.nextId(),
      _paused: true,
      _ended: true,
      _seek: 0,
      running: false,
      runningSince: 0,
      _node: { volume, muted: false },
    };
  }

  private get behaviour(): SourceBehaviour {
    return this.world.behaviourOf(this.src);
  }

  private finishLoad(): void {
    if (this._state !== 'loading') return;
    if (this.behaviour.loadError) {
      this.emit('loaderror', this._sounds[0]?._id, 4);
      return;
    }
    if (!this.html5) this.world.cache.add(this.src);
    this.loaded();
  }

  private loaded(): void {
    this._state = 'loaded';
    this.emit('load');
    this.loadQueue();
  }

  settleLate(): void {
    if (this.loadDue) {
      this.loadDue = false;
      this.finishLoad();
    }
    if (this.playDue) {
      const resolve = this.playDue;
      this.playDue = null;
      resolve();
    }
  }

  // --- howler's public API, as the engine uses it ---

  state(): 'unloaded' | 'loading' | 'loaded' {
    return this._state;
  }

  duration(): number {
    return this._state === 'loaded' ? this.behaviour.durationSec : 0;
  }

  playing(): boolean {
    return this._sounds.some((s) => !s._paused);
  }

  on(event: string, fn: Listener['fn'], _id?: number, once = false): this {
    this.events.set(event, [...(this.events.get(event) ?? []), { fn, once }]);
    return this;
  }

  once(event: string, fn: Listener['fn']): this {
    return this.on(event, fn, undefined, true);
  }

  off(event?: string, fn?: Listener['fn']): this {
    if (event === undefined) this.events.clear();
    else if (fn === undefined) this.events.delete(event);
    else
      this.events.set(
        event,
        (this.events.get(event) ?? []).filter((l) => l.fn !== fn),
      );
    return this;
  }

  play(id?: number): number | null {
    let sound = id === undefined ? undefined : this._sounds.find((s) => s._id === id);
    if (id === undefined && !this._playLock) {
      const paused = this._sounds.filter((s) => s._paused && !s._ended);
      if (paused.length === 1) sound = paused[0];
    }
    sound ??= this._sounds.find((s) => s._ended) ?? this.addSound();
    if (this._state !== 'loaded') {
      sound._ended = false;
      const soundId = sound._id;
      this._queue.push({ event: 'play', action: () => void this.play(soundId) });
      return soundId;
    }
    if (id !== undefined && !sound._paused) {
      this.loadQueue('play');
      return sound._id;
    }
    sound._ended = false;
    const start = () => {
      sound._paused = false;
      sound.running = true;
      sound.runningSince = this.world.now;
    };
    if (!this.html5) {
      start();
      this.world.later(() => {
        this.emit('play', sound._id);
        this.loadQueue();
      });
      return sound._id;
    }
    // Streamed: the element's play() promise settles later; until then the lock holds.
    sound._node.volume = this._volume;
    this._playLock = true;
    sound._paused = false;
    const settle = () => {
      this._playLock = false;
      if (this.behaviour.playRefused) {
        sound._paused = true;
        sound._ended = true;
        this.emit('playerror', sound._id, 'Playback was unable to start.');
        return;
      }
      start();
      this.emit('play', sound._id);
    };
    const when = this.behaviour.play;
    if (when === 'at-once') this.world.later(settle);
    else if (when === 'late') this.playDue = settle;
    return sound._id;
  }

  private addSound(): FakeSound {
    const sound = this.newSound();
    this._sounds.push(sound);
    return sound;
  }

  pause(id?: number): this {
    if (this._state !== 'loaded' || this._playLock) {
      this._queue.push({ event: 'pause', action: () => void this.pause(id) });
      return this;
    }
    for (const sound of this._sounds.filter((s) => id === undefined || s._id === id)) {
      if (sound._paused) continue;
      sound._seek = this.positionOf(sound);
      sound._paused = true;
      sound.running = false;
      this.fadeTo = null;
      this.emit('pause', sound._id);
    }
    return this;
  }

  seek(to?: number): number | this {
    const sound = this._sounds[0];
    if (!sound) return 0;
    if (to === undefined) return this.positionOf(sound);
    if (this._state !== 'loaded' || this._playLock) {
      this._queue.push({ event: 'seek', action: () => void this.seek(to) });
      return this;
    }
    sound._seek = to;
    sound._ended = false;
    if (sound.running) sound.runningSince = this.world.now;
    this.emit('seek', sound._id);
    return this;
  }

  volume(to?: number): number | this {
    if (to === undefined) return this._volume;
    if (this._state !== 'loaded' || this._playLock) {
      this._queue.push({ event: 'volume', action: () => void this.volume(to) });
      return this;
    }
    this._volume = to;
    for (const sound of this._sounds) sound._node.volume = to;
    this.emit('volume', this._sounds[0]?._id);
    return this;
  }

  fade(from: number, to: number, ms: number): this {
    if (this._state !== 'loaded' || this._playLock) {
      this._queue.push({ event: 'fade', action: () => void this.fade(from, to, ms) });
      return this;
    }
    this.volume(from);
    // howler steps the volume on timers; the fake lands on the end value when the time is up.
    this.fadeTo = { to, at: this.world.now + ms };
    return this;
  }

  unload(): void {
    for (const sound of this._sounds) sound.running = false;
    this._sounds = [];
    this._queue = [];
    this.events.clear();
    this._state = 'unloaded';
  }

  // --- test controls ---

  /** The element stops advancing (a network stall, a decoder stuck) while howler still thinks it plays. */
  stall(): void {
    for (const sound of this._sounds) {
      if (!sound.running) continue;
      sound._seek = this.positionOf(sound);
      sound.running = false;
    }
  }

  /** Whether any sound of this howl really advances now. */
  get advancing(): boolean {
    return this._sounds.some((s) => s.running);
  }

  tick(): void {
    if (this.fadeTo && this.world.now >= this.fadeTo.at) {
      const { to } = this.fadeTo;
      this.fadeTo = null;
      this._volume = to;
      for (const sound of this._sounds) sound._node.volume = to;
      this.emit('fade', this._sounds[0]?._id);
    }
    for (const sound of this._sounds) {
      if (!sound.running || this.loop) continue;
      if (this.positionOf(sound) < this.behaviour.durationSec) continue;
      sound._seek = this.behaviour.durationSec;
      sound.running = false;
      sound._paused = true;
      sound._ended = true;
      this.emit('end', sound._id);
    }
  }

  private positionOf(sound: FakeSound): number {
    if (!sound.running) return sound._seek;
    const at = sound._seek + (this.world.now - sound.runningSince) / 1000;
    return this.loop ? at : Math.min(at, this.behaviour.durationSec);
  }

  private emit(event: string, id?: number, message?: unknown): void {
    const listeners = this.events.get(event) ?? [];
    for (const listener of [...listeners].reverse()) {
      this.world.later(() => listener.fn(id, message));
      if (listener.once) this.off(event, listener.fn);
    }
    this.loadQueue(event);
  }

  /** howler's `_loadQueue`, exactly: a queued task moves on only when its own kind of event fires. */
  private loadQueue(event?: string): void {
    const task = this._queue[0];
    if (!task) return;
    if (task.event === event) {
      this._queue.shift();
      this.loadQueue();
    }
    if (!event) task.action();
  }
}
