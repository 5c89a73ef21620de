import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { CONTROL_WINDOW_SIZE, type Placement } from '../shell/window-placement';
import { APP_ORIGIN } from '../services/app-files';
import { allowsPermissionCheck } from '../shell/permission-check';
import { openSecureWindow } from './security';

/**
 * Denies everything a treatment-room app never needs: navigation away from the app, new
 * windows, webviews and permission prompts (camera, microphone, notifications ...). The one
 * check answered yes is in `allowsPermissionCheck`.
 */
export function lockDownContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler((_contents, permission, origin, details) =>
    allowsPermissionCheck(permission, origin, details),
  );
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/**
 * The staff's control window, opened where placeWindow put it. In kiosk mode it fills the
 * display it opens on, with no window frame or menu to leave it by accident.
 */
export function createControlWindow(outDir: string, options: { placement: Placement; kiosk: boolean }): BrowserWindow {
  const { placement, kiosk } = options;
  const window = openSecureWindow(
    {
      ...placement.bounds,
      minWidth: CONTROL_WINDOW_SIZE.minWidth,
      minHeight: CONTROL_WINDOW_SIZE.minHeight,
      show: false,
      kiosk,
      autoHideMenuBar: kiosk,
      title: 'Stillroom',
      backgroundColor: '#101418',
      icon: path.join(app.getAppPath(), 'assets/icon.png'),
    },
    path.join(outDir, 'preload/index.cjs'),
    'control',
  );
  window.once('ready-to-show', () => {
    if (placement.maximized && !kiosk) window.maximize();
    window.show();
  });
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devUrl) void window.loadURL(devUrl);
  // From the app's own scheme, never file://, whose pages may read other local files.
  else void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
