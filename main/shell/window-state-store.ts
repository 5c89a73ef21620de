import { z } from 'zod';
import { openValidatedStore, type DocumentStore, type StoreFactory } from '../services/document-store';
import { WindowState } from './window-placement';

const WindowStateFile = z.object({ control: WindowState.nullable() });
type WindowStateFile = z.infer<typeof WindowStateFile>;

/**
 * Where the control window was (`window-state.json`): kept apart from the clinic's settings
 * so a clinic pack never carries one room's screen layout to another. A file that does not
 * fit is moved aside like every other document, and the window opens centred.
 */
export class WindowStateStore {
  private readonly store: DocumentStore<WindowStateFile>;
  readonly notice: string | null;

  constructor(dataDir: string, storeFactory: StoreFactory) {
    const opened = openValidatedStore(storeFactory, {
      name: 'window-state',
      cwd: dataDir,
      schema: WindowStateFile,
      defaults: { control: null },
    });
    this.store = opened.store;
    this.notice = opened.notice;
  }

  /** The control window's last place, or null the first time. */
  load(): WindowState | null {
    return this.store.store.control;
  }

  /**
   * Remembers the control window's place and says whether it did. A place that does not fit
   * (some systems report a minimized window as zero wide) is ignored, keeping the last good
   * one; an unchanged place is not written again.
   */
  save(state: WindowState): boolean {
    const parsed = WindowState.safeParse(state);
    if (!parsed.success) return false;
    if (JSON.stringify(parsed.data) !== JSON.stringify(this.store.store.control))
      this.store.store = { control: parsed.data };
    return true;
  }
}
