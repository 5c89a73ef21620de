import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { SessionSnapshot, StillroomApi } from '@domain/ipc/contract';
import type { Client } from '../../../../renderer/src/ipc/client';
import { SessionClock } from '../../../../renderer/src/session/session-clock';
import { stateAt } from '@domain/session/state-at';
import type * as StateAt from '@domain/session/state-at';
import { AFTER_GUARD, press, startRun } from '../../../support/runs';

/**
 * The renderer's session store, ticker and room sound in Node, with the main process played by
 * hand: a press is announced by `session.changed` and answered by the request, as main does.
 */
const main = {
  listeners: new Map<string, (payload: unknown) => void>(),
  reply: null as unknown,
};
const client = {
  api: {
    'session.control': async () => main.reply,
    'clock.now': async () => ({ clockNow: Date.now(), timeScale: 1 }),
  } as unknown as StillroomApi,
  onEvent: (event: string, listener: (payload: unknown) => void) => {
    main.listeners.set(event, listener);
    return () => main.listeners.delete(event);
  },
  onConnected: () => () => undefined,
} as unknown as Client;
vi.mock('@domain/session/state-at', async (original) => {
  const real = await original<typeof StateAt>();
  return { ...real, stateAt: vi.fn(real.stateAt) };
});
// No Web Audio in Node: the engine is a stand-in that accepts every plan.
vi.mock('../../../../renderer/src/audio/audio-engine', () => ({
  AudioEngine: class {
    reconcile() {}
    setVolume() {}
    busy = () => false;
    measure() {}
    levelDb = () => -Infinity;
    recentLog = () => [];
    subscribe = () => () => undefined;
    getSnapshot = () => null;
  },
}));
vi.mock('../../../../renderer/src/audio/room-mixer', () => ({ createRoomPorts: () => ({}) }));
vi.mock('../../../../renderer/src/audio/patient-audio', () => ({ PatientAudio: class {} }));

const snapshotOf = (run: SessionSnapshot['run']): SessionSnapshot => ({
  run,
  clockNow: Date.now(),
  timeScale: 1,
  awaitingResume: false,
  unsaved: null,
});

describe('a press on the console', () => {
  beforeAll(() => {
    vi.stubGlobal('window', globalThis);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  test('applies the new session once, and the screens and the sound share the one state worked out for it', async () => {
    const { createSessionStore } = await import('../../../../renderer/src/session/session-store');
    const { SessionTicker } = await import('../../../../renderer/src/session/session-ticker');
    const { startRoomSound } = await import('../../../../renderer/src/audio/room-sound');
    const clock = new SessionClock(() => client.api['clock.now']({}));
    const store = createSessionStore(client, clock);
    const ticker = new SessionTicker(store, clock);
    startRoomSound({ store, ticker, mediaUrl: (root, path) => `media/${root}/${path}` });
    const started = snapshotOf(startRun('timed-40', Date.now()));
    main.listeners.get('session.changed')!(started);

    const paused = snapshotOf(press(started.run, 'pause', started.run.events[0]!.at + AFTER_GUARD));
    vi.mocked(stateAt).mockClear();
    // Main announces the change to every window, then answers the press with the same session.
    main.reply = paused;
    const answered = store.getState().actions.control({ type: 'pause' });
    main.listeners.get('session.changed')!(paused);
    await answered;

    expect(store.getState().snapshot?.run.events.at(-1)?.type).toBe('pause');
    expect(vi.mocked(stateAt).mock.calls.length).toBe(1);
  });

  test('while the sound holds still, the session wakes the page once a second, for the clocks', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
    try {
      const { createSessionStore } = await import('../../../../renderer/src/session/session-store');
      const { SessionTicker } = await import('../../../../renderer/src/session/session-ticker');
      const { startRoomSound } = await import('../../../../renderer/src/audio/room-sound');
      const clock = new SessionClock(() => client.api['clock.now']({}));
      const store = createSessionStore(client, clock);
      const ticker = new SessionTicker(store, clock);
      startRoomSound({ store, ticker, mediaUrl: (root, path) => `media/${root}/${path}` });
      // A session a minute in: its start fade is over, and the next change is the end of Opening.
      main.listeners.get('session.changed')!(snapshotOf(startRun('timed-40', Date.now() - 60_000)));
      vi.mocked(stateAt).mockClear();
      await vi.advanceTimersByTimeAsync(30_000);
      expect(vi.mocked(stateAt).mock.calls.length).toBeGreaterThanOrEqual(29);
      expect(vi.mocked(stateAt).mock.calls.length).toBeLessThanOrEqual(31);
    } finally {
      vi.useRealTimers();
    }
  });
});
