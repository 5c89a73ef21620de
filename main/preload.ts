import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../src/ipc/channels';

// One named function per contract channel; the renderer never sees ipcRenderer itself.
const request = Object.fromEntries(
  REQUEST_CHANNELS.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)]),
);

const on = Object.fromEntries(
  EVENT_CHANNELS.map((event) => [
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

// Files dropped on the window: their path on disk, so they can be imported where they are.
const pathForFile = (file: File) => webUtils.getPathForFile(file);

contextBridge.exposeInMainWorld('stillroom', { request, on, pathForFile });
