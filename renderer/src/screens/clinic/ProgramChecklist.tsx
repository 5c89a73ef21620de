import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { MAX_CHECKLIST_ITEMS } from '@domain/session/checklist';
import type { Program } from '@domain/session/program';
import { fieldError } from '../../stores/collection-editor-model';
import { programChecklist } from '../../stores/program-fields';
import { useProgramsActions, useProgramsEditor } from '../../stores/programs-editor';

/** The program's own discharge items, ticked after the clinic's list (e.g. "IV removed"). */
export function ProgramChecklist({ program }: { program: Program }) {
  const { edit, endTyping } = useProgramsActions();
  const drafts = useProgramsEditor((s) => s.drafts);
  const section = useRef<HTMLElement>(null);
  const add = () => {
    flushSync(() => edit(programChecklist(program, { add: true })));
    section.current?.querySelector<HTMLInputElement>('ol > li:last-child input')?.focus();
  };
  return (
    <section ref={section} className="program-section" aria-labelledby="program-checklist">
      <h3 id="program-checklist">This program’s discharge items</h3>
      <p className="muted">Ticked in recovery after the clinic’s discharge checklist (Details tab).</p>
      {program.checklist.length === 0 ? (
        <p>None: recovery shows the clinic’s checklist only.</p>
      ) : (
        <ol className="stack-list" aria-label="This program’s discharge items">
          {program.checklist.map((item, index) => {
            const draft = drafts[`checklist.${item.id}`];
            const error = fieldError(draft);
            return (
              <li key={item.id} className="program-checklist-item">
                <input
                  type="text"
                  aria-label={`Program discharge item ${index + 1}`}
                  aria-invalid={error ? true : undefined}
                  value={draft ? String(draft.value) : item.label}
                  onChange={(e) => edit(programChecklist(program, { rename: item.id, label: e.target.value }))}
                  onBlur={endTyping}
                />
                <button
                  type="button"
                  className="warn"
                  aria-label={`Remove ${item.label}`}
                  onClick={() => edit(programChecklist(program, { remove: item.id }))}
                >
                  Remove
                </button>
                {error && <p className="field-error">{error}</p>}
              </li>
            );
          })}
        </ol>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="secondary"
          disabled={program.checklist.length >= MAX_CHECKLIST_ITEMS}
          onClick={add}
        >
          Add discharge item
        </button>
      </div>
    </section>
  );
}
