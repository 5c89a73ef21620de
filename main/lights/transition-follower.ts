import type { Clock } from '@domain/clock';
import type { LightPlan, OutputStatus } from './driver';
import { lookAhead, SAME_LEVEL_PCT, type LightStep } from './look-ahead';
import { inSeconds, OutputError } from './output-error';
import { realTimers, type CancelTimer, type Timers } from './timers';
import { errorMessage } from '@domain/error-message';

/** Asks the device to go to a level over a transition; rejects with an OutputError when it cannot. */
export type SendLevel = (levelPct: number, transitionMs: number, signal: AbortSignal) => Promise<void>;

export interface FollowerTiming {
  /** How far ahead each request looks; the device fades over this time by itself. */
  chunkMs: number;
  /** A steady light is told its level again this often, so a light switched by hand comes back. */
  refreshMs: number;
  /** Never two requests closer than this (Hue asks for at most one a second per room). */
  minIntervalMs: number;
  /** A request that has not answered by then is given up and retried. */
  requestTimeoutMs: number;
  firstRetryMs: number;
  maxRetryMs: number;
  /** Transition for a light whose plan is at rest: it returns gently rather than jumping. */
  steadyTransitionMs: number;
}

export const DEFAULT_FOLLOWER_TIMING: FollowerTiming = {
  chunkMs: 5_000,
  refreshMs: 60_000,
  minIntervalMs: 1_000,
  requestTimeoutMs: 4_000,
  firstRetryMs: 1_000,
  maxRetryMs: 30_000,
  steadyTransitionMs: 1_000,
};

export interface FollowerOptions {
  /** The output as staff know it, starting a sentence: "The Hue bridge at 192.168.1.20". */
  outputName: string;
  send: SendLevel;
  clock: Clock;
  timers?: Timers;
  timing?: Partial<FollowerTiming>;
}

interface Told extends LightStep {
  sentAt: number;
}

interface InFlight {
  id: number;
  controller: AbortController;
  cancelTimeout: CancelTimer;
}

/**
 * Follows a light plan with devices that cannot take a stream of frames (Hue, Home Assistant):
 * every chunk it asks for the level the plan will have one chunk ahead, with the chunk as the
 * device's own transition time. Long fades become short, interruptible steps; a steady plan
 * costs one request a minute; a new plan goes out as soon as the rate limit allows. Only the
 * newest wish is ever sent and never more than one request is in flight. Nothing here waits
 * on the network: `follow` only schedules. A refusal only a person can fix (a revoked key, an
 * unknown light) stops the output with its reason until it is set up again.
 */
export class TransitionFollower {
  private readonly timing: FollowerTiming;
  private readonly timers: Timers;
  private plan: LightPlan | null = null;
  /** A new plan is due at once, within the rate limit. */
  private planChanged = false;
  /** What the device was last told; null when unknown (nothing sent yet, or the last request failed). */
  private told: Told | null = null;
  private lastRequestAt = -Infinity;
  private nextCheckAt = -Infinity;
  /** Set when the device asked us to slow down: not even a new plan goes out before this. */
  private holdUntil = -Infinity;
  private failures = 0;
  private inFlight: InFlight | null = null;
  private requestCount = 0;
  private cancelWake: CancelTimer | null = null;
  private current: OutputStatus = { state: 'connecting' };
  private readonly listeners = new Set<(status: OutputStatus) => void>();
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: FollowerOptions) {
    this.timing = { ...DEFAULT_FOLLOWER_TIMING, ...options.timing };
    this.timers = options.timers ?? realTimers;
  }

  /** Follow this plan from now on; returns at once. */
  follow(plan: LightPlan): void {
    if (this.closed) return;
    this.plan = plan;
    this.planChanged = true;
    this.wake();
  }

  status(): OutputStatus {
    return this.current;
  }

  /** Calls `listener` on every change of status; returns the unsubscribe function. */
  onStatus(listener: (status: OutputStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once no request is in flight (at once when none is). */
  idle(): Promise<void> {
    if (!this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops every timer and abandons the request in flight; nothing is sent afterwards. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cancelWake?.();
    this.cancelWake = null;
    if (this.inFlight) {
      this.inFlight.cancelTimeout();
      this.inFlight.controller.abort(new OutputError(`${this.options.outputName} was closed.`, 'timeout', 'retry'));
      this.inFlight = null;
    }
    this.listeners.clear();
    this.resolveIdle();
  }

  /** Decides, at a moment of its own choosing, whether to send now, later or not at all. */
  private wake(): void {
    this.cancelWake?.();
    this.cancelWake = null;
    if (this.closed || this.inFlight || !this.plan || this.current.state === 'failed') return;
    const { chunkMs, minIntervalMs } = this.timing;
    const now = this.options.clock.now();
    const wanted = this.planChanged ? now : this.nextCheckAt;
    const due = Math.max(wanted, this.lastRequestAt + minIntervalMs, this.holdUntil);
    if (due > now) {
      this.cancelWake = this.timers.after(due - now, () => this.wake());
      return;
    }
    const step = lookAhead(this.plan, now, chunkMs);
    if (this.needsSending(step, now)) {
      this.start(step, now);
      return;
    }
    this.planChanged = false;
    // A plan change that asks for nothing new must not push back a chunk already scheduled.
    if (this.nextCheckAt <= now) this.nextCheckAt = now + chunkMs;
    this.nextCheckAt = this.byNextBend(now, this.nextCheckAt);
    this.cancelWake = this.timers.after(this.nextCheckAt - now, () => this.wake());
  }

  /** `at`, or the plan's next bend after `now` if that comes first: a light at rest must not miss it. */
  private byNextBend(now: number, at: number): number {
    const bend = this.plan?.nextBendAfter?.(now) ?? null;
    return bend !== null && bend > now ? Math.min(at, bend) : at;
  }

  private needsSending(step: LightStep, now: number): boolean {
    const told = this.told;
    if (told === null || now - this.lastRequestAt >= this.timing.refreshMs) return true;
    if (Math.abs(step.levelPct - told.levelPct) > SAME_LEVEL_PCT) return true;
    if (step.transitionMs === 0) return false;
    // Same level, but the device would arrive noticeably earlier or later than the plan does.
    return Math.abs(now + step.transitionMs - (told.sentAt + told.transitionMs)) > this.timing.chunkMs / 10;
  }

  private start(step: LightStep, now: number): void {
    const { requestTimeoutMs, steadyTransitionMs } = this.timing;
    const id = ++this.requestCount;
    const controller = new AbortController();
    this.planChanged = false;
    this.lastRequestAt = now;
    const cancelTimeout = this.timers.after(requestTimeoutMs, () => {
      const error = new OutputError(
        `${this.options.outputName} did not answer within ${inSeconds(requestTimeoutMs)}. Stillroom keeps trying; ` +
          'check that it is switched on and connected to the network.',
        'timeout',
        'retry',
      );
      controller.abort(error);
      this.finish(id, error);
    });
    this.inFlight = { id, controller, cancelTimeout };
    const transitionMs = step.transitionMs === 0 ? steadyTransitionMs : step.transitionMs;
    let sending: Promise<void>;
    try {
      sending = this.options.send(step.levelPct, transitionMs, controller.signal);
    } catch (error) {
      sending = Promise.reject(error);
    }
    sending.then(
      () => this.finish(id, null, { ...step, sentAt: now }),
      (error: unknown) => this.finish(id, error),
    );
  }

  private finish(id: number, error: unknown, told?: Told): void {
    // A late answer to a request already given up (timeout, close) changes nothing.
    if (!this.inFlight || this.inFlight.id !== id) return;
    this.inFlight.cancelTimeout();
    this.inFlight = null;
    if (told) this.succeeded(told);
    else this.failed(error);
    this.resolveIdle();
    this.wake();
  }

  private succeeded(told: Told): void {
    this.failures = 0;
    this.holdUntil = -Infinity;
    this.told = told;
    const settled = told.sentAt + (told.transitionMs > 0 ? told.transitionMs : this.timing.chunkMs);
    this.nextCheckAt = this.byNextBend(told.sentAt, settled);
    this.setStatus({ state: 'connected' });
  }

  private failed(error: unknown): void {
    const problem =
      error instanceof OutputError
        ? error
        : new OutputError(
            `${this.options.outputName} could not be set (${errorMessage(error)}). ` + 'Stillroom keeps trying.',
            'unexpected-answer',
            'retry',
          );
    this.told = null;
    if (problem.recovery === 'fix') {
      this.setStatus({ state: 'failed', reason: problem.message });
      return;
    }
    const { firstRetryMs, maxRetryMs } = this.timing;
    this.failures += 1;
    const wait = Math.max(Math.min(maxRetryMs, firstRetryMs * 2 ** (this.failures - 1)), problem.retryAfterMs ?? 0);
    const now = this.options.clock.now();
    this.nextCheckAt = now + wait;
    if (problem.code === 'rate-limited') this.holdUntil = now + wait;
    this.setStatus({ state: 'retrying', reason: problem.message });
  }

  private setStatus(status: OutputStatus): void {
    const same =
      status.state === this.current.state &&
      ('reason' in status ? status.reason : undefined) === ('reason' in this.current ? this.current.reason : undefined);
    if (same) return;
    this.current = status;
    for (const listener of [...this.listeners]) listener(status);
  }

  private resolveIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
