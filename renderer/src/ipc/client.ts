import { REQUEST_CHANNELS, type EventChannel } from '@domain/ipc/channels';
import type { EventPayload, StillroomApi } from '@domain/ipc/contract';
import { electronTransport, type PreloadBridge } from './electron-transport';
import type { Transport } from './transport';
import { webTransport } from './web-transport';

declare global {
  interface Window {
    stillroom?: PreloadBridge;
  }
}

function chooseTransport(): Transport {
  if (window.stillroom) return electronTransport(window.stillroom);
  const token = new URLSearchParams(location.search).get('token');
  if (!token) throw new Error('Open Stillroom with the full address the web host printed (it includes a token).');
  return webTransport(token);
}

const transport = chooseTransport();

/** The one way renderer code talks to the main process: a typed function per channel. */
export const api = Object.fromEntries(
  REQUEST_CHANNELS.map((channel) => [
    channel,
    async (input: unknown) => {
      const reply = await transport.request(channel, input ?? {});
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
  ]),
) as StillroomApi;

export function onEvent<E extends EventChannel>(event: E, callback: (payload: EventPayload<E>) => void): () => void {
  return transport.on(event, (payload) => callback(payload as EventPayload<E>));
}

export const onConnected = (callback: () => void) => transport.onConnected(callback);
export const onDisconnected = (callback: () => void) => transport.onDisconnected(callback);
export const mediaUrl = (root: string, path: string) => transport.mediaUrl(root, path);
export const handlesForFiles = (files: File[]) => transport.handlesForFiles(files);
