import { useId, useRef } from 'react';
import { flushSync } from 'react-dom';
import { PROGRAM_LIMITS, type Program, type Reminder } from '@domain/session/program';
import { fieldError } from '../../stores/collection-editor-model';
import { reminderFrom, reminderList, reminderTyped } from '../../stores/program-fields';
import { useProgramsActions, useProgramsEditor } from '../../stores/programs-editor';
import { secToMinutes } from '../../stores/units';
import { FormField } from '../../ui/FormField';
import { NumberField } from './NumberField';

/** One reminder: what staff are reminded of, and when, counted in real time from the dose or from when a phase began. */
function ReminderRow({ program, reminder, index }: { program: Program; reminder: Reminder; index: number }) {
  const { edit, endTyping } = useProgramsActions();
  const drafts = useProgramsEditor((s) => s.drafts);
  const titleId = useId();
  const textDraft = drafts[`reminder.${reminder.id}.text`];
  return (
    <li>
      <div className="reminder-row" role="group" aria-labelledby={titleId}>
        <span id={titleId} className="reminder-number">
          Reminder {index + 1}
        </span>
        <FormField label="Reminder" error={fieldError(textDraft)}>
          <input
            type="text"
            value={textDraft ? String(textDraft.value) : reminder.text}
            onChange={(e) => edit(reminderTyped(program, reminder.id, 'text', e.target.value))}
            onBlur={endTyping}
          />
        </FormField>
        <NumberField
          label="At (minutes)"
          value={secToMinutes(reminder.atSec)}
          draft={drafts[`reminder.${reminder.id}.atMin`]}
          min={0}
          onChange={(text) => edit(reminderTyped(program, reminder.id, 'atMin', text))}
          onBlur={endTyping}
        />
        <FormField label="Counted from" error={fieldError(drafts[`reminder.${reminder.id}.from`])}>
          <select
            value={reminder.phaseId ?? ''}
            onChange={(e) => edit(reminderFrom(program, reminder.id, e.target.value || null))}
          >
            <option value="">The dose</option>
            {program.phases.map((phase) => (
              <option key={phase.id} value={phase.id}>
                The start of {phase.name.trim() || 'an unnamed phase'}
              </option>
            ))}
          </select>
        </FormField>
        <button
          type="button"
          className="warn"
          aria-label={`Remove reminder ${index + 1}`}
          onClick={() => edit(reminderList({ remove: reminder.id }))}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

/** The program's reminders for staff: quiet cards on the console when they fall due. */
export function ReminderList({ program }: { program: Program }) {
  const { edit } = useProgramsActions();
  const section = useRef<HTMLElement>(null);
  const add = () => {
    flushSync(() => edit(reminderList({ add: true })));
    // The new reminder's wording is what the clinic will want to change first.
    section.current?.querySelector<HTMLInputElement>('ol > li:last-child input')?.focus();
  };
  return (
    <section ref={section} className="program-section" aria-labelledby="program-reminders">
      <h3 id="program-reminders">Reminders</h3>
      <p className="muted">
        Shown silently on the console when they fall due, e.g. a blood pressure check. They count in real time from the
        dose, or from when a phase really began: pausing the room’s sound and light never moves them.
      </p>
      {program.reminders.length === 0 ? (
        <p>No reminders.</p>
      ) : (
        <ol className="stack-list" aria-label="Reminders">
          {program.reminders.map((reminder, index) => (
            <ReminderRow key={reminder.id} program={program} reminder={reminder} index={index} />
          ))}
        </ol>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="secondary"
          disabled={program.reminders.length >= PROGRAM_LIMITS.maxReminders}
          onClick={add}
        >
          Add reminder
        </button>
      </div>
    </section>
  );
}
