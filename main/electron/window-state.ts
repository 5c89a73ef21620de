import { screen, type BrowserWindow } from 'electron';
import type { DisplayArea } from '../shell/window-placement';
import type { WindowStateStore } from '../shell/window-state-store';

/** The connected displays' work areas and which one is primary, for placeWindow. */
export function connectedDisplays(): { displays: DisplayArea[]; primaryId: number } {
  const displays = screen.getAllDisplays().map((display) => ({ id: display.id, workArea: display.workArea }));
  return { displays, primaryId: screen.getPrimaryDisplay().id };
}

/**
 * Keeps the store up to date as staff move, resize or maximize the window: shortly after
 * each change (so a power cut loses little) and once more as it closes.
 */
export function rememberWindowState(window: BrowserWindow, store: WindowStateStore): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed() || window.isFullScreen() || window.isKiosk()) return;
    // The bounds it returns to when unmaximized, so a maximized window still remembers its size.
    const bounds = window.getNormalBounds();
    store.save({ bounds, displayId: screen.getDisplayMatching(bounds).id, maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
