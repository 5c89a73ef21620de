import type { WebPreferences } from 'electron';

/** The custom scheme audio and images reach the renderer through. */
export const MEDIA_SCHEME = 'stillroom-media';

/**
 * Every window's web preferences, kept in one place so a test can check them: Electron's
 * security checklist, with the preload as the only bridge to the main process.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}
