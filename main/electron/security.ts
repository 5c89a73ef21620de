import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/** The custom scheme audio and images reach the renderer through. */
export const MEDIA_SCHEME = 'stillroom-media';

/** A window's look and place; its web preferences are not the caller's to choose. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/** Which of the app's windows it is; the preload reads it to expose only what that window needs. */
export type WindowRole = 'control' | 'ambient';

/**
 * Opens one of the app's windows with Electron's security checklist applied, the preload as the
 * only bridge to the main process. Every window is made here, and the preferences are written
 * out in the constructor call itself so Electronegativity can read them (and a test checks them).
 */
export function openSecureWindow(options: WindowOptions, preloadPath: string, role: WindowRole): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      additionalArguments: [`--stillroom-window=${role}`],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      autoplayPolicy: 'no-user-gesture-required',
    },
  });
}
