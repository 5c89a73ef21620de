import type { EventChannel, Reply, RequestChannel } from '@domain/ipc/channels';
import type { Transport } from './transport';

/** What main/preload.ts exposes on window.stillroom (the ambient display gets only some of it). */
export interface PreloadBridge {
  request: Partial<Record<RequestChannel, (payload: unknown) => Promise<Reply<unknown>>>>;
  on: Partial<Record<EventChannel, (callback: (payload: unknown) => void) => () => void>>;
  handlesForFiles?: (files: File[]) => Promise<string[]>;
}

export function electronTransport(bridge: PreloadBridge): Transport {
  return {
    request: (channel, payload) =>
      bridge.request[channel]?.(payload) ??
      Promise.resolve({ ok: false, error: `This window does not ask for ${channel}.` }),
    on: (event, callback) => bridge.on[event]?.(callback) ?? (() => {}),
    onConnected: (callback) => {
      queueMicrotask(callback);
      return () => {};
    },
    onDisconnected: () => () => {},
    handlesForFiles: (files) => bridge.handlesForFiles?.(files) ?? Promise.resolve([]),
    mediaUrl: (root, path) => `stillroom-media://${root}/${path.split('/').map(encodeURIComponent).join('/')}`,
  };
}
