import { beforeEach, describe, expect, it } from 'vitest';
import { AudioEngine } from '../../../../../renderer/src/audio/audio-engine';
import { AMBIENCES } from '@domain/audio/ambience';
import { FALLBACK_AMBIENCE, type SoundPlan, type Voice } from '@domain/audio/sound-plan';
import { formatClock } from '@domain/session/format';
import { FakeHowler, type FakeHowl } from '../../../../support/fake-howler';
import { FakeMixer } from '../../../../support/fake-mixer';

const AMBIENCE = `assets/${AMBIENCES[FALLBACK_AMBIENCE].mediaPath}`;
const src = (mediaPath: string) => `track/${mediaPath}`;

let howler: FakeHowler;
let mixer: FakeMixer;
let engine: AudioEngine;

beforeEach(() => {
  howler = new FakeHowler();
  mixer = new FakeMixer(howler);
  engine = new AudioEngine((root, mediaPath) => `${root}/${mediaPath}`, {
    createHowl: howler.createHowl,
    mixer,
    now: () => howler.now,
    suspended: () => false,
    after: howler.after,
  });
});

/** A library track in the plan: `gain` 0 while it waits to begin. */
function track(mediaPath: string, gain: number, offsetSec = 0, lengthSec = 60): Voice {
  return { key: `p:${mediaPath}`, root: 'track', mediaPath, loop: false, stream: true, offsetSec, gain, lengthSec };
}
const plan = (...voices: Voice[]): SoundPlan => ({ master: 1, voices, nextChangeInSec: Infinity });

/** Reconciles every `stepMs` for `forMs`, howler's deferred events running in between, as in the page. */
function run(wanted: SoundPlan | (() => SoundPlan), forMs: number, stepMs = 250): void {
  for (let t = 0; t < forMs; t += stepMs) {
    engine.reconcile(typeof wanted === 'function' ? wanted() : wanted);
    howler.flush();
    howler.advance(stepMs);
  }
}

const live = (s: string): FakeHowl => {
  const howls = howler.of(s);
  expect(howls, `one sound for ${s}`).toHaveLength(1);
  return howls[0]!;
};
const heard = (s: string) => mixer.heard(live(s));
const alerts = () => engine.getSnapshot().voices.flatMap((v) => (v.error ? [v.error] : []));

describe('the room never goes silent while the plan asks for sound', () => {
  it('with no crossfade the next track is heard at its planned gain, though its play() settles late', () => {
    howler.behave(src('one.ogg'), { load: 'at-once' });
    howler.behave(src('two.ogg'), { load: 'late', play: 'late' });
    run(plan(track('one.ogg', 0.8), track('two.ogg', 0)), 2_000);
    howler.settleLate();
    expect(heard(src('one.ogg'))).toBeCloseTo(0.8);

    // The first track ends; the second must sound at once, at full gain.
    engine.reconcile(plan(track('two.ogg', 0.8)));
    howler.advance(100);
    howler.settleLate(); // its play() promise settles only now
    run(plan(track('two.ogg', 0.8, 0.4)), 1_000);
    expect(heard(src('two.ogg'))).toBeCloseTo(0.8);
    expect(alerts()).toEqual([]);
  });

  it('a second stand-in whose ambience is already decoded (load fires inside new Howl) plays', () => {
    howler.behave(src('gone.ogg'), { load: 'at-once', loadError: true });
    howler.behave(src('damaged.ogg'), { load: 'at-once', loadError: true });
    howler.behave(AMBIENCE, { load: 'at-once' });

    run(plan(track('gone.ogg', 0.7)), 2_000);
    expect(heard(AMBIENCE)).toBeCloseTo(0.7);

    run(plan(track('damaged.ogg', 0.7)), 2_000);
    expect(howler.cache.has(AMBIENCE)).toBe(true);
    expect(heard(AMBIENCE)).toBeCloseTo(0.7);
    expect(alerts()).toEqual([
      expect.stringMatching(/could not be loaded .*; built-in ambience \(Soft rain\) plays instead/),
    ]);
  });

  it('a track whose load never ends is replaced by ambience within two seconds', () => {
    howler.behave(src('hangs.ogg'), { load: 'never' });
    howler.behave(AMBIENCE, { load: 'at-once' });
    run(plan(track('hangs.ogg', 0.6)), 2_000);
    expect(heard(AMBIENCE)).toBeGreaterThan(0.3);
    expect(alerts()).toEqual([expect.stringMatching(/did not load in time; built-in ambience/)]);
  });

  it('a track whose play() never settles (it never starts) is replaced by ambience within two seconds', () => {
    howler.behave(src('stuck.ogg'), { load: 'at-once', play: 'never' });
    howler.behave(AMBIENCE, { load: 'at-once' });
    run(plan(track('stuck.ogg', 0.6)), 2_000);
    expect(heard(AMBIENCE)).toBeGreaterThan(0.3);
    expect(alerts()).toEqual([expect.stringMatching(/did not start playing; built-in ambience/)]);
  });

  it('a track that stops advancing mid-way is replaced within two seconds, and the alert says where', () => {
    howler.behave(src('stalls.ogg'), { load: 'at-once' });
    howler.behave(AMBIENCE, { load: 'at-once' });
    let offset = 0;
    const moving = () => plan(track('stalls.ogg', 0.6, (offset += 0.25)));
    run(moving, 20_000);
    expect(heard(src('stalls.ogg'))).toBeCloseTo(0.6);
    const stalled = live(src('stalls.ogg'));
    stalled.stall();
    const at = formatClock(stalled.seek() as number);
    run(moving, 2_000);
    expect(heard(AMBIENCE)).toBeGreaterThan(0.3);
    expect(alerts()).toEqual([`stopped playing at ${at} of 1:00; built-in ambience (Soft rain) plays instead`]);
  });

  it('a track that ends long before its listed length (a cut-off download) is replaced by ambience', () => {
    howler.behave(src('cut.mp3'), { load: 'at-once', durationSec: 24 });
    howler.behave(AMBIENCE, { load: 'at-once' });
    let offset = 0;
    run(() => plan(track('cut.mp3', 0.6, (offset += 0.25), 60)), 26_000);
    expect(heard(AMBIENCE)).toBeGreaterThan(0.3);
    expect(alerts()).toEqual([expect.stringMatching(/stopped playing at 0:24 of 1:00; built-in ambience/)]);
  });

  it('a track that ends on time is no fault', () => {
    howler.behave(src('whole.ogg'), { load: 'at-once', durationSec: 10 });
    let offset = 0;
    run(() => plan(track('whole.ogg', offset < 9.5 ? 0.6 : 0, Math.min(10, (offset += 0.25)), 10)), 12_000);
    expect(alerts()).toEqual([]);
    expect(howler.of(AMBIENCE)).toHaveLength(0);
  });

  it('a quiet track keeps playing: only what the engine reads back (volume, position, errors) is judged', () => {
    howler.behave(src('whisper.ogg'), { load: 'at-once' });
    let offset = 0;
    run(() => plan(track('whisper.ogg', 0.01, (offset += 0.25))), 30_000);
    expect(heard(src('whisper.ogg'))).toBeCloseTo(0.01);
    expect(alerts()).toEqual([]);
  });
});

describe('the plan and the output agree', () => {
  it('a volume changed behind the engine’s back is put right after a second pass, and logged', () => {
    howler.behave(src('one.ogg'), { load: 'at-once' });
    let offset = 0;
    const steady = () => plan(track('one.ogg', 0.5, (offset += 0.25)));
    run(steady, 2_000);
    // A call howler had queued long ago runs now and mutes the element.
    live(src('one.ogg'))._sounds[0]!._node.volume = 0;
    run(steady, 250);
    run(steady, 500);
    expect(heard(src('one.ogg'))).toBeCloseTo(0.5);
    expect(engine.recentLog().at(-1)).toMatch(/one\.ogg.* was at 0\.00 instead of 0\.50/);
  });

  it('a fade-out that howler would queue for ever still reaches silence, and the sound is let go', () => {
    howler.behave(src('one.ogg'), { load: 'at-once' });
    run(plan(track('one.ogg', 0.8)), 1_000);
    const howl = live(src('one.ogg'));
    run(plan(), 2_000);
    expect(mixer.heard(howl)).toBe(0);
    expect(howl.state()).toBe('unloaded');
  });

  it('a browser that holds playback back is reported as blocked and retried, not replaced', () => {
    howler.behave(src('one.ogg'), { load: 'at-once', playRefused: true });
    run(plan(track('one.ogg', 0.8)), 3_000);
    expect(engine.getSnapshot().blocked).toBe(true);
    expect(howler.of(AMBIENCE)).toHaveLength(0);
    howler.behave(src('one.ogg'), { playRefused: false });
    run(plan(track('one.ogg', 0.8, 3)), 1_000);
    expect(engine.getSnapshot().blocked).toBe(false);
    expect(heard(src('one.ogg'))).toBeCloseTo(0.8);
  });
});

describe('what a listener hears as the plan moves', () => {
  /** The plan's gains as a crossfade of `ms` from one track to the next, `t` ms in. */
  const crossfade = (t: number, ms: number, offset: number) =>
    plan(
      track('one.ogg', Math.max(0, 0.8 * (1 - t / ms)), 50 + offset),
      track('two.ogg', Math.min(0.8, (0.8 * t) / ms), offset),
    );

  it('a crossfade lowers one track while the next rises, never a gap, and then lets the first go', () => {
    howler.behave(src('one.ogg'), { load: 'at-once' });
    howler.behave(src('two.ogg'), { load: 'at-once' });
    run(plan(track('one.ogg', 0.8, 50)), 1_000);
    const first = live(src('one.ogg'));
    const heardOverTime: { one: number; two: number }[] = [];
    for (let t = 0; t <= 6_000; t += 250) {
      engine.reconcile(crossfade(t, 6_000, t / 1000));
      howler.flush();
      howler.advance(250);
      heardOverTime.push({ one: mixer.heard(first), two: heard(src('two.ogg')) });
    }
    const middle = heardOverTime[12]!;
    expect(middle.one).toBeGreaterThan(0.2);
    expect(middle.two).toBeGreaterThan(0.2);
    // Each step the first is no louder than before and the second no quieter: no jumps back.
    heardOverTime.slice(1).forEach((now, i) => {
      expect(now.one).toBeLessThanOrEqual(heardOverTime[i]!.one + 1e-9);
      expect(now.two).toBeGreaterThanOrEqual(heardOverTime[i]!.two - 1e-9);
    });
    expect(heardOverTime.every(({ one, two }) => one + two > 0.5)).toBe(true);

    run(plan(track('two.ogg', 0.8, 7)), 2_000);
    expect(heard(src('two.ogg'))).toBeCloseTo(0.8);
    expect(first.state()).toBe('unloaded');
  });

  it('a track leaving the plan fades out over a second and a half instead of stopping', () => {
    howler.behave(src('one.ogg'), { load: 'at-once' });
    run(plan(track('one.ogg', 0.8)), 1_000);
    const howl = live(src('one.ogg'));
    engine.reconcile(plan());
    const overTime = [500, 500, 500].map((ms) => {
      howler.advance(ms);
      return mixer.heard(howl);
    });
    expect(overTime[0]).toBeGreaterThan(0.4);
    expect(overTime[0]).toBeLessThan(0.8);
    expect(overTime[1]).toBeLessThan(overTime[0]!);
    expect(overTime[2]).toBe(0);
    expect(howl.state()).toBe('unloaded');
  });

  it('the same plan reconciled again does not restart the track or move it', () => {
    howler.behave(src('one.ogg'), { load: 'at-once' });
    run(plan(track('one.ogg', 0.8, 10)), 2_000);
    const howl = live(src('one.ogg'));
    const before = howl.seek() as number;
    engine.reconcile(plan(track('one.ogg', 0.8, 10)));
    engine.reconcile(plan(track('one.ogg', 0.8, 10)));
    howler.flush();
    howler.advance(500);
    expect(howler.of(src('one.ogg'))).toEqual([howl]);
    expect(howl.seek()).toBeCloseTo(before + 0.5);
    expect(heard(src('one.ogg'))).toBeCloseTo(0.8);
  });

  it('a track that fails to load is heard as ambience rising to the planned gain, not as a jump', () => {
    howler.behave(src('gone.ogg'), { load: 'at-once', loadError: true });
    howler.behave(AMBIENCE, { load: 'at-once' });
    engine.reconcile(plan(track('gone.ogg', 0.7)));
    howler.flush();
    engine.reconcile(plan(track('gone.ogg', 0.7)));
    howler.flush();
    engine.reconcile(plan(track('gone.ogg', 0.7)));
    howler.flush();
    howler.advance(100);
    const rising = heard(AMBIENCE);
    expect(rising).toBeGreaterThan(0);
    expect(rising).toBeLessThan(0.7);
    run(plan(track('gone.ogg', 0.7)), 1_000);
    expect(heard(AMBIENCE)).toBeCloseTo(0.7);
    expect(howler.of(src('gone.ogg'))).toHaveLength(0);
  });
});
