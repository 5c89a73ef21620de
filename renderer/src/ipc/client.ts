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

/** The one way renderer code talks to the main process: a typed function per channel, and its events. */
export interface Client {
  api: StillroomApi;
  onEvent<E extends EventChannel>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
  onConnected(callback: () => void): () => void;
  onDisconnected(callback: () => void): () => void;
  mediaUrl(root: string, path: string): string;
  handlesForFiles(files: File[]): Promise<string[]>;
}

/** Electron's preload when it is there, else the web host's socket (whose address carries the token). */
export function chooseTransport(): Transport {
  if (window.stillroom) return electronTransport(window.stillroom);
  const token = new URLSearchParams(location.search).get('token');
  if (!token) throw new Error('Open Stillroom with the full address the web host printed (it includes a token).');
  return webTransport(token);
}

export function createClient(transport: Transport): Client {
  const api = Object.fromEntries(
    REQUEST_CHANNELS.map((channel) => [
      channel,
      async (input: unknown) => {
        const reply = await transport.request(channel, input ?? {});
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      },
    ]),
  ) as StillroomApi;
  return {
    api,
    onEvent: (event, callback) => transport.on(event, (payload) => callback(payload as EventPayload<typeof event>)),
    onConnected: (callback) => transport.onConnected(callback),
    onDisconnected: (callback) => transport.onDisconnected(callback),
    mediaUrl: (root, path) => transport.mediaUrl(root, path),
    handlesForFiles: (files) => transport.handlesForFiles(files),
  };
}

/**
 * The client the renderer booted with (see boot.ts). The collection stores reach it through the
 * functions below; nothing here opens a connection on import.
 */
let booted: Client | null = null;

export function installClient(client: Client): void {
  booted = client;
}

function client(): Client {
  if (!booted) throw new Error('The renderer has not booted: boot() makes the client first.');
  return booted;
}

export const api = new Proxy({} as StillroomApi, {
  get: (_, channel) => client().api[channel as keyof StillroomApi],
});
export const onEvent: Client['onEvent'] = (event, callback) => client().onEvent(event, callback);
export const onConnected = (callback: () => void) => client().onConnected(callback);
export const onDisconnected = (callback: () => void) => client().onDisconnected(callback);
export const mediaUrl = (root: string, path: string) => client().mediaUrl(root, path);
export const handlesForFiles = (files: File[]) => client().handlesForFiles(files);
