import dgram from 'node:dgram';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LightPlan } from '../../main/lights/driver';
import { DmxDriver, type DmxDriverOptions } from '../../main/lights/dmx/dmx-driver';
import { KEEP_ALIVE_MS } from '../../main/lights/dmx/frame-pacer';
import { systemClock } from '../../main/services/system-clock';
import { outputFraction, toSixteenBit } from '@domain/light/brightness-curve';
import { missingCommands, startOla, type Ola } from '../support/ola';
import { startCapture, type Capture, type CapturedPacket } from '../support/tshark';
import { waitUntil } from '../support/wait-until';
import { expectOnTime, fadeOnTheWire, firstFall, measured, perceptualLevel } from '../support/wire-timing';

/*
 * The DMX output against real receivers on this machine: olad (Open Lighting Architecture)
 * takes the levels in as a lighting node would, and tshark records the packets on the
 * loopback interface with kernel timestamps. Payloads are read at the offsets the
 * standards give, never through our own encoder.
 */

const CID = Uint8Array.from([
  0x3f, 0x2a, 0x91, 0x07, 0xc4, 0x5e, 0x4b, 0x18, 0x9d, 0x60, 0x12, 0xee, 0x7b, 0x03, 0xa5, 0x5c,
]);
const CID_TEXT = '3f2a9107-c45e-4b18-9d60-12ee7b03a55c';
const SOURCE_NAME = 'Stillroom test room';
const UNIVERSE = { sacn: 1, artnet: 2, multicast: 3 } as const;

const SACN_CAPTURE = {
  port: 5568,
  fields: ['acn.cid', 'acn.dmx.option_s', 'acn.dmx.seq_number', 'acn.dmx.universe'],
  options: ['--enable-heuristic', 'acn', '-o', 'acn.dmx_enable:TRUE'],
};
const ARTNET_CAPTURE = { port: 6454, fields: ['artnet.output.universe', 'artnet.output.sequence'] };

// E1.31-2018 Table 4-1: slots follow the START code at octet 125; Options is octet 112.
const sacnSlot = (p: CapturedPacket, channel: number) => p.payload[125 + channel]!;
const sacnTerminated = (p: CapturedPacket) => (p.payload[112]! & 0x40) !== 0;
// Art-Net 4 ArtDmx: data starts at octet 18.
const artnetSlot = (p: CapturedPacket, channel: number) => p.payload[17 + channel]!;

/** Holds `from` until `start`, fades in a straight line to `to` over `ms`, then holds. */
function ramp(start: number, ms: number, from: number, to: number): LightPlan {
  return { levelAt: (now) => from + (to - from) * Math.min(1, Math.max(0, (now - start) / ms)) };
}

/** Wall-clock epoch ms (tshark's timestamps) for a moment of the session clock. */
function onWallClock(): (sessionMs: number) => number {
  const offset = Date.now() - systemClock.now();
  return (sessionMs) => sessionMs + offset;
}

/** Outputs a test opened, closed after it even when it fails halfway. */
const opened: DmxDriver[] = [];

function driver(settings: DmxDriverOptions['settings']): DmxDriver {
  const output = new DmxDriver({ settings, cid: CID, sourceName: SOURCE_NAME, clock: systemClock });
  opened.push(output);
  return output;
}

/** Samples OLA's view of a universe until the session clock passes `until`. */
async function watchReceiver(ola: Ola, universe: number, until: number): Promise<number[][]> {
  const seen: number[][] = [];
  await waitUntil(
    `the session clock to pass the end of the watch on universe ${universe}`,
    async () => {
      seen.push(await ola.levels(universe));
      return systemClock.now() > until ? true : undefined;
    },
    { timeoutMs: until - systemClock.now() + 5_000, everyMs: 40 },
  );
  return seen.filter((levels) => levels.length > 0);
}

const missing = missingCommands(['olad', 'tshark']);

if (missing.length > 0) {
  describe('DMX output against OLA and tshark', () => {
    const why = `${missing.join(' and ')} not installed (Debian: apt-get install ola tshark)`;
    it(`runs against real receivers: skipped, ${why}`, ({ skip }) => {
      // The default reporter hides skip reasons; a skipped hardware check should be seen.
      process.stderr.write(`DMX receiver tests skipped: ${why}\n`);
      skip(why);
    });
  });
} else {
  describe('DMX output against OLA and tshark', () => {
    let ola: Ola;
    let capture: Capture | null = null;

    beforeAll(async () => {
      ola = await startOla({ e131: [UNIVERSE.sacn, UNIVERSE.multicast], artnet: [UNIVERSE.artnet] });
    }, 30_000);

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((output) => output.close()));
      await capture?.stop();
      capture = null;
    });

    afterAll(async () => {
      await ola?.stop();
    });

    it('sACN unicast: a fade reaches OLA smoothly and on time, keep-alives follow, the stream ends cleanly', async ({
      annotate,
    }) => {
      capture = await startCapture(SACN_CAPTURE);
      const output = driver({
        protocol: 'sacn',
        host: '127.0.0.1',
        universe: UNIVERSE.sacn,
        startChannel: 1,
        fixtures: 2,
        resolution: '16bit',
        curve: 'perceptual',
      });
      const wall = onWallClock();
      const t0 = systemClock.now();
      const fadeStart = t0 + 500;
      const fadeEnd = fadeStart + 2_000;
      output.follow(ramp(fadeStart, 2_000, 10, 80));
      const atOla = await watchReceiver(ola, UNIVERSE.sacn, fadeEnd + 2_700);
      // sACN hears nothing back from a receiver: the output says it sends, never that it is connected.
      expect(output.status()).toMatchObject({ state: 'sending' });
      await output.close();
      await waitUntil('three stream-terminated packets', () =>
        capture!.packets().filter(sacnTerminated).length >= 3 ? true : undefined,
      );
      await capture.stop();

      const packets = capture.packets();
      const data = packets.filter((p) => !sacnTerminated(p));
      const level = (p: CapturedPacket) => sacnSlot(p, 1) * 256 + sacnSlot(p, 2);
      const fade = { start: wall(fadeStart), end: wall(fadeEnd), from: 10, to: 80 };
      const wire = fadeOnTheWire(data, fade, (p) => perceptualLevel(level(p)));
      await annotate(measured(wire, data.length, atOla.length));

      // Identity and order, as the dissector and the raw bytes both tell it.
      expect(packets.every((p) => p.dst === '127.0.0.1' && p.fields['acn.dmx.universe'] === '1')).toBe(true);
      expect(new Set(packets.map((p) => p.fields['acn.cid']))).toEqual(new Set([CID_TEXT]));
      expect(packets.every((p) => Buffer.from(p.payload.subarray(22, 38)).equals(CID))).toBe(true);
      expect(packets.every((p, i) => Number(p.fields['acn.dmx.seq_number']) === i % 256)).toBe(true);

      // The fade: never darker on the way up, at 40 frames/s, at the target within a frame of its end.
      expect(firstFall(data.map(level))).toBe(-1);
      expect(data[0]!.at).toBeLessThan(wall(t0) + 100);
      const { coarse, fine } = toSixteenBit(outputFraction(10, 'perceptual'));
      expect(level(data[0]!)).toBe(coarse * 256 + fine);
      expectOnTime(wire);

      // Idle: keep-alives every 800 ms, never more than a second apart.
      expect(wire.idleGapsMs.length).toBeGreaterThanOrEqual(2);
      expect(Math.max(...wire.idleGapsMs)).toBeLessThanOrEqual(1_000);
      expect(Math.min(...wire.idleGapsMs)).toBeGreaterThanOrEqual(KEEP_ALIVE_MS - 30);

      // The end: exactly three terminated packets, last on the wire.
      expect(packets.slice(-3).map((p) => p.fields['acn.dmx.option_s'])).toEqual(['1', '1', '1']);
      expect(packets.filter(sacnTerminated)).toHaveLength(3);

      // The receiver saw the same climb and holds the same final bytes as the wire.
      expect(firstFall(atOla.map((levels) => levels[0]! * 256 + levels[1]!))).toBe(-1);
      expect(atOla.at(-1)!.slice(0, 4)).toEqual([1, 2, 3, 4].map((ch) => sacnSlot(data.at(-1)!, ch)));
      expect(atOla.at(-1)![4]).toBe(0);
    }, 20_000);

    it('Art-Net unicast: the same fade reaches OLA on port-address 2, then the output just stops', async ({
      annotate,
    }) => {
      capture = await startCapture(ARTNET_CAPTURE);
      const output = driver({
        protocol: 'artnet',
        host: '127.0.0.1',
        universe: UNIVERSE.artnet,
        startChannel: 5,
        fixtures: 3,
        resolution: '8bit',
        curve: 'linear',
      });
      const wall = onWallClock();
      const t0 = systemClock.now();
      const fadeStart = t0 + 500;
      const fadeEnd = fadeStart + 2_000;
      output.follow(ramp(fadeStart, 2_000, 0, 100));
      const atOla = await watchReceiver(ola, UNIVERSE.artnet, fadeEnd + 2_700);
      expect(output.status()).toMatchObject({ state: 'sending' });
      await output.close();
      const closedAt = Date.now();
      // Art-Net has no goodbye: after close nothing more may leave. A probe proves tshark is still reading.
      const marker = dgram.createSocket('udp4');
      await new Promise<void>((resolve) => marker.send('after close', 6454, '127.0.0.1', () => resolve()));
      marker.close();
      await waitUntil('the marker packet in the capture', () =>
        capture!.packets().some((p) => Buffer.from(p.payload).toString() === 'after close') ? true : undefined,
      );
      await capture.stop();

      const packets = capture.packets().filter((p) => Buffer.from(p.payload).toString() !== 'after close');
      expect(packets.filter((p) => p.at > closedAt)).toEqual([]);
      expect(packets.every((p) => p.fields['artnet.output.universe'] === '2')).toBe(true);
      expect(packets.every((p, i) => Number(p.fields['artnet.output.sequence']) === (i % 255) + 1)).toBe(true);

      const level = (p: CapturedPacket) => artnetSlot(p, 5);
      expect(packets.every((p) => artnetSlot(p, 6) === level(p) && artnetSlot(p, 7) === level(p))).toBe(true);
      expect(packets.every((p) => artnetSlot(p, 4) === 0 && artnetSlot(p, 8) === 0)).toBe(true);
      expect(level(packets[0]!)).toBe(0);
      expect(level(packets.at(-1)!)).toBe(255);
      const fade = { start: wall(fadeStart), end: wall(fadeEnd), from: 0, to: 100 };
      const wire = fadeOnTheWire(packets, fade, (p) => (level(p) / 255) * 100);
      await annotate(measured(wire, packets.length, atOla.length));
      expect(firstFall(packets.map(level))).toBe(-1);
      expectOnTime(wire);
      expect(Math.max(...wire.idleGapsMs)).toBeLessThanOrEqual(1_000);

      const atOlaLevels = atOla.map((levels) => levels[4]!);
      expect(firstFall(atOlaLevels)).toBe(-1);
      expect(atOla.at(-1)!.slice(3, 8)).toEqual([0, 255, 255, 255, 0]);
    }, 20_000);

    it('sACN multicast on loopback: a restarted output takes up the fade where it is, never at full', async ({
      annotate,
    }) => {
      capture = await startCapture(SACN_CAPTURE);
      // A receiver of the group on lo, so the kernel accepts the group there; olad hears it too.
      const member = dgram.createSocket({ type: 'udp4', reuseAddr: true });
      await new Promise<void>((resolve) => member.bind({ port: 0 }, resolve));
      member.addMembership('239.255.0.3', '127.0.0.1');
      try {
        const settings = {
          protocol: 'sacn' as const,
          host: '',
          interfaceAddress: '127.0.0.1',
          universe: UNIVERSE.multicast,
          startChannel: 1,
          fixtures: 1,
          resolution: '8bit' as const,
          curve: 'linear' as const,
        };
        const t0 = systemClock.now();
        const plan = ramp(t0, 3_000, 0, 60);
        const first = driver(settings);
        first.follow(plan);
        await waitUntil('OLA to see the first output at 20 % or more', async () =>
          ((await ola.levels(UNIVERSE.multicast))[0] ?? 0) >= 51 ? true : undefined,
        );
        await first.close();
        const restartAt = systemClock.now();
        const second = driver(settings);
        second.follow(plan);
        const atOla = await watchReceiver(ola, UNIVERSE.multicast, t0 + 3_500);
        await second.close();
        await waitUntil('the second stream’s terminated packets', () =>
          capture!.packets().filter(sacnTerminated).length >= 6 ? true : undefined,
        );
        await capture.stop();

        const packets = capture.packets();
        expect(packets.length).toBeGreaterThan(0);
        expect(packets.every((p) => p.dst === '239.255.0.3' && p.fields['acn.dmx.universe'] === '3')).toBe(true);
        const restarted = packets.findIndex((p, i) => i > 0 && sacnTerminated(packets[i - 1]!) && !sacnTerminated(p));
        expect(restarted).toBeGreaterThan(0);
        // The new stream counts from 0 again and opens at the plan's level of that moment.
        expect(packets[restarted]!.fields['acn.dmx.seq_number']).toBe('0');
        const opening = sacnSlot(packets[restarted]!, 1);
        const expected = Math.round((plan.levelAt(restartAt) / 100) * 255);
        await annotate(
          `${packets.length} packets to 239.255.0.3; restarted stream opened at ${opening}/255 ` +
            `where the plan stood at ${expected}/255; highest level on the wire ${Math.max(...packets.map((p) => sacnSlot(p, 1)))}`,
        );
        expect(Math.abs(opening - expected)).toBeLessThanOrEqual(2);
        expect(Math.max(...packets.map((p) => sacnSlot(p, 1)))).toBe(Math.round(0.6 * 255));
        expect(Math.max(...atOla.map((levels) => levels[0]!))).toBe(Math.round(0.6 * 255));
        expect(atOla.at(-1)![0]).toBe(Math.round(0.6 * 255));
      } finally {
        member.close();
      }
    }, 20_000);
  });
}
