import crypto from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import type { Clock } from '@domain/clock';
import type { ConnectionState } from '@domain/board/network-settings';
import { describeConnectionError } from './connection-reason';

/** Reconnection waits this long at first, doubling after each failure up to the most. */
export const RECONNECT_MS = { first: 1_000, most: 30_000 };

export interface BrokerLinkOptions {
  url: string;
  username: string;
  password?: string;
  /** The CA certificate (PEM) to trust instead of the system's authorities. */
  ca?: Buffer;
  keepaliveSec: number;
  /** Published by the broker when the link drops without saying goodbye; none for a board that publishes nothing. */
  will?: { topic: string; payload: string };
  clock: Clock;
  /** Each time the link is up (again): publish what the broker should hold, subscribe. */
  onConnect(): void;
  onMessage?(topic: string, payload: Buffer, retained: boolean): void;
  onState(state: ConnectionState): void;
}

/**
 * One MQTT connection (MQTT.js) that keeps trying with backoff and says why it is not up.
 * Publishing never waits: a message while the link is down is dropped, and the next connect
 * publishes the state as it is then.
 */
export class BrokerLink {
  private readonly client: MqttClient;
  private state: ConnectionState;

  constructor(private readonly options: BrokerLinkOptions) {
    this.state = { state: 'connecting', reason: null, since: options.clock.now() };
    options.onState(this.state);
    this.client = mqtt.connect(options.url, {
      username: options.username,
      password: options.password,
      ca: options.ca,
      clientId: `${options.username}-${crypto.randomBytes(4).toString('hex')}`,
      keepalive: options.keepaliveSec,
      will: options.will && {
        topic: options.will.topic,
        payload: Buffer.from(options.will.payload),
        qos: 1,
        retain: true,
      },
      reconnectPeriod: RECONNECT_MS.first,
      reconnectOnConnackError: true,
      connectTimeout: 10_000,
      clean: true,
      // MQTT 5 tells a wrong password (134) from a room the broker does not allow (135).
      protocolVersion: 5,
    });
    this.client.on('connect', () => {
      this.client.options.reconnectPeriod = RECONNECT_MS.first;
      this.setState({ state: 'connected', reason: null });
      options.onConnect();
    });
    this.client.on('error', (error) => this.setState(describeConnectionError(error)));
    this.client.on('close', () => {
      const period = this.client.options.reconnectPeriod ?? RECONNECT_MS.first;
      this.client.options.reconnectPeriod = Math.min(period * 2, RECONNECT_MS.most);
      if (this.state.state === 'connected') {
        this.setState({ state: 'connecting', reason: 'The connection to the broker was lost; trying again.' });
      }
    });
    this.client.on('message', (topic, payload, packet) => options.onMessage?.(topic, payload, packet.retain));
  }

  get connected(): boolean {
    return this.client.connected;
  }

  /** Fire and forget at QoS 1; nothing is queued while the link is down. */
  publish(topic: string, payload: string, retain: boolean): void {
    if (!this.client.connected) return;
    this.client.publish(topic, payload, { qos: 1, retain }, () => undefined);
  }

  subscribe(topics: string[]): void {
    this.client.subscribe(topics, { qos: 1 }, () => undefined);
  }

  /**
   * Says `goodbye` on the will's topic first when connected (a clean disconnect sends no will),
   * then ends; a broker that does not answer within a second is left.
   */
  close(goodbye?: string): Promise<void> {
    return new Promise((resolve) => {
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        this.client.end(true, {}, () => resolve());
      };
      const will = this.options.will;
      if (goodbye === undefined || !will || !this.client.connected) return end();
      setTimeout(end, 1_000).unref();
      this.client.publish(will.topic, goodbye, { qos: 1, retain: true }, end);
    });
  }

  private setState(state: Omit<ConnectionState, 'since'>): void {
    if (state.state === this.state.state && state.reason === this.state.reason) return;
    this.state = { ...state, since: this.options.clock.now() };
    this.options.onState(this.state);
  }
}
