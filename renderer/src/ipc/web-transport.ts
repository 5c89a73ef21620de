import { MAX_FRAME_BYTES, type EventChannel, type Reply, type RequestChannel } from '@domain/ipc/channels';
import type { Transport } from './transport';

const RECONNECT_MS = [250, 500, 1000, 2000, 4000];

/**
 * The web host's transport: one WebSocket carrying the same contract as Electron's IPC,
 * reconnecting by itself so a restarted host is picked up without a reload.
 */
export function webTransport(token: string): Transport {
  let socket: WebSocket | null = null;
  let nextId = 1;
  let attempts = 0;
  const pending = new Map<number, (reply: Reply<unknown>) => void>();
  const queue: string[] = [];
  const eventListeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const connectedListeners = new Set<() => void>();
  const disconnectedListeners = new Set<() => void>();
  let wasOpen = false;

  function connect(): void {
    const ws = new WebSocket(`ws://${location.host}/ipc?token=${encodeURIComponent(token)}`);
    socket = ws;
    ws.onopen = () => {
      attempts = 0;
      wasOpen = true;
      for (const message of queue.splice(0)) ws.send(message);
      for (const listener of connectedListeners) listener();
    };
    ws.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as {
        id?: number;
        reply?: Reply<unknown>;
        event?: EventChannel;
        payload?: unknown;
      };
      if (data.id !== undefined && data.reply) {
        pending.get(data.id)?.(data.reply);
        pending.delete(data.id);
      } else if (data.event) {
        for (const listener of eventListeners.get(data.event) ?? []) listener(data.payload);
      }
    };
    ws.onclose = () => {
      socket = null;
      if (wasOpen) for (const listener of disconnectedListeners) listener();
      wasOpen = false;
      for (const [id, resolve] of pending) {
        resolve({ ok: false, error: 'Lost the connection to Stillroom. Reconnecting…' });
        pending.delete(id);
      }
      const delay = RECONNECT_MS[Math.min(attempts++, RECONNECT_MS.length - 1)];
      setTimeout(connect, delay);
    };
  }
  connect();

  return {
    request(channel: RequestChannel, payload: unknown) {
      const id = nextId++;
      const message = JSON.stringify({ id, channel, payload });
      // The host closes a socket that sends more than one frame holds; say so here instead.
      if (new Blob([message]).size > MAX_FRAME_BYTES) {
        return Promise.resolve({ ok: false, error: 'This request is too large to send. Choose fewer items at once.' });
      }
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (socket?.readyState === WebSocket.OPEN) socket.send(message);
        else queue.push(message);
      });
    },
    on(event, callback) {
      const listeners = eventListeners.get(event) ?? new Set();
      eventListeners.set(event, listeners.add(callback));
      return () => listeners.delete(callback);
    },
    onConnected(callback) {
      connectedListeners.add(callback);
      if (socket?.readyState === WebSocket.OPEN) queueMicrotask(callback);
      return () => connectedListeners.delete(callback);
    },
    onDisconnected(callback) {
      disconnectedListeners.add(callback);
      return () => disconnectedListeners.delete(callback);
    },
    handlesForFiles: async () => [],
    mediaUrl: (root, path) =>
      `/media/${root}/${path.split('/').map(encodeURIComponent).join('/')}?token=${encodeURIComponent(token)}`,
  };
}
