import { hasPreDosePhase, PROGRAM_LIMITS, type Program } from '@domain/session/program';
import { fieldError } from '../../stores/collection-editor-model';
import { minimumObservation, phaseList, programText } from '../../stores/program-fields';
import { programLengths } from './program-summary';
import { useProgramDraft, useProgramsActions } from '../../stores/programs-editor';
import { describeLength } from '@domain/session/format';
import { secToMinutes } from '../../stores/units';
import { useLibraryStore } from '../../stores/library-store';
import { FormField } from '../../ui/FormField';
import { NumberField } from './NumberField';
import { PhaseCard } from './PhaseCard';
import { ProgramChecklist } from './ProgramChecklist';
import { ReminderList } from './ReminderList';

/** A name or description field, saved as typed. */
function ProgramText({ program, field }: { program: Program; field: 'name' | 'description' }) {
  const draft = useProgramDraft(field);
  const { edit, endTyping } = useProgramsActions();
  const value = draft ? String(draft.value) : program[field];
  const onChange = (text: string) => edit(programText(field, text));
  return field === 'name' ? (
    <FormField label="Name" hint="Shown on the start screen." error={fieldError(draft)}>
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} onBlur={endTyping} />
    </FormField>
  ) : (
    <FormField label="Description" hint="One or two sentences for staff." error={fieldError(draft)}>
      <textarea value={value} onChange={(e) => onChange(e.target.value)} onBlur={endTyping} />
    </FormField>
  );
}

/** One of the clinic's own programs: its name, phases, reminders and earliest discharge, saved as typed. */
export function ProgramEditor({ program }: { program: Program }) {
  const playlists = useLibraryStore((s) => s.playlists);
  const observationDraft = useProgramDraft('minimumObservationSec');
  const { edit, endTyping } = useProgramsActions();
  const treatmentCount = program.phases.filter((p) => p.kind === 'treatment').length;
  const observation = program.minimumObservationSec;

  return (
    <div className="program-editor">
      <h2>{program.name.trim() || 'Unnamed program'}</h2>
      <p className="program-lengths">
        {programLengths(program)}
        {observation > 0 && ` · discharge no earlier than ${describeLength(observation)} from the dose`}
      </p>
      <fieldset className="form-group program-about">
        <legend>About</legend>
        <ProgramText program={program} field="name" />
        <ProgramText program={program} field="description" />
      </fieldset>
      <section className="program-section" aria-labelledby="program-phases">
        <h3 id="program-phases">Phases</h3>
        <p className="muted">
          Settling in, when the program has it, lasts until staff press Dose given; without it, Start session marks the
          dose. Treatment phases run in order from the dose; recovery is always last. Move a phase with its buttons, or
          with Alt+↑ and Alt+↓ while a field in it has focus. The part of the journey says which of the patient’s chosen
          sounds plays in a phase.
        </p>
        <ol className="stack-list" aria-label="Phases">
          {program.phases.map((phase, index) => (
            <PhaseCard
              key={phase.id}
              program={program}
              phase={phase}
              index={index}
              playlists={playlists}
              removable={phase.kind === 'preDose' || (phase.kind === 'treatment' && treatmentCount > 1)}
            />
          ))}
        </ol>
        <div className="form-actions">
          <button
            type="button"
            className="secondary"
            disabled={program.phases.length >= PROGRAM_LIMITS.maxPhases}
            onClick={() => edit(phaseList(program, { add: true }))}
          >
            Add treatment phase
          </button>
          {!hasPreDosePhase(program) && (
            <button
              type="button"
              className="secondary"
              disabled={program.phases.length >= PROGRAM_LIMITS.maxPhases}
              onClick={() => edit(phaseList(program, { addPreDose: true }))}
            >
              Add settling in before the dose
            </button>
          )}
        </div>
      </section>
      <ReminderList program={program} />
      <fieldset className="form-group">
        <legend>Discharge</legend>
        <NumberField
          label="Minimum observation (minutes from the dose)"
          hint="The earliest discharge is never sooner than this after the dose, in real time, e.g. 120 for intranasal esketamine. 0 for none."
          value={secToMinutes(observation)}
          draft={observationDraft}
          min={0}
          onChange={(text) => edit(minimumObservation(text))}
          onBlur={endTyping}
        />
      </fieldset>
      <ProgramChecklist program={program} />
    </div>
  );
}
