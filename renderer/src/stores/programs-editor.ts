import { useStore } from 'zustand';
import { builtinPrograms } from '@domain/session/builtin-programs';
import { Program } from '@domain/session/program';
import { api } from '../ipc/client';
import { useProgramsStore } from './programs-store';
import { checkItem } from './editor-model';
import { createCollectionEditorStore, type CollectionEditorState } from './collection-editor-store';
import { programIssueMessage } from './program-messages';

const BUILTIN_IDS = new Set(builtinPrograms().map((p) => p.id));

/** True for the programs that ship with the app (copied, never changed). */
export const isBuiltinProgram = (id: string) => BUILTIN_IDS.has(id);

/** The program editor: drafts and undo over the programs store, saving through the main process. */
export const programsEditorStore = createCollectionEditorStore<Program>({
  backend: {
    list: () => api['programs.list']({}),
    save: (program) => api['programs.save'](program),
    remove: (id) => api['programs.delete']({ id }),
    onChange: (listener) =>
      useProgramsStore.subscribe((now, before) => now.items !== before.items && listener(now.items)),
  },
  isBuiltin: isBuiltinProgram,
  plural: 'programs',
  check: (candidate, at) => checkItem(Program, candidate, at, programIssueMessage),
});

/** Subscribes a component to one slice of the program editor. */
export function useProgramsEditor<T>(selector: (state: CollectionEditorState<Program>) => T): T {
  return useStore(programsEditorStore, selector);
}

/** The program editor's actions (they never change). */
export const useProgramsActions = () => useProgramsEditor((s) => s.actions);

/** The program open in the editor, as edited. */
export const useEditedProgram = () => useProgramsEditor((s) => s.items.find((p) => p.id === s.selectedId) ?? null);

/** The invalid value typed in one field of the open program, if any, with why. */
export const useProgramDraft = (part: string) => useProgramsEditor((s) => s.drafts[part]);
