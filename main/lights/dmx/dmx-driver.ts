import type { z } from 'zod';
import type { Clock } from '@domain/clock';
import { DmxOutputSettings } from '@domain/light/dmx-settings';
import type { LightDriver, LightPlan, OutputStatus } from '../driver';
import { realTimers, type Timers } from '../timers';
import { FRAME_MS, FramePacer } from './frame-pacer';
import { FrameRate } from './frame-rate';
import { CID_BYTES } from './sacn-packet';
import { sendFailureReason } from './send-failure';
import { openUdpSink, type PacketSink } from './udp-sink';
import { universeSlots } from './universe-slots';
import { universeStream, type UniverseStream } from './universe-stream';

/** Routers multicast may cross: enough for a lighting network split by a router or two. */
const MULTICAST_TTL = 8;

export interface DmxDriverOptions {
  /** As typed into the setup form; checked again here so a bad file cannot reach the wire. */
  settings: z.input<typeof DmxOutputSettings>;
  /** The install's sACN component identity: 16 random bytes kept for the life of the install. */
  cid: Uint8Array;
  /** What consoles and receivers show for this source, e.g. the clinic and room. */
  sourceName: string;
  clock: Clock;
  timers?: Timers;
  /** Where packets go; a UDP socket on an ephemeral port unless a test catches them. */
  sink?: PacketSink;
}

/**
 * Drives one DMX universe (sACN or Art-Net) from a light plan: samples the plan 40 times
 * a second on the session clock, sends every change and a keep-alive while nothing
 * changes. Nothing is sent before the first plan, so the room never flashes at start-up.
 */
export class DmxDriver implements LightDriver {
  private readonly settings: DmxOutputSettings;
  private readonly stream: UniverseStream;
  private readonly sink: PacketSink;
  private readonly clock: Clock;
  private readonly timers: Timers;
  private readonly pacer = new FramePacer();
  private readonly rate = new FrameRate();
  private readonly listeners = new Set<(status: OutputStatus) => void>();
  private current: OutputStatus = { state: 'connecting' };
  private plan: LightPlan | null = null;
  private cancelFrame: (() => void) | null = null;
  private nextFrameAt = 0;
  /** Send results can settle out of order; only the latest attempt decides the status. */
  private attempts = 0;
  private settled = 0;
  private closing: Promise<void> | null = null;

  constructor(options: DmxDriverOptions) {
    if (options.cid.length !== CID_BYTES) throw new RangeError(`the install's CID must be ${CID_BYTES} bytes`);
    this.settings = DmxOutputSettings.parse(options.settings);
    this.stream = universeStream(this.settings, Uint8Array.from(options.cid), options.sourceName);
    this.clock = options.clock;
    this.timers = options.timers ?? realTimers;
    const localAddress = this.settings.interfaceAddress || undefined;
    this.sink =
      options.sink ??
      openUdpSink({
        broadcast: this.settings.protocol === 'artnet',
        multicastTtl: this.stream.multicast ? MULTICAST_TTL : undefined,
        localAddress,
      });
  }

  follow(plan: LightPlan): void {
    if (this.closing) return;
    this.plan = plan;
    if (this.cancelFrame) return; // the running frame loop picks the new plan up
    this.nextFrameAt = this.clock.now();
    this.cancelFrame = this.timers.after(0, this.frame);
  }

  status(): OutputStatus {
    return this.current;
  }

  onStatus(listener: (status: OutputStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): Promise<void> {
    this.closing ??= this.finish();
    return this.closing;
  }

  private readonly frame = (): void => {
    this.cancelFrame = null;
    if (this.closing || !this.plan) return;
    const now = this.clock.now();
    const gridMoment = this.nextFrameAt;
    // A timer may fire a hair early; the frame then shows its grid moment, never an earlier one.
    const slots = this.sample(this.plan, Math.max(now, gridMoment));
    // Pacing counts grid moments, so a late timer does not push the next keep-alive a frame back.
    if (slots && this.pacer.shouldSend(slots, gridMoment)) this.transmit(this.stream.next(slots));
    // Frames keep to a 25 ms grid; after a stall the loop skips ahead instead of bursting.
    this.nextFrameAt += FRAME_MS;
    while (this.nextFrameAt <= now) this.nextFrameAt += FRAME_MS;
    this.cancelFrame = this.timers.after(this.nextFrameAt - now, this.frame);
  };

  /** The universe at `now`; a plan that cannot say holds the light where it was rather than stop the output. */
  private sample(plan: LightPlan, now: number): Uint8Array | null {
    try {
      return universeSlots(this.settings, plan.levelAt(now));
    } catch {
      return this.pacer.lastSlots();
    }
  }

  private transmit(packet: Uint8Array): Promise<void> {
    const attempt = ++this.attempts;
    const destination = this.stream.host;
    const rate = this.rate.count(this.clock.now());
    return this.sink.send(packet, destination, this.stream.port).then(
      () => this.settle(attempt, { state: 'sending', framesPerSecond: rate }),
      (error: unknown) => this.settle(attempt, { state: 'retrying', reason: sendFailureReason(error, destination) }),
    );
  }

  private settle(attempt: number, status: OutputStatus): void {
    if (attempt < this.settled) return;
    this.settled = attempt;
    const same = JSON.stringify(status) === JSON.stringify(this.current);
    if (same) return;
    this.current = status;
    for (const listener of this.listeners) listener(status);
  }

  private async finish(): Promise<void> {
    this.cancelFrame?.();
    this.cancelFrame = null;
    const last = this.pacer.lastSlots();
    // Only a stream that started needs ending; receivers then let go at once, not after 2.5 s.
    if (last) for (const packet of this.stream.goodbye(last)) await this.transmit(packet);
    await this.sink.close();
    this.listeners.clear();
  }
}
