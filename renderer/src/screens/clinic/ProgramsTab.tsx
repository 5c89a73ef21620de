import { useEffect, useState } from 'react';
import { programCopy } from '../../stores/program-fields';
import {
  isBuiltinProgram,
  useProgramListing,
  useProgramsActions,
  useProgramsEditor,
} from '../../stores/programs-editor';
import { programLengths } from './program-summary';
import { useClinicConfig, useClinicEditorActions } from '../../stores/clinic-editor';
import { useLibraryActions } from '../../stores/library-store';
import { FormField } from '../../ui/FormField';
import { CollectionList } from './CollectionList';
import { useEditorOpening } from './use-editor-opening';
import { ProgramEditor } from './ProgramEditor';
import { ProgramView } from './ProgramView';
import './collections.css';

/** Which program the start screen chooses first; none means staff choose one each time. */
function DefaultProgram() {
  const programs = useProgramsEditor((s) => s.items);
  const config = useClinicConfig((settings) => settings);
  const { setDetail } = useClinicEditorActions();
  const offered = programs.filter((p) => !p.training && !config.hiddenProgramIds.includes(p.id));
  return (
    <fieldset className="form-group">
      <legend>Start screen</legend>
      <FormField
        label="Program chosen first"
        hint="Until the clinic chooses one, staff choose the program for every session. The medical director reviews each program before the first patient."
      >
        <select
          value={config.defaultProgramId ?? ''}
          onChange={(e) => setDetail('defaultProgramId', e.target.value || null)}
        >
          <option value="">None: staff choose each time</option>
          {offered.map((program) => (
            <option key={program.id} value={program.id}>
              {program.name}
            </option>
          ))}
        </select>
      </FormField>
    </fieldset>
  );
}

/** Whether a built-in program is offered on the start screen. */
function OfferedSwitch({ id, name }: { id: string; name: string }) {
  const hidden = useClinicConfig((settings) => settings.hiddenProgramIds.includes(id));
  const { setDetail } = useClinicEditorActions();
  const hiddenIds = useClinicConfig((settings) => settings.hiddenProgramIds);
  return (
    <label className="offered">
      <input
        type="checkbox"
        checked={!hidden}
        aria-label={`Offer ${name} on the start screen`}
        onChange={(e) =>
          setDetail('hiddenProgramIds', e.target.checked ? hiddenIds.filter((h) => h !== id) : [...hiddenIds, id])
        }
      />
      Offered on the start screen
    </label>
  );
}

/** The clinic's programs: built-in ones viewed and copied, the clinic's own edited beside the list. */
export function ProgramsTab() {
  const { items: programs, loaded, selectedId, edited } = useProgramListing();
  const { select, add, remove } = useProgramsActions();
  const { load: loadLibrary } = useLibraryActions();
  const { editor, open } = useEditorOpening(select);
  const [viewingId, setViewingId] = useState<string | null>(null);
  const viewing = programs.find((p) => p.id === viewingId && isBuiltinProgram(p.id));

  useEffect(() => {
    // The phases choose among the clinic's playlists.
    void loadLibrary();
  }, [loadLibrary]);

  if (!loaded) return <p className="muted">Loading programs…</p>;
  return (
    <>
      <DefaultProgram />
      <div className="collections">
        <CollectionList
          label="Programs"
          noun="program"
          items={programs}
          selectedId={selectedId}
          viewingId={viewing ? viewingId : null}
          isBuiltin={isBuiltinProgram}
          summary={programLengths}
          badge={(program) => (program.training ? 'Training' : null)}
          extra={(program) =>
            isBuiltinProgram(program.id) ? <OfferedSwitch id={program.id} name={program.name} /> : null
          }
          onView={(program) => {
            select(null);
            setViewingId(program.id);
            requestAnimationFrame(() => editor.current?.scrollIntoView({ block: 'nearest' }));
          }}
          onEdit={(program) => {
            setViewingId(null);
            open(program.id);
          }}
          onCopy={(program) => {
            const copy = programCopy(program, programs);
            setViewingId(null);
            add(copy, `copy of ${program.name}`);
            open(copy.id);
          }}
          onDelete={(program) => remove(program.id)}
        />
        <section ref={editor} className="collection-editor" aria-label={viewing ? 'View program' : 'Edit program'}>
          {viewing ? (
            <ProgramView program={viewing} />
          ) : edited ? (
            <ProgramEditor key={edited.id} program={edited} />
          ) : (
            <p className="muted editor-empty">
              View a built-in program to read its phases, reminders and discharge items; make a copy of any program to
              change them. Your own programs open here with Edit.
            </p>
          )}
        </section>
      </div>
    </>
  );
}
