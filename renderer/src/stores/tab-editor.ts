import { createStore, type StoreApi } from 'zustand/vanilla';
import { undoStep, type Draft, type Step } from './editor-model';

/** What a tab needs of an editor store, whatever it edits. */
export interface TabSource {
  getState(): {
    histories: Record<string, readonly Step[]>;
    drafts: Record<string, Draft>;
    saving: boolean;
    status: string | null;
    error: string | null;
    actions: { undo(history?: string): void; dismissError(): void };
  };
  subscribe(listener: () => void): () => void;
}

/** One undo history a tab owns: in an editor store, the history its edits go into. */
export interface TabHistory {
  editor: TabSource;
  history: string;
}

/** What the top of a tab shows. */
export interface TabEditorView {
  /** What Undo would take back, in words; null when nothing was done on this tab. */
  lastChange: string | null;
  saving: boolean;
  /** The status line of the tab's first editor. */
  status: string | null;
  /** A value typed on this tab is not saved (it is invalid). */
  unsaved: boolean;
  error: string | null;
}

export interface TabEditor {
  view: StoreApi<TabEditorView>;
  /** Takes back the newest thing done on this tab, in whichever of its histories it is. */
  undo(): void;
  dismissError(): void;
}

/**
 * A tab's Undo over the histories it owns (the clinic settings it changes, the programs it
 * edits …): the newest step among them, and nothing done on another tab.
 */
export function createTabEditor(histories: readonly TabHistory[]): TabEditor {
  const newestStep = () =>
    histories
      .map(({ editor, history }) => {
        const { histories: changes, drafts } = editor.getState();
        return { editor, history, step: undoStep(changes[history] ?? [], drafts, history) };
      })
      .filter((source) => source.step !== null)
      .sort((a, b) => b.step!.seq - a.step!.seq)[0];

  const describe = (): TabEditorView => {
    const states = histories.map(({ editor }) => editor.getState());
    const newest = newestStep()?.step;
    return {
      lastChange: !newest ? null : newest.kind === 'drafts' ? `${newest.label} (not saved)` : newest.label,
      saving: states.some((state) => state.saving),
      status: states[0]?.status ?? null,
      unsaved: histories.some(({ editor, history }) =>
        Object.values(editor.getState().drafts).some((draft) => draft.history === history),
      ),
      error: states.map((state) => state.error).find((error) => error !== null) ?? null,
    };
  };

  const view = createStore<TabEditorView>()(describe);
  for (const { editor } of histories) editor.subscribe(() => view.setState(describe()));
  return {
    view,
    undo: () => {
      const newest = newestStep();
      newest?.editor.getState().actions.undo(newest.history);
    },
    dismissError: () => histories.forEach(({ editor }) => editor.getState().actions.dismissError()),
  };
}
