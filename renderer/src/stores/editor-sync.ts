import { errorMessage } from '@domain/error-message';
import type { SaveQueue } from './save-queue';

/** How an editor keeps in step with the main process: reading afresh, and following what it announces. */
export interface EditorSync<D> {
  /** Reads afresh once no save is on its way; says why in `error` when it cannot. */
  load(): Promise<void>;
  /** Takes an announcement: waits for any save on its way, keeps only the newest, leaves an echo of our own saves alone. */
  follow(announced: D): Promise<void>;
}

export function editorSync<D>(hooks: {
  saves: SaveQueue;
  saving: () => boolean;
  loaded: () => boolean;
  read: () => Promise<D>;
  /** What main announced is what it answered to our own saves: nothing changed elsewhere. */
  isEcho: (announced: D) => boolean;
  /** Shows `document` as main holds it, with a new undo history; `elsewhere` when another window or an import changed it. */
  adopt: (document: D, elsewhere: boolean) => void;
  /** "The programs could not be loaded: …". */
  loadFailed: (reason: string) => void;
}): EditorSync<D> {
  let newest: D | null = null;
  return {
    load: async () => {
      await hooks.saves.idle();
      try {
        hooks.adopt(await hooks.read(), false);
      } catch (error) {
        hooks.loadFailed(errorMessage(error));
      }
    },
    follow: async (announced) => {
      newest = announced;
      while (hooks.saving()) await hooks.saves.idle();
      if (newest !== announced) return;
      newest = null;
      if (!hooks.loaded()) hooks.adopt(announced, false);
      else if (!hooks.isEcho(announced)) hooks.adopt(announced, true);
    },
  };
}
