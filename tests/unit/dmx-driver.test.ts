import { describe, expect, it } from 'vitest';
import type { LightPlan, OutputStatus } from '../../main/lights/driver';
import { DmxDriver } from '../../main/lights/dmx/dmx-driver';
import type { PacketSink } from '../../main/lights/dmx/udp-sink';
import type { DmxOutputSettings } from '@domain/light/dmx-settings';
import { ManualClock } from '../support/manual-clock';
import { ManualTimers } from '../support/manual-timers';

const CID = Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i);
const T0 = 1_800_000_000_000;

/** A packet as it left, with the clock at that moment. */
interface Sent {
  at: number;
  packet: Uint8Array;
  host: string;
  port: number;
}

/** Catches packets instead of sending them; can be told to fail like a dead network. */
class FakeSink implements PacketSink {
  readonly sent: Sent[] = [];
  failure: Error | null = null;
  closed = false;
  constructor(private readonly timers: ManualTimers) {}
  async send(packet: Uint8Array, host: string, port: number): Promise<void> {
    if (this.closed) throw new Error('sent after close');
    if (this.failure) throw this.failure;
    this.sent.push({ at: this.timers.clock.now(), packet, host, port });
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

// Field offsets from E1.31-2018 Table 4-1 and the Art-Net 4 ArtDmx layout.
const sacnSlot = (p: Uint8Array, channel: number) => p[125 + channel]!;
const sacnSequence = (p: Uint8Array) => p[111]!;
const sacnTerminated = (p: Uint8Array) => (p[112]! & 0x40) !== 0;
const artnetSlot = (p: Uint8Array, channel: number) => p[17 + channel]!;

const steady = (levelPct: number): LightPlan => ({ levelAt: () => levelPct });
/** A straight fade from `from` to `to` % over `ms`, starting at `start`. */
const fade = (start: number, ms: number, from: number, to: number): LightPlan => ({
  levelAt: (now) => from + (to - from) * Math.min(1, Math.max(0, (now - start) / ms)),
});

/** Lets settled sends report back; the fake sink settles at once, so one turn is enough. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function rig(settings: Partial<DmxOutputSettings> = {}) {
  const timers = new ManualTimers(new ManualClock(0));
  timers.clock.advance(T0);
  const sink = new FakeSink(timers);
  const driver = new DmxDriver({
    settings: {
      protocol: 'sacn',
      host: '10.0.0.20',
      universe: 7,
      startChannel: 1,
      fixtures: 1,
      resolution: '8bit',
      curve: 'linear',
      ...settings,
    },
    cid: CID,
    sourceName: 'Stillroom Room 1',
    clock: timers.clock,
    timers,
    sink,
  });
  return { timers, sink, driver };
}

const gaps = (sent: Sent[]) => sent.slice(1).map((s, i) => s.at - sent[i]!.at);

describe('the DMX driver', () => {
  it('sends nothing before it has a plan', async () => {
    const { timers, sink, driver } = rig();
    await timers.advance(10_000);
    expect(sink.sent).toEqual([]);
    expect(driver.status()).toEqual({ state: 'connecting' });
  });

  it('starts at the plan’s level at that moment, never at full', async () => {
    const { timers, sink, driver } = rig();
    // A restart in the middle of a dim phase: the room must stay dim.
    driver.follow(steady(20));
    await timers.advance(0);
    expect(sink.sent).toHaveLength(1);
    expect(sink.sent[0]!.at).toBe(T0);
    expect(sacnSlot(sink.sent[0]!.packet, 1)).toBe(Math.round(0.2 * 255));
    expect(sink.sent.every((s) => sacnSlot(s.packet, 1) !== 255)).toBe(true);
  });

  it('sends 40 frames a second on a 25 ms grid while the level changes', async () => {
    const { timers, sink, driver } = rig({ resolution: '16bit' });
    driver.follow(fade(T0, 10_000, 0, 100));
    await timers.advance(10_000);
    const during = sink.sent.filter((s) => s.at >= T0 + 1_000 && s.at < T0 + 9_000);
    expect(during).toHaveLength(320);
    expect(new Set(gaps(during))).toEqual(new Set([25]));
    const levels = during.map((s) => sacnSlot(s.packet, 1) * 256 + sacnSlot(s.packet, 2));
    expect(levels.findIndex((v, i) => i > 0 && v <= levels[i - 1]!)).toBe(-1);
  });

  it('repeats a settled level three times, then keeps it alive every 800 ms', async () => {
    const { timers, sink, driver } = rig();
    driver.follow(fade(T0, 1_000, 10, 50));
    await timers.advance(1_000); // the fade ends at T0 + 1000
    const endOfFade = sink.sent.length;
    await timers.advance(10_000);
    const idle = sink.sent.slice(endOfFade - 1);
    expect(idle.slice(0, 5).map((s) => s.at - T0)).toEqual([1_000, 1_025, 1_050, 1_075, 1_875]);
    expect(Math.max(...gaps(idle))).toBeLessThanOrEqual(1_000);
    expect(Math.max(...gaps(idle.slice(4)))).toBe(800);
    expect(idle.every((s) => sacnSlot(s.packet, 1) === Math.round(0.5 * 255))).toBe(true);
  });

  it('takes up a new plan from the level the room is at, without a restart', async () => {
    const { timers, sink, driver } = rig();
    driver.follow(steady(30));
    await timers.advance(2_000);
    // Staff light: up from 30 % to 85 % over 3 s.
    driver.follow(fade(T0 + 2_000, 3_000, 30, 85));
    await timers.advance(3_000);
    const levels = sink.sent.map((s) => sacnSlot(s.packet, 1));
    const firstOfNewPlan = sink.sent.findIndex((s) => s.at > T0 + 2_000);
    expect(levels[firstOfNewPlan - 1]).toBe(Math.round(0.3 * 255));
    expect(levels.at(-1)).toBe(Math.round(0.85 * 255));
    // From 30 % to 85 % in 3 s is under 1.2 DMX steps a frame: no frame may jump further.
    const steps = levels.slice(1).map((v, i) => Math.abs(v - levels[i]!));
    expect(Math.max(...steps)).toBeLessThanOrEqual(2);
  });

  it('numbers every packet of the universe in turn and wraps after 255', async () => {
    const { timers, sink, driver } = rig({ resolution: '16bit' });
    driver.follow(fade(T0, 20_000, 0, 100));
    await timers.advance(8_000);
    const sequences = sink.sent.map((s) => sacnSequence(s.packet));
    expect(sequences.length).toBeGreaterThan(300);
    expect(sequences.every((seq, i) => seq === i % 256)).toBe(true);
  });

  it('puts each fixture on its own channels: coarse then fine at 16-bit', async () => {
    const { timers, sink, driver } = rig({ startChannel: 10, fixtures: 3, resolution: '16bit' });
    driver.follow(steady(40));
    await timers.advance(0);
    const packet = sink.sent[0]!.packet;
    const channels = Array.from({ length: 512 }, (_, i) => sacnSlot(packet, i + 1));
    const lit = channels.flatMap((v, i) => (v === 0 ? [] : [i + 1]));
    expect(lit).toEqual([10, 11, 12, 13, 14, 15]);
    // 40 % of 65535 is 26214, 0x6666.
    expect(channels.slice(9, 15)).toEqual([0x66, 0x66, 0x66, 0x66, 0x66, 0x66]);
  });

  it('sends sACN to the universe’s multicast group when no node address is given', async () => {
    const { timers, sink, driver } = rig({ host: '', universe: 300 });
    driver.follow(steady(10));
    await timers.advance(0);
    expect(sink.sent[0]).toMatchObject({ host: '239.255.1.44', port: 5568 });
  });

  it('ends an sACN stream with three terminated packets, then stops everything', async () => {
    const { timers, sink, driver } = rig();
    driver.follow(steady(40));
    await timers.advance(100);
    const before = sink.sent.length;
    await driver.close();
    const goodbye = sink.sent.slice(before);
    expect(goodbye.map((s) => sacnTerminated(s.packet))).toEqual([true, true, true]);
    expect(sink.sent.slice(0, before).some((s) => sacnTerminated(s.packet))).toBe(false);
    expect(goodbye.map((s) => sacnSequence(s.packet))).toEqual([before, before + 1, before + 2]);
    expect(sink.closed).toBe(true);
    expect(timers.pending()).toBe(0);
    driver.follow(steady(90));
    await timers.advance(5_000);
    expect(sink.sent).toHaveLength(before + 3);
  });

  it('sends Art-Net to port 6454 with the level in the data, and just stops on close', async () => {
    const { timers, sink, driver } = rig({ protocol: 'artnet', host: '2.255.255.255', universe: 0x21 });
    driver.follow(steady(60));
    await timers.advance(100);
    const first = sink.sent[0]!;
    expect(first).toMatchObject({ host: '2.255.255.255', port: 6454 });
    expect([first.packet[14], first.packet[15]]).toEqual([0x21, 0x00]);
    expect(artnetSlot(first.packet, 1)).toBe(153);
    expect(sink.sent.map((s) => s.packet[12])).toEqual([1, 2, 3, 4]);
    const before = sink.sent.length;
    await driver.close();
    expect(sink.sent).toHaveLength(before);
    expect(sink.closed).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('reports a failing network as retrying with a reason, keeps trying, and recovers by itself', async () => {
    const { timers, sink, driver } = rig();
    const seen: OutputStatus[] = [];
    driver.onStatus((status) => seen.push(status));
    sink.failure = Object.assign(new Error('send EHOSTUNREACH 10.0.0.20:5568'), { code: 'EHOSTUNREACH' });
    expect(() => driver.follow(fade(T0, 4_000, 0, 100))).not.toThrow();
    await timers.advance(500);
    await settle();
    expect(driver.status()).toMatchObject({ state: 'retrying', reason: expect.stringContaining('10.0.0.20') });
    sink.failure = null;
    await timers.advance(25);
    await settle();
    expect(driver.status()).toMatchObject({ state: 'sending' });
    expect([...new Set(seen.map((s) => s.state))]).toEqual(['retrying', 'sending']);
    // The first frame after recovery carries the level of that moment, not a stale one.
    expect(sink.sent[0]!.at).toBe(T0 + 525);
    expect(sacnSlot(sink.sent[0]!.packet, 1)).toBe(Math.round((52.5 / 400) * 255));
  });

  it('holds the light where it was if the plan cannot give a level, and keeps the stream alive', async () => {
    const { timers, sink, driver } = rig();
    let broken = false;
    driver.follow({
      levelAt: (now) => {
        if (broken) throw new Error('no level');
        return (now - T0) / 100;
      },
    });
    await timers.advance(1_000);
    broken = true;
    const before = sink.sent.length;
    await expect(timers.advance(3_000)).resolves.toBeUndefined();
    const held = sink.sent.slice(before);
    expect(held.length).toBeGreaterThanOrEqual(3);
    expect(held.every((s) => sacnSlot(s.packet, 1) === Math.round(0.1 * 255))).toBe(true);
  });

  it('refuses settings that do not validate and a CID of the wrong size', async () => {
    const timers = new ManualTimers(new ManualClock(0));
    const base = { cid: CID, sourceName: 'x', clock: timers.clock, timers, sink: new FakeSink(timers) };
    const settings = { protocol: 'sacn' as const, host: '', universe: 1, startChannel: 1, fixtures: 1 };
    expect(() => new DmxDriver({ ...base, settings: { ...settings, universe: 0 } })).toThrow(/1 to 63999/);
    expect(() => new DmxDriver({ ...base, settings, cid: new Uint8Array(8) })).toThrow(/16 bytes/);
  });
});

describe('what a DMX output says of itself', () => {
  it('says it is sending, with 40 frames a second during a fade and one keep-alive every 0.8 s while steady', async () => {
    const { timers, driver } = rig();
    driver.follow(fade(T0, 4_000, 0, 100));
    await timers.advance(2_000);
    await settle();
    expect(driver.status()).toEqual({ state: 'sending', framesPerSecond: 40 });
    await timers.advance(12_000);
    await settle();
    expect(driver.status()).toEqual({ state: 'sending', framesPerSecond: 1.3 });
  });
});
