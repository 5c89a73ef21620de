import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../../src/ipc/channels';

type Listener = (...args: unknown[]) => void;

// Electron replaced at its thinnest point: the bridge records what the preload exposes, and
// ipcRenderer records what is sent through it.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  return {
    exposed: [] as [string, unknown][],
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: 'answered', channel, payload })),
      send: vi.fn(),
      sendSync: vi.fn(),
      on: vi.fn((event: string, listener: Listener) =>
        listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      ),
      removeListener: vi.fn((event: string, listener: Listener) =>
        listeners.set(
          event,
          (listeners.get(event) ?? []).filter((l) => l !== listener),
        ),
      ),
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]) },
  ipcRenderer: electron.ipcRenderer,
  webUtils: { getPathForFile: () => '/music/shore.ogg' },
}));

interface Bridge {
  request: Record<string, (payload: unknown) => Promise<unknown>>;
  on: Record<string, (callback: (payload: unknown) => void) => () => void>;
  pathForFile: (file: unknown) => string;
}
let bridge: Bridge;

beforeAll(async () => {
  await import('../../main/preload');
  bridge = electron.exposed[0]![1] as Bridge;
});

/** Every value reachable from the exposed object, with where it sits. */
function reachable(value: unknown, at = 'stillroom', seen = new Set<unknown>()): [string, unknown][] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return [];
  seen.add(value);
  return [
    [at, value],
    ...Reflect.ownKeys(value).flatMap((key) =>
      reachable((value as Record<PropertyKey, unknown>)[key], `${at}.${String(key)}`, seen),
    ),
  ];
}

describe('the preload', () => {
  it('exposes one object, window.stillroom, with requests, events and dropped-file paths only', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['stillroom']);
    expect(Object.keys(bridge).sort()).toEqual(['on', 'pathForFile', 'request']);
  });

  it('exposes exactly one function per request channel and per event', () => {
    expect(Object.keys(bridge.request).sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(Object.keys(bridge.on).sort()).toEqual([...EVENT_CHANNELS].sort());
    for (const fn of [...Object.values(bridge.request), ...Object.values(bridge.on)]) expect(fn).toBeTypeOf('function');
  });

  it('never hands out ipcRenderer or any of its methods', () => {
    const own = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    expect(reachable(bridge).filter(([, value]) => own.has(value))).toEqual([]);
  });

  it.each(REQUEST_CHANNELS)('%s invokes its own channel and no other', async (channel) => {
    electron.ipcRenderer.invoke.mockClear();
    const payload = { any: 'thing' };
    // Extra arguments cannot pick another channel or smuggle more data through.
    await expect(
      (bridge.request[channel] as (...args: unknown[]) => Promise<unknown>)(payload, 'app.info', { more: 1 }),
    ).resolves.toEqual({ ok: true, value: 'answered', channel, payload });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[channel, payload]]);
  });

  it.each(EVENT_CHANNELS)('%s delivers only its payload, and unsubscribes', (event) => {
    const received: unknown[] = [];
    const stop = bridge.on[event]!((payload) => received.push(payload));
    const listener = electron.listeners.get(event)!.at(-1)!;
    listener({ sender: 'the IpcRendererEvent, with its ports and sender' }, { done: 1 });
    expect(received).toEqual([{ done: 1 }]);
    stop();
    expect(electron.listeners.get(event)).not.toContain(listener);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });
});
