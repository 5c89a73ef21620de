import type { DiscoveryMessage } from '@domain/board/home-assistant-discovery';
import type { RoomStateMessage } from '@domain/board/room-state';
import { availabilityTopic, stateTopic } from '@domain/board/topics';

/** A room that has not changed still says so this often, so the board knows it is there. */
export const HEARTBEAT_MS = 10_000;
/** How often the room looks for a change that no control made (a phase ending, a check falling due). */
const LOOK_MS = 1_000;

export interface Publish {
  (topic: string, payload: string, retain: boolean): void;
}

/** The fields that move on their own (clocks, a light fading): a change in them alone waits for the heartbeat. */
function meaning(message: RoomStateMessage): string {
  const { writtenAt: _w, sinceDoseSec: _s, phaseLeftSec: _p, lightPct: _l, ...rest } = message;
  return JSON.stringify(rest);
}

/**
 * Publishes the room's state, retained, whenever its meaning changes and every 10 s, and its
 * availability (and Home Assistant discovery) each time the link comes up. It never waits on
 * the broker: the session goes on whatever the network does.
 */
export class RoomPublisher {
  private lastMeaning: string | null = null;
  private lastSentAt = -Infinity;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly options: {
      clinicId: string;
      roomId: string;
      publish: Publish;
      message(): RoomStateMessage;
      /** Home Assistant discovery messages when the clinic switched it on, else none. */
      discovery(): DiscoveryMessage[];
      now(): number;
    },
  ) {
    this.timer = setInterval(() => this.changed(), LOOK_MS);
    this.timer.unref();
  }

  /** The link is up (again): say the room is online and what it is doing now. */
  connected(): void {
    const { clinicId, roomId, publish } = this.options;
    publish(availabilityTopic(clinicId, roomId), 'online', true);
    for (const { topic, payload } of this.options.discovery()) publish(topic, JSON.stringify(payload), true);
    this.send(this.options.message());
  }

  /** Something may have changed: publish if it did, or if the heartbeat is due. */
  changed(): void {
    const message = this.options.message();
    const due = this.options.now() - this.lastSentAt >= HEARTBEAT_MS;
    if (due || meaning(message) !== this.lastMeaning) this.send(message);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private send(message: RoomStateMessage): void {
    this.lastMeaning = meaning(message);
    this.lastSentAt = this.options.now();
    this.options.publish(stateTopic(this.options.clinicId, this.options.roomId), JSON.stringify(message), true);
  }
}
