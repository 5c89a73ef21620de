import type { OutputStatus } from '@domain/light/output-status';

export type { OutputStatus };

/**
 * What a light output should show: its level (0–100 %, already inside the output's own
 * minimum and maximum) at any moment of the driver's clock. The plan is a function of time,
 * so a driver can look ahead (Hue and Home Assistant fade in chunks) or sample it at its
 * own frame rate (DMX).
 */
export interface LightPlan {
  levelAt(now: number): number;
  /**
   * The next moment after `now` at which the course bends (a fade begins or ends), or null when
   * none is scheduled. Between bends the level moves in a straight line, so a device that fades
   * by itself is never asked to fade across one (a two-second test flash would vanish inside a
   * five-second chunk). Plans without it are treated as bending only where they come to rest.
   */
  nextBendAfter?(now: number): number | null;
}

/**
 * One output of the room's light (DMX universe, Hue room, Home Assistant lights). A driver
 * owns its timers and its I/O: a slow or failing driver never delays the session clock, the
 * sound or the other drivers. `follow` must return at once.
 */
export interface LightDriver {
  /** Follow this plan from now on (called on every run-log change, staff light, a test flash). */
  follow(plan: LightPlan): void;
  status(): OutputStatus;
  onStatus(listener: (status: OutputStatus) => void): () => void;
  /** Stops for good; sACN sends its stream-terminated packets before this resolves. */
  close(): Promise<void>;
}

/** Stands in for an output that cannot start, so staff see why instead of nothing. */
export function failedDriver(reason: string): LightDriver {
  const status: OutputStatus = { state: 'failed', reason };
  return { follow: () => {}, status: () => status, onStatus: () => () => {}, close: async () => {} };
}
