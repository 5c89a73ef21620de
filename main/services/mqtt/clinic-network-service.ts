import fs from 'node:fs';
import type { BoardRoom } from '@domain/board/board-rooms';
import { discoveryMessages } from '@domain/board/home-assistant-discovery';
import {
  brokerUrlWarning,
  type ClinicNetworkPart,
  type ClinicNetworkSettings,
  type ConnectionState,
} from '@domain/board/network-settings';
import { roomStateMessage } from '@domain/board/room-state';
import { availabilityTopic, boardTopics } from '@domain/board/topics';
import type { Clock } from '@domain/clock';
import type { SessionRun } from '@domain/session/run-log';
import type { StoreFactory } from '../document-store';
import type { SecretStore } from '../secret-store';
import { BoardWatcher } from './board-watcher';
import { BrokerLink } from './broker-link';
import { NetworkSettingsStore, type NetworkPresets } from './network-settings-store';
import { RoomPublisher, type Publish } from './room-publisher';
import { roomIdentity } from './room-identity';

/** Long enough for a busy network, short enough that a vanished room shows within a minute. */
const KEEPALIVE_SEC = 20;

export interface ClinicNetworkOptions {
  dataDir: string;
  storeFactory: StoreFactory;
  secrets: SecretStore;
  presets: NetworkPresets;
  /** The session's clock, for the room's state. */
  sessionClock: Clock;
  /** Real time, for heartbeats and when the board last heard from a room. */
  realClock: Clock;
  run(): SessionRun | null;
  roomName(): string;
  version: string;
}

const OFF: ConnectionState = { state: 'off', reason: null, since: 0 };

/**
 * The room on the clinic network: publishes its state and hears every room's for the clinic
 * board, over one broker connection. Started again from scratch whenever its settings change.
 */
export class ClinicNetworkService {
  readonly roomId: string;
  private readonly settings: NetworkSettingsStore;
  private link: BrokerLink | null = null;
  private publisher: RoomPublisher | null = null;
  private watcher: BoardWatcher | null = null;
  private connection: ConnectionState = OFF;
  /** Counts starts, so a link being closed cannot report on the one after it. */
  private generation = 0;
  private readonly stateListeners = new Set<() => void>();
  private readonly roomListeners = new Set<(room: BoardRoom) => void>();

  constructor(private readonly options: ClinicNetworkOptions) {
    this.settings = new NetworkSettingsStore(options.dataDir, options.storeFactory, options.secrets, options.presets);
    this.roomId = roomIdentity(options.dataDir, options.storeFactory, options.presets.username);
  }

  get notice(): string | null {
    return this.settings.notice;
  }

  view() {
    const settings = this.settings.get();
    const { presets } = this.options;
    return {
      settings,
      roomId: this.roomId,
      roomName: this.options.roomName(),
      passwordSet: this.settings.passwordSet,
      secretsEncrypted: this.options.secrets.encrypted,
      presets: {
        url: !!presets.url,
        username: !!presets.username,
        passwordFile: !!presets.passwordFile,
        ca: !!presets.ca,
      },
      warning: settings.brokerUrl ? brokerUrlWarning(settings.brokerUrl) : null,
      connection: this.connection,
    };
  }

  /** The clinic board: every room heard of, and this computer's time to count from. */
  board() {
    const { enabled, clinicId } = this.settings.get();
    return {
      enabled,
      clinicId,
      connection: this.connection,
      rooms: this.watcher?.list() ?? [],
      clockNow: this.options.realClock.now(),
    };
  }

  /** What a clinic pack carries: the broker's address and the clinic id. */
  clinicPart(): ClinicNetworkPart {
    const { brokerUrl, clinicId } = this.settings.get();
    return { brokerUrl, clinicId };
  }

  /** A clinic pack's broker address and clinic id; the room's password, CA and switches stay. */
  takeClinicPart(part: ClinicNetworkPart): void {
    const settings = { ...this.settings.get(), ...part };
    // A pack without an address cannot leave the room switched on to nowhere.
    this.settings.save(
      { ...settings, enabled: settings.enabled && part.brokerUrl !== '' && part.clinicId !== '' },
      undefined,
    );
    void this.restart();
  }

  /** Connects again with the settings on disk (after a backup of them was restored). */
  reload(): Promise<void> {
    return this.restart();
  }

  async save(settings: ClinicNetworkSettings, password: string | undefined) {
    this.settings.save(settings, password);
    await this.restart();
    return this.view();
  }

  /** Connects when switched on; the room never waits for it. */
  start(): void {
    const settings = this.settings.get();
    if (!settings.enabled) return this.setConnection(OFF);
    const { clinicId } = settings;
    const { realClock, presets } = this.options;
    const generation = ++this.generation;
    const watcher = new BoardWatcher(
      clinicId,
      () => realClock.now(),
      (room) => this.roomListeners.forEach((l) => l(room)),
    );
    let link: BrokerLink;
    const publisher = this.publisherFor(clinicId, (topic, payload, retain) => link.publish(topic, payload, retain));
    try {
      const caFile = presets.ca ?? settings.caFile;
      link = new BrokerLink({
        url: settings.brokerUrl,
        username: this.roomId,
        password: this.settings.password(),
        ca: caFile ? fs.readFileSync(caFile) : undefined,
        keepaliveSec: presets.keepaliveSec ?? KEEPALIVE_SEC,
        will: publisher ? { topic: availabilityTopic(clinicId, this.roomId), payload: 'offline' } : undefined,
        clock: realClock,
        onConnect: () => {
          link.subscribe(boardTopics(clinicId));
          publisher?.connected();
        },
        onMessage: (topic, payload, retained) => watcher.heard(topic, payload, retained),
        onState: (state) => generation === this.generation && this.setConnection(state),
      });
    } catch (error) {
      publisher?.stop();
      // A CA or password file that cannot be read: the room stays off the network and says why.
      const reason = `A file named in the settings cannot be read: ${(error as Error).message}`;
      return this.setConnection({ state: 'refused', reason, since: realClock.now() });
    }
    this.link = link;
    this.publisher = publisher;
    this.watcher = watcher;
  }

  /** The session or the room changed: publish now rather than at the next look. */
  sessionChanged(): void {
    this.publisher?.changed();
  }

  onChange(listener: () => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  onRoom(listener: (room: BoardRoom) => void): () => void {
    this.roomListeners.add(listener);
    return () => this.roomListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.generation++;
    this.publisher?.stop();
    const link = this.link;
    this.link = this.publisher = this.watcher = null;
    await link?.close('offline');
  }

  private async restart(): Promise<void> {
    await this.close();
    this.start();
  }

  /** What publishes this room's state; none on a computer that only shows the board. */
  private publisherFor(clinicId: string, publish: Publish): RoomPublisher | null {
    if (!this.settings.get().publishRoom) return null;
    return new RoomPublisher({
      clinicId,
      roomId: this.roomId,
      publish,
      message: () => this.message(),
      discovery: () =>
        this.settings.get().homeAssistantDiscovery
          ? discoveryMessages(clinicId, { id: this.roomId, name: this.options.roomName() }, this.options.version)
          : [],
      now: () => this.options.realClock.now(),
    });
  }

  private message() {
    const room = { id: this.roomId, name: this.options.roomName() };
    return roomStateMessage(room, this.options.run(), this.options.sessionClock.now());
  }

  private setConnection(state: ConnectionState): void {
    this.connection = state;
    this.stateListeners.forEach((listener) => listener());
  }
}
