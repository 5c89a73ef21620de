import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { openSecureWindow } from './security';

/**
 * Denies everything a treatment-room app never needs: navigation away from the app, new
 * windows, webviews and permission prompts (camera, microphone, notifications ...).
 */
export function lockDownContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** The staff's control window, shown once its first frame is ready. */
export function createControlWindow(outDir: string): BrowserWindow {
  const window = openSecureWindow(
    {
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Stillroom',
      backgroundColor: '#101418',
      icon: path.join(app.getAppPath(), 'assets/icon.png'),
    },
    path.join(outDir, 'preload/index.cjs'),
  );
  window.once('ready-to-show', () => window.show());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devUrl) void window.loadURL(devUrl);
  else void window.loadFile(path.join(outDir, 'renderer/index.html'));
  return window;
}
