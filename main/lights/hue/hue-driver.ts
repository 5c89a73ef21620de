import type { Clock } from '@domain/clock';
import { FollowerDriver } from '../follower-driver';
import type { Timers } from '../timers';
import { TransitionFollower, type FollowerTiming } from '../transition-follower';
import { HueClient, type HueConnection, type HueGroupedLightRef } from './hue-client';

export interface HueDriverOptions {
  bridge: HueConnection & { bridgeId: string };
  /** The room's or zone's grouped light, with the name staff chose it by. */
  groupedLight: HueGroupedLightRef;
  /** From pairing; kept apart from the settings, so it is passed in here. */
  applicationKey: string;
  clock: Clock;
  timers?: Timers;
  timing?: Partial<FollowerTiming>;
}

/**
 * Drives one Hue room or zone through the bridge: the plan goes out in chunks the bridge fades
 * by itself, at most one request a second (Hue's limit for grouped lights).
 */
export class HueDriver extends FollowerDriver {
  private readonly client: HueClient;
  protected readonly follower: TransitionFollower;

  constructor(options: HueDriverOptions) {
    super();
    this.client = new HueClient({ ...options.bridge, applicationKey: options.applicationKey });
    this.follower = new TransitionFollower({
      outputName: `The Hue bridge at ${options.bridge.host}`,
      clock: options.clock,
      timers: options.timers,
      timing: { minIntervalMs: 1_000, ...options.timing },
      send: (levelPct, transitionMs, signal) =>
        this.client.setGroupedLight(options.groupedLight, levelPct, transitionMs, signal),
    });
  }

  protected disconnect(): void {
    this.client.close();
  }
}
