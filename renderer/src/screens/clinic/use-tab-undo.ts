import { useStore, type StoreApi } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { clinicEditorStore } from '../../stores/clinic-editor';
import { lastChangeIn, type Setting } from '../../stores/clinic-editor-model';
import { undoStep, type ItemChange, type ItemDraft } from '../../stores/collection-editor-model';

/** What a tab's Undo needs of a program or journey editor. */
export interface UndoableCollection {
  history: readonly ItemChange<unknown>[];
  drafts: Record<string, ItemDraft>;
  actions: { undo(): void };
}

const NO_COLLECTION = createStore<UndoableCollection>()(() => ({ history: [], drafts: {}, actions: { undo() {} } }));

export interface TabUndo {
  /** What Undo would take back, in words; null when there is nothing on this tab. */
  label: string | null;
  undo(): void;
}

/**
 * Undo on one tab: the newer of the tab's own last change to the clinic's settings (those in
 * `settings`) and, where the tab edits programs or journeys, that editor's last step. What was
 * changed on other tabs stays as it is.
 */
export function useTabUndo(
  settings: readonly Setting[],
  collection: StoreApi<UndoableCollection> = NO_COLLECTION,
): TabUndo {
  const settingsChange = useStore(clinicEditorStore, (s) => lastChangeIn(s.history, settings));
  const history = useStore(collection, (s) => s.history);
  const drafts = useStore(collection, (s) => s.drafts);
  const step = undoStep(history, drafts);
  const collectionSeq = !step ? -1 : step.kind === 'change' ? step.change.seq : drafts[step.parts[0]!]!.seq;

  if (settingsChange && settingsChange.seq > collectionSeq) {
    return { label: settingsChange.label, undo: () => clinicEditorStore.getState().actions.undo(settings) };
  }
  if (step) {
    const label = step.kind === 'change' ? step.change.label : `${step.label} (not saved)`;
    return { label, undo: () => collection.getState().actions.undo() };
  }
  return { label: null, undo: () => {} };
}
