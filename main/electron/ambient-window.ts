import path from 'node:path';
import { screen, type BrowserWindow, type WebContents } from 'electron';
import { APP_ORIGIN } from '../services/app-files';
import type { AmbientWindows } from '../services/app-services';
import { openSecureWindow } from './security';

/**
 * The ambient display as its own window: frameless and full screen on the chosen display,
 * black until its first frame so opening it never flashes the room.
 */
export function ambientWindows(outDir: string): AmbientWindows & { isAmbient(contents: WebContents): boolean } {
  let window: BrowserWindow | null = null;
  let displayId: number | null = null;

  return {
    displays: () => {
      const primary = screen.getPrimaryDisplay().id;
      return screen.getAllDisplays().map((display, i) => ({
        id: display.id,
        label: display.label || `Screen ${i + 1} (${display.size.width}×${display.size.height})`,
        primary: display.id === primary,
      }));
    },
    openOn: () => (window && !window.isDestroyed() ? displayId : null),
    open: (id) => {
      const display = screen.getAllDisplays().find((d) => d.id === id) ?? screen.getPrimaryDisplay();
      if (window && !window.isDestroyed()) window.close();
      const { x, y, width, height } = display.bounds;
      window = openSecureWindow(
        {
          x,
          y,
          width,
          height,
          show: false,
          frame: false,
          fullscreen: true,
          backgroundColor: '#000000',
          title: 'Stillroom ambient display',
        },
        path.join(outDir, 'preload/index.cjs'),
        'ambient',
      );
      displayId = display.id;
      window.once('ready-to-show', () => window?.show());
      window.on('closed', () => {
        window = null;
        displayId = null;
      });
      void window.loadURL(`${APP_ORIGIN}/index.html?view=ambient`);
    },
    close: () => {
      if (window && !window.isDestroyed()) window.close();
    },
    /** By the window itself, never by its address, which the page could change. */
    isAmbient: (contents) => window !== null && !window.isDestroyed() && window.webContents === contents,
  };
}
