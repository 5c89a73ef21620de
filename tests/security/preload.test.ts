import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AMBIENT_CHANNELS,
  AMBIENT_EVENTS,
  DROPPED_FILES_CHANNEL,
  EVENT_CHANNELS,
  REQUEST_CHANNELS,
} from '@domain/ipc/channels';

type Listener = (...args: unknown[]) => void;

// Electron replaced at its thinnest point: the bridge records what the preload exposes, and
// ipcRenderer records what is sent through it.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  return {
    exposed: [] as [string, unknown][],
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, payload: unknown) => ({
        ok: true,
        value: 'answered' as unknown,
        channel,
        payload,
      })),
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
  handlesForFiles?: (files: unknown[]) => Promise<string[]>;
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
  it('exposes one object, window.stillroom, with requests, events and handles for dropped files only', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['stillroom']);
    expect(Object.keys(bridge).sort()).toEqual(['handlesForFiles', 'on', 'request']);
  });

  it('hands the main process the paths of dropped files and gives the page only the handles it answers', async () => {
    electron.ipcRenderer.invoke.mockImplementationOnce(async (channel: string, payload: unknown) => ({
      ok: true,
      value: ['chosen:000000000000000000000000/shore.ogg'],
      channel,
      payload,
    }));
    const handles = await bridge.handlesForFiles!([{ name: 'shore.ogg' }]);
    expect(handles).toEqual(['chosen:000000000000000000000000/shore.ogg']);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(DROPPED_FILES_CHANNEL, ['/music/shore.ogg']);
    expect(JSON.stringify(handles)).not.toContain('/music');
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

describe('the preload in the ambient display window', () => {
  it('exposes only the session and the clock, and nothing for files', async () => {
    // The main process names the window's role on its command line.
    process.argv.push('--stillroom-window=ambient');
    try {
      vi.resetModules();
      await import('../../main/preload');
    } finally {
      process.argv.pop();
    }
    const ambient = electron.exposed.at(-1)![1] as Bridge;
    expect(Object.keys(ambient).sort()).toEqual(['on', 'request']);
    expect(Object.keys(ambient.request).sort()).toEqual([...AMBIENT_CHANNELS].sort());
    expect(Object.keys(ambient.on).sort()).toEqual([...AMBIENT_EVENTS].sort());
  });
});
