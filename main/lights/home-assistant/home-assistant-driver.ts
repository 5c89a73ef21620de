import type { Clock } from '@domain/clock';
import { FollowerDriver } from '../follower-driver';
import type { Timers } from '../timers';
import { TransitionFollower, type FollowerTiming } from '../transition-follower';
import { HomeAssistantClient, type HomeAssistantConnection } from './home-assistant-client';

export interface HomeAssistantDriverOptions {
  connection: HomeAssistantConnection;
  /** The lights of this room, set together: light.treatment_ceiling, ... */
  entityIds: readonly string[];
  clock: Clock;
  timers?: Timers;
  timing?: Partial<FollowerTiming>;
}

/**
 * Drives a room's lights through Home Assistant. Before the first command it checks the API,
 * the token and every light, so a typo in an entity id is reported by name instead of being
 * silently ignored (Home Assistant accepts commands for lights it does not have).
 */
export class HomeAssistantDriver extends FollowerDriver {
  private readonly client: HomeAssistantClient;
  protected readonly follower: TransitionFollower;
  private checked = false;

  constructor(private readonly options: HomeAssistantDriverOptions) {
    super();
    this.client = new HomeAssistantClient(options.connection);
    this.follower = new TransitionFollower({
      outputName: `Home Assistant at ${options.connection.baseUrl}`,
      clock: options.clock,
      timers: options.timers,
      // Home Assistant has no rate limit of its own, but the lights behind it (Zigbee, Wi-Fi) do.
      timing: { minIntervalMs: 500, ...options.timing },
      send: (levelPct, transitionMs, signal) => this.send(levelPct, transitionMs, signal),
    });
  }

  protected disconnect(): void {
    this.client.close();
  }

  private async send(levelPct: number, transitionMs: number, signal: AbortSignal): Promise<void> {
    if (!this.checked) {
      await this.client.checkApi(signal);
      for (const entityId of this.options.entityIds) await this.client.checkLight(entityId, signal);
      this.checked = true;
    }
    await this.client.setLevel(this.options.entityIds, levelPct, transitionMs, signal);
  }
}
