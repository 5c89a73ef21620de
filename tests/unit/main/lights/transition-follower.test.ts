import { describe, expect, it } from 'vitest';
import type { LightPlan } from '../../../../main/lights/driver';
import { lookAhead } from '../../../../main/lights/look-ahead';
import { OutputError } from '../../../../main/lights/output-error';
import { TransitionFollower } from '../../../../main/lights/transition-follower';
import { fadePlan, steadyPlan } from '../../../support/light-plans';
import { ManualClock } from '../../../support/manual-clock';
import { letPromisesRun, ManualTimers } from '../../../support/manual-timers';
import { T0 } from '../../../support/runs';

type Outcome = 'answer' | 'hang' | OutputError;

interface Call {
  levelPct: number;
  transitionMs: number;
  at: number;
  signal: AbortSignal;
  answer: () => void;
}

/** A device that records what it is told and answers as the test scripts it (by default: at once). */
function fakeDevice(clock: ManualClock) {
  const calls: Call[] = [];
  const script: Outcome[] = [];
  const send = (levelPct: number, transitionMs: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ levelPct, transitionMs, at: clock.now(), signal, answer: resolve });
      const outcome = script.shift() ?? 'answer';
      if (outcome === 'answer') resolve();
      else if (outcome !== 'hang') reject(outcome);
    });
  return { calls, script, send };
}

function setUp() {
  const clock = new ManualClock(T0);
  const timers = new ManualTimers(clock);
  const device = fakeDevice(clock);
  const follower = new TransitionFollower({ outputName: 'The test lamp', send: device.send, clock, timers });
  return { clock, timers, device, follower };
}

const SEC = 1_000;

describe('following a light plan in chunks', () => {
  it('sends a 60 s fade as 5 s chunks, each asking for the level one chunk ahead', async () => {
    const { timers, device, follower } = setUp();
    const plan = fadePlan(T0, 60 * SEC, 70, 10);
    follower.follow(plan);
    await timers.advance(60 * SEC);

    expect(device.calls.map((c) => [c.at - T0, c.levelPct, c.transitionMs])).toEqual(
      Array.from({ length: 12 }, (_, k) => [k * 5 * SEC, 65 - 5 * k, 5 * SEC]),
    );
    for (const call of device.calls) expect(call.levelPct).toBeCloseTo(plan.levelAt(call.at + 5 * SEC), 5);
    expect(follower.status()).toEqual({ state: 'connected' });
  });

  it('sends nothing while the plan is steady, except a refresh each minute', async () => {
    const { timers, device, follower } = setUp();
    follower.follow(steadyPlan(40));
    await timers.advance(59 * SEC);
    expect(device.calls.map((c) => [c.at - T0, c.levelPct, c.transitionMs])).toEqual([[0, 40, 1_000]]);

    await timers.advance(1 * SEC);
    expect(device.calls.map((c) => c.at - T0)).toEqual([0, 60 * SEC]);
  });

  it('sends nothing for a new plan that asks for what the light already does', async () => {
    const { timers, device, follower } = setUp();
    follower.follow(steadyPlan(40));
    await timers.advance(10 * SEC);
    follower.follow(steadyPlan(40));
    await timers.advance(10 * SEC);
    expect(device.calls).toHaveLength(1);
  });

  it('gets staff light out within a second even right after a chunk, never two requests within a second', async () => {
    const { timers, device, follower } = setUp();
    follower.follow(fadePlan(T0, 60 * SEC, 70, 10));
    await timers.advance(5 * SEC);
    expect(device.calls.map((c) => c.at - T0)).toEqual([0, 5 * SEC]);

    await timers.advance(100);
    const pressedAt = T0 + 5_100;
    const staff: LightPlan = fadePlan(pressedAt, 3 * SEC, 64.25, 85);
    follower.follow(staff);
    await letPromisesRun();
    expect(device.calls).toHaveLength(2);

    await timers.advance(900);
    const [chunk, staffCall] = device.calls.slice(-2) as [Call, Call];
    expect(staffCall.at - pressedAt).toBeLessThanOrEqual(1_000);
    expect(staffCall.at - chunk.at).toBeGreaterThanOrEqual(1_000);
    // It asks for full staff light, arriving when the plan does (3 s after the press).
    expect(staffCall.levelPct).toBe(85);
    expect(staffCall.at + staffCall.transitionMs - (pressedAt + 3 * SEC)).toBeGreaterThanOrEqual(0);
    expect(staffCall.at + staffCall.transitionMs - (pressedAt + 3 * SEC)).toBeLessThanOrEqual(5);
  });

  it('sends only the newest wish, and never while a request is in flight', async () => {
    const { timers, device, follower } = setUp();
    device.script.push('hang');
    follower.follow(steadyPlan(20));
    follower.follow(steadyPlan(30));
    await timers.advance(2 * SEC);
    follower.follow(steadyPlan(40));
    await timers.advance(1 * SEC);
    expect(device.calls).toHaveLength(1);

    device.calls[0]!.answer();
    await timers.advance(0);
    expect(device.calls.map((c) => c.levelPct)).toEqual([20, 40]);
  });

  it('backs off after a 429 with growing pauses, holding back even a new plan, then carries on', async () => {
    const { timers, device, follower } = setUp();
    const slowDown = () => new OutputError('The lamp asked Stillroom to slow down.', 'rate-limited', 'retry');
    device.script.push(slowDown(), slowDown());
    follower.follow(steadyPlan(50));
    await timers.advance(0);
    expect(follower.status()).toEqual({ state: 'retrying', reason: 'The lamp asked Stillroom to slow down.' });

    await timers.advance(1_500);
    follower.follow(steadyPlan(55));
    await timers.advance(1_499);
    expect(device.calls.map((c) => c.at - T0)).toEqual([0, 1_000]);

    await timers.advance(1);
    expect(device.calls.map((c) => [c.at - T0, c.levelPct])).toEqual([
      [0, 50],
      [1_000, 50],
      [3_000, 55],
    ]);
    expect(follower.status()).toEqual({ state: 'connected' });
  });

  it('waits as long as the device asks when it says how long', async () => {
    const { timers, device, follower } = setUp();
    device.script.push(new OutputError('Slow down.', 'rate-limited', 'retry', 7_000));
    follower.follow(steadyPlan(50));
    await timers.advance(6_999);
    expect(device.calls).toHaveLength(1);
    await timers.advance(1);
    expect(device.calls).toHaveLength(2);
  });

  it('gives up on a request after 4 s, says so, and tries again', async () => {
    const { timers, device, follower } = setUp();
    device.script.push('hang');
    follower.follow(steadyPlan(60));
    await timers.advance(3_999);
    expect(follower.status()).toEqual({ state: 'connecting' });

    await timers.advance(1);
    expect(device.calls[0]!.signal.aborted).toBe(true);
    expect(follower.status()).toMatchObject({
      state: 'retrying',
      reason: expect.stringMatching(/^The test lamp did not answer within 4 seconds\./),
    });

    await timers.advance(1_000);
    expect(device.calls.map((c) => c.at - T0)).toEqual([0, 5_000]);
    expect(follower.status()).toEqual({ state: 'connected' });
  });

  it('stops with the reason when the device refuses in a way only a person can fix', async () => {
    const { timers, device, follower } = setUp();
    const statuses: unknown[] = [];
    follower.onStatus((status) => statuses.push(status));
    device.script.push(new OutputError('Pair again in Light settings.', 'unauthorized', 'fix'));
    follower.follow(fadePlan(T0, 60 * SEC, 70, 10));
    await timers.advance(2 * 60 * SEC);
    follower.follow(steadyPlan(85));
    await timers.advance(10 * SEC);

    expect(device.calls).toHaveLength(1);
    expect(statuses).toEqual([{ state: 'failed', reason: 'Pair again in Light settings.' }]);
    expect(timers.pending()).toBe(0);
  });

  it('reports an unexpected error in words and keeps trying', async () => {
    const { timers, device, follower } = setUp();
    device.script.push(new TypeError('boom') as unknown as OutputError);
    follower.follow(steadyPlan(10));
    await timers.advance(0);
    expect(follower.status()).toEqual({
      state: 'retrying',
      reason: 'The test lamp could not be set (boom). Stillroom keeps trying.',
    });
    await timers.advance(1_000);
    expect(follower.status()).toEqual({ state: 'connected' });
  });

  it('stops every timer and abandons the request in flight on close', async () => {
    const { timers, device, follower } = setUp();
    follower.follow(fadePlan(T0, 60 * SEC, 70, 10));
    await timers.advance(5 * SEC);
    device.script.push('hang');
    await timers.advance(5 * SEC);
    expect(timers.pending()).toBeGreaterThan(0);

    await follower.close();
    expect(timers.pending()).toBe(0);
    expect(device.calls.at(-1)!.signal.aborted).toBe(true);
    follower.follow(steadyPlan(85));
    await timers.advance(5 * 60 * SEC);
    expect(device.calls).toHaveLength(3);
    await expect(follower.idle()).resolves.toBeUndefined();
  });
});

describe('a light at rest', () => {
  it('wakes at the plan’s next bend instead of a chunk later', async () => {
    const { timers, device, follower } = setUp();
    // Holds 50 % until T0 + 1.75 s, then fades to 20 % over 250 ms.
    const plan: LightPlan = {
      levelAt: (t) => (t < T0 + 1_750 ? 50 : t < T0 + 2_000 ? 50 - (30 * (t - T0 - 1_750)) / 250 : 20),
      nextBendAfter: (t) => [T0 + 1_750, T0 + 2_000].find((bend) => bend > t) ?? null,
    };
    follower.follow(plan);
    await timers.advance(3 * SEC);
    expect(device.calls.map((c) => [c.at - T0, c.levelPct, c.transitionMs])).toEqual([
      [0, 50, 1_000],
      [1_750, 20, 250],
    ]);
  });
});

describe('looking one chunk ahead', () => {
  it('gives a plan that comes to rest inside the chunk the shorter transition', () => {
    const staff = lookAhead(fadePlan(0, 3_000, 20, 85), 0, 5_000);
    expect(staff.levelPct).toBe(85);
    expect(staff.transitionMs).toBeGreaterThanOrEqual(3_000);
    expect(staff.transitionMs).toBeLessThanOrEqual(3_005);
    expect(lookAhead(fadePlan(0, 60_000, 70, 10), 0, 5_000)).toEqual({ levelPct: 65, transitionMs: 5_000 });
    expect(lookAhead(steadyPlan(33.333), 0, 5_000)).toEqual({ levelPct: 33.3, transitionMs: 0 });
    expect(lookAhead(steadyPlan(140), 0, 5_000).levelPct).toBe(100);
    expect(lookAhead({ levelAt: () => Number.NaN }, 0, 5_000).levelPct).toBe(0);
  });

  it('never fades across a bend, so a two-second test flash is not lost inside a chunk', () => {
    // Up to 50 % in 250 ms, hold, back to 20 % at 2 s.
    const flash: LightPlan = {
      levelAt: (t) => (t < 250 ? 20 + (30 * t) / 250 : t < 1_750 ? 50 : t < 2_000 ? 50 - (30 * (t - 1_750)) / 250 : 20),
      nextBendAfter: (t) => [250, 1_750, 2_000].find((bend) => bend > t) ?? null,
    };
    expect(lookAhead(flash, 0, 5_000)).toEqual({ levelPct: 50, transitionMs: 250 });
    expect(lookAhead(flash, 1_000, 5_000)).toEqual({ levelPct: 50, transitionMs: 0 });
    expect(lookAhead(flash, 1_750, 5_000)).toEqual({ levelPct: 20, transitionMs: 250 });
    // Without its bends the same plan looks like nothing happens at all.
    expect(lookAhead({ levelAt: flash.levelAt }, 0, 5_000).levelPct).toBe(20);
  });
});
