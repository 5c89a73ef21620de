import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  AMBIENT_CHANNELS,
  AMBIENT_EVENTS,
  DROPPED_FILES_CHANNEL,
  EVENT_CHANNELS,
  REQUEST_CHANNELS,
} from '@domain/ipc/channels';

// Which window this is, as the main process said when it made it: the ambient display gets only
// what it shows (the main process refuses it everything else too).
const ambient = process.argv.includes('--stillroom-window=ambient');
const requests: readonly string[] = ambient ? AMBIENT_CHANNELS : REQUEST_CHANNELS;
const events: readonly string[] = ambient ? AMBIENT_EVENTS : EVENT_CHANNELS;

// One named function per contract channel; the renderer never sees ipcRenderer itself.
const request = Object.fromEntries(
  requests.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)]),
);

const on = Object.fromEntries(
  events.map((event) => [
    event,
    (callback: (payload: unknown) => void) => {
      const listener = (_event: unknown, payload: unknown) => callback(payload);
      ipcRenderer.on(event, listener);
      return () => {
        ipcRenderer.removeListener(event, listener);
      };
    },
  ]),
);

/**
 * Files dropped on the window: the main process keeps their paths and the page gets handles to
 * import them by, so it never holds a path it could send back.
 */
const handlesForFiles = async (files: File[]): Promise<string[]> => {
  const paths = files.map((file) => webUtils.getPathForFile(file)).filter((path) => path !== '');
  if (paths.length === 0) return [];
  const reply = (await ipcRenderer.invoke(DROPPED_FILES_CHANNEL, paths)) as { ok: boolean; value?: string[] };
  return reply.ok ? (reply.value ?? []) : [];
};

contextBridge.exposeInMainWorld('stillroom', ambient ? { request, on } : { request, on, handlesForFiles });
