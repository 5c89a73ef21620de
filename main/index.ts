import path from 'node:path';
import { app, dialog, powerSaveBlocker, type BrowserWindow, type WebContents } from 'electron';
import type { SessionSnapshot } from '@domain/ipc/contract';
import { AUDIO_EXTENSIONS } from '@domain/library/track';
import { isClosed } from '@domain/session/run-log';
import { resolveDataDir } from './data-dir';
import { createAppServices } from './services/app-services';
import { jsonFileStores } from './services/json-file-store';
import { systemClock } from './services/system-clock';
import { ambientWindows } from './electron/ambient-window';
import { bindHandlers, broadcast, type WindowRole } from './electron/ipc-bridge';
import { handleAppScheme, handleMediaScheme, registerSchemes } from './electron/protocols';
import { APP_ORIGIN } from './services/app-files';
import { safeStorageBox } from './electron/safe-storage-box';
import { chooseFile, savePagePdf } from './electron/dialogs';
import { createControlWindow, lockDownContents } from './electron/window';
import { connectedDisplays, rememberWindowState } from './electron/window-state';
import { setAppMenu } from './electron/menu';
import { resolveKiosk } from './shell/kiosk';
import { placeWindow } from './shell/window-placement';
import { WindowStateStore } from './shell/window-state-store';
import { errorMessage } from '@domain/error-message';

function reportError(error: unknown): void {
  process.stderr.write(`Stillroom: ${error instanceof Error ? error.stack : String(error)}\n`);
}

let controlWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerSchemes();
  // Starting Stillroom again (a second click on its icon) brings the one running to the front.
  app.on('second-instance', () => {
    if (!controlWindow || controlWindow.isDestroyed()) return;
    if (controlWindow.isMinimized()) controlWindow.restore();
    controlWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  let kiosk: boolean;
  try {
    kiosk = resolveKiosk(process.env, process.argv);
  } catch (error) {
    dialog.showErrorBox('Stillroom could not start', errorMessage(error));
    app.exit(1);
    return;
  }
  const outDir = path.join(__dirname, '..');
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const ambient = ambientWindows(outDir);
  const roleOf = (contents: WebContents): WindowRole => (ambient.isAmbient(contents) ? 'ambient' : 'control');
  // The app's own pages: app://stillroom, and the development server's while developing.
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const pageOrigins = [APP_ORIGIN, ...(!app.isPackaged && devUrl ? [new URL(devUrl).origin] : [])];
  const services = createAppServices({
    dataDir,
    assetsDir: path.join(app.getAppPath(), 'assets'),
    clock: systemClock,
    timeScale: 1,
    storeFactory: jsonFileStores,
    version: app.getVersion(),
    appDir: app.getAppPath(),
    runtime: { electron: process.versions.electron, chromium: process.versions.chrome, node: process.versions.node },
    chooseMusic: async ({ folders }) => {
      const result = await dialog.showOpenDialog({
        title: folders ? 'Add folders of music' : 'Add music files',
        properties: [folders ? 'openDirectory' : 'openFile', 'multiSelections'],
        filters: folders ? [] : [{ name: 'Audio', extensions: AUDIO_EXTENSIONS.map((e) => e.slice(1)) }],
      });
      return result.canceled ? [] : result.filePaths;
    },
    secretBox: safeStorageBox(),
    ambientWindows: ambient,
    savePdf: (options) => savePagePdf(control, options),
    chooseFile: (purpose) => chooseFile(control, purpose),
    reportError,
  });
  // Light outputs say goodbye before the app goes (sACN's stream-terminated packets).
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void services.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  setAppMenu();
  lockDownContents();
  handleAppScheme(path.join(outDir, 'renderer'));
  handleMediaScheme(services.media, pageOrigins);
  bindHandlers(services.handlers, reportError, {
    pageOrigins,
    roleOf,
    grantDropped: (paths) => paths.map((file) => services.chosenFiles.grant(file)),
  });

  // Keep the display awake while a session runs, so the timer stays readable.
  let blocker: number | null = null;
  const keepAwake = (snapshot: SessionSnapshot | null) => {
    const running = snapshot !== null && !isClosed(snapshot.run);
    if (running && blocker === null) blocker = powerSaveBlocker.start('prevent-display-sleep');
    if (!running && blocker !== null) {
      powerSaveBlocker.stop(blocker);
      blocker = null;
    }
  };
  keepAwake(services.session.snapshot());
  services.onEvent((event, payload) => broadcast(event, payload, roleOf));
  services.session.onChange(keepAwake);

  const windowState = new WindowStateStore(dataDir, jsonFileStores);
  if (windowState.notice) reportError(windowState.notice);
  const { displays, primaryId } = connectedDisplays();
  const placement = placeWindow(windowState.load(), displays, primaryId);
  const control = createControlWindow(outDir, { placement, kiosk });
  rememberWindowState(control, windowState);
  controlWindow = control;
}
