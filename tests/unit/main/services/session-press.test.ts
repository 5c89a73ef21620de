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

/**
 * The renderer's session store, ticker and room sound, wired as the renderer's boot wires them;
 * `beforeSound` runs between the store and the sound, as a window's first answer may.
 */
async function startRenderer(beforeSound: () => void = () => {}) {
  const { createSessionStore } = await import('../../../../renderer/src/session/session-store');
  const { SessionTicker } = await import('../../../../renderer/src/session/session-ticker');
  const { startRoomSound } = await import('../../../../renderer/src/audio/room-sound');
  const clock = new SessionClock(() => client.api['clock.now']({}));
  const store = createSessionStore(client, clock);
  beforeSound();
  startRoomSound({ store, ticker: new SessionTicker(store, clock), mediaUrl: (root, path) => `media/${root}/${path}` });
  return store;
}

describe('the session in the renderer', () => {
  beforeAll(() => {
    vi.stubGlobal('window', globalThis);
    // The volume store keeps staff's volumes in the window's storage.
    const kept = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  test('a press applies the new session once, and the screens and the sound share the one state worked out for it', async () => {
    const store = await startRenderer();
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
      await startRenderer();
      // A session a minute in: its start fade is over, and the next change is the end of Opening.
      const run = startRun('timed-40', Date.now() - 60_000);
      main.listeners.get('session.changed')!(snapshotOf(run));
      vi.mocked(stateAt).mockClear();
      await vi.advanceTimersByTimeAsync(30_000);
      // Only this session's wake-ups count: the window of the test before may still tick.
      const wakeUps = vi.mocked(stateAt).mock.calls.filter(([worked]) => worked.events[0] === run.events[0]);
      expect(wakeUps.length).toBeGreaterThanOrEqual(29);
      expect(wakeUps.length).toBeLessThanOrEqual(31);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a session the patient chose starts at their comfort level, though the window knew there was no session before its sound started', async () => {
    const { useVolumeStore } = await import('../../../../renderer/src/audio/volume-store');
    useVolumeStore.getState().actions.setComfort(1);
    await startRenderer(() => main.listeners.get('session.changed')!(null));
    const chosen = startRun('timed-40', Date.now());
    main.listeners.get('session.changed')!(
      snapshotOf({
        ...chosen,
        id: 'run-chosen',
        patient: { journeyName: 'Piano and rain', comfort: 0.4, intention: '' },
      }),
    );
    expect(useVolumeStore.getState().comfort).toBe(0.4);
  });
});
