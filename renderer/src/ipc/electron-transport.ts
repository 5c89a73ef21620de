import type { EventChannel, Reply, RequestChannel } from '../../../src/ipc/channels';
import type { Transport } from './transport';

/** What main/preload.ts exposes on window.stillroom. */
export interface PreloadBridge {
  request: Record<RequestChannel, (payload: unknown) => Promise<Reply<unknown>>>;
  on: Record<EventChannel, (callback: (payload: unknown) => void) => () => void>;
  pathForFile(file: File): string;
}

export function electronTransport(bridge: PreloadBridge): Transport {
  return {
    request: (channel, payload) => bridge.request[channel](payload),
    on: (event, callback) => bridge.on[event](callback),
    onConnected: (callback) => {
      queueMicrotask(callback);
      return () => {};
    },
    onDisconnected: () => () => {},
    pathForFile: (file) => bridge.pathForFile(file) || null,
    mediaUrl: (root, path) => `stillroom-media://${root}/${path.split('/').map(encodeURIComponent).join('/')}`,
  };
}
