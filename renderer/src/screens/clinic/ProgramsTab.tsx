import { useEffect } from 'react';
import { programCopy } from '../../clinic/program-fields';
import {
  isBuiltinProgram,
  useEditedProgram,
  useProgramsActions,
  useProgramsEditor,
} from '../../clinic/programs-editor';
import { programLengths } from '../../clinic/program-summary';
import { useLibraryActions } from '../../library/library-store';
import { CollectionList } from './CollectionList';
import { useEditorOpening } from './use-editor-opening';
import { ProgramEditor } from './ProgramEditor';
import './collections.css';

/** The clinic's programs: every one listed, built-in ones copied, the clinic's own edited beside the list. */
export function ProgramsTab() {
  const programs = useProgramsEditor((s) => s.items);
  const loaded = useProgramsEditor((s) => s.loaded);
  const selectedId = useProgramsEditor((s) => s.selectedId);
  const edited = useEditedProgram();
  const { select, add, remove } = useProgramsActions();
  const { load: loadLibrary } = useLibraryActions();
  const { editor, open } = useEditorOpening(select);

  useEffect(() => {
    // The phases choose among the clinic's playlists.
    void loadLibrary();
  }, [loadLibrary]);

  if (!loaded) return <p className="muted">Loading programs…</p>;
  return (
    <div className="collections">
      <CollectionList
        label="Programs"
        noun="program"
        items={programs}
        selectedId={selectedId}
        isBuiltin={isBuiltinProgram}
        summary={programLengths}
        onEdit={(program) => open(program.id)}
        onCopy={(program) => {
          const copy = programCopy(program, programs);
          add(copy, `copy of ${program.name}`);
          open(copy.id);
        }}
        onDelete={(program) => remove(program.id)}
      />
      <section ref={editor} className="collection-editor" aria-label="Edit program">
        {edited ? (
          <ProgramEditor key={edited.id} program={edited} />
        ) : (
          <p className="muted editor-empty">
            Built-in programs cannot be changed. Make a copy of any program to change its phases, light, sound and
            reminders; your own programs open here with Edit.
          </p>
        )}
      </section>
    </div>
  );
}
