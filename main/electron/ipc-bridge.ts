import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  AMBIENT_CHANNELS,
  AMBIENT_EVENTS,
  DROPPED_FILES_CHANNEL,
  REQUEST_CHANNELS,
  type EventChannel,
  type RequestChannel,
} from '@domain/ipc/channels';
import { dispatch, type Handlers } from '../ipc/dispatch';

import type { WindowRole } from './security';

export type { WindowRole };

export interface BridgeOptions {
  /** Origins the app's own pages load from: app://stillroom (and a development server's, unpackaged). */
  pageOrigins: readonly string[];
  roleOf: (contents: WebContents) => WindowRole;
  /** Keeps the paths of dropped files in the main process and answers handles for them. */
  grantDropped: (paths: string[]) => string[];
}

/** scheme://host of a page; written out, since URL's own `origin` is "null" for schemes like app:. */
const originOf = (url: string): string | null => {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}`;
  } catch {
    return null;
  }
};

/**
 * A request counts only when it comes from the main frame of one of the app's own windows, and
 * that frame shows one of the app's own pages (not a page it was somehow taken to).
 */
function appWindowRole(event: IpcMainInvokeEvent, options: BridgeOptions): WindowRole | null {
  const window = BrowserWindow.fromWebContents(event.sender);
  const frame = event.senderFrame;
  if (window === null || frame === null || frame !== event.sender.mainFrame) return null;
  const origin = originOf(frame.url);
  if (origin === null || !options.pageOrigins.includes(origin)) return null;
  return options.roleOf(event.sender);
}

const REFUSED = { ok: false, error: 'Request refused: it did not come from a Stillroom window.' } as const;
const AMBIENT = new Set<string>(AMBIENT_CHANNELS);

/** Registers one ipcMain handler per contract channel, and the preload's channel for dropped files. */
export function bindHandlers(handlers: Handlers, reportError: (error: unknown) => void, options: BridgeOptions): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const role = appWindowRole(event, options);
      if (role === null) return REFUSED;
      // The ambient display shows the session and a clock; it has nothing else to ask.
      if (role === 'ambient' && !AMBIENT.has(channel)) {
        return { ok: false, error: `Request refused: the ambient display does not ask for ${channel}.` };
      }
      return dispatch(handlers, channel as RequestChannel, payload, reportError);
    });
  }
  ipcMain.handle(DROPPED_FILES_CHANNEL, (event, paths: unknown) => {
    if (appWindowRole(event, options) !== 'control') return REFUSED;
    const valid =
      Array.isArray(paths) &&
      paths.length <= 10_000 &&
      paths.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 4096);
    if (!valid) return { ok: false, error: 'Invalid request for dropped files.' };
    return { ok: true, value: options.grantDropped(paths as string[]) };
  });
}

/** Sends a main→renderer event to every app window that listens for it. */
export function broadcast(event: EventChannel, payload: unknown, roleOf: (contents: WebContents) => WindowRole): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (roleOf(window.webContents) === 'ambient' && !(AMBIENT_EVENTS as readonly string[]).includes(event)) continue;
    window.webContents.send(event, payload);
  }
}
