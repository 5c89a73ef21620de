import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { REQUEST_CHANNELS, type EventChannel } from '../../src/ipc/channels';
import { dispatch, type Handlers } from '../ipc/dispatch';

/** A request counts only when it comes from the main frame of one of the app's own windows. */
function fromAppWindow(event: IpcMainInvokeEvent): boolean {
  const window = BrowserWindow.fromWebContents(event.sender);
  return window !== null && event.senderFrame !== null && event.senderFrame === event.sender.mainFrame;
}

/** Registers one ipcMain handler per contract channel. */
export function bindHandlers(handlers: Handlers, reportError: (error: unknown) => void): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!fromAppWindow(event))
        return { ok: false, error: 'Request refused: it did not come from a Stillroom window.' };
      return dispatch(handlers, channel, payload, reportError);
    });
  }
}

/** Sends a main→renderer event to every app window. */
export function broadcast(event: EventChannel, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
}
