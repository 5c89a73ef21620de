import { builtinPrograms } from '@domain/session/builtin-programs';
import { Program } from '@domain/session/program';
import { api } from '../ipc/client';
import { useProgramsStore } from './programs-store';
import { checkItem } from './editor-model';
import { createCollectionEditor } from './collection-editor';
import { programIssueMessage } from './program-messages';

/** The program editor: drafts and undo over the programs store, saving through the main process. */
export const programsEditor = createCollectionEditor<Program>({
  backend: {
    list: () => api['programs.list']({}),
    save: (program) => api['programs.save'](program),
    remove: (id) => api['programs.delete']({ id }),
  },
  source: useProgramsStore,
  builtinIds: builtinPrograms().map((p) => p.id),
  check: (candidate, at) => checkItem(Program, candidate, at, programIssueMessage),
  plural: 'programs',
});

export const {
  /** True for the programs that ship with the app (copied, never changed). */
  isBuiltin: isBuiltinProgram,
  useEditor: useProgramsEditor,
  useListing: useProgramListing,
  useDraft: useProgramDraft,
} = programsEditor;

export const useProgramsActions = () => programsEditor.actions;
