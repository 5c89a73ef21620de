import type { LightDriver, LightPlan, OutputStatus } from './driver';
import type { TransitionFollower } from './transition-follower';

/**
 * A driver for a device that fades by itself (Hue, Home Assistant): it hands its plan to a
 * TransitionFollower and, on close, stops that and lets its connection go.
 */
export abstract class FollowerDriver implements LightDriver {
  protected abstract readonly follower: TransitionFollower;

  /** Lets the device's connection go once nothing more will be sent. */
  protected abstract disconnect(): void;

  follow(plan: LightPlan): void {
    this.follower.follow(plan);
  }

  status(): OutputStatus {
    return this.follower.status();
  }

  onStatus(listener: (status: OutputStatus) => void): () => void {
    return this.follower.onStatus(listener);
  }

  /** Resolves once no request is in flight. */
  idle(): Promise<void> {
    return this.follower.idle();
  }

  async close(): Promise<void> {
    await this.follower.close();
    this.disconnect();
  }
}
