import { AMBIENCES } from '@domain/audio/ambience';
import type { Phase, Program, Reminder } from '@domain/session/program';
import { programLengths } from './program-summary';
import { describeLength } from '@domain/session/format';

function phaseLength(phase: Phase): string {
  if (phase.kind === 'preDose') return 'Until Dose given';
  const length = describeLength(phase.durationSec);
  return phase.kind === 'recovery' ? `At least ${length}` : length;
}

function soundName(phase: Phase): string {
  return 'ambience' in phase.sound ? AMBIENCES[phase.sound.ambience].title : 'A playlist';
}

function when(program: Program, reminder: Reminder): string {
  const after = describeLength(reminder.atSec);
  if (reminder.phaseId === undefined) return reminder.atSec === 0 ? 'At the dose' : `${after} after the dose`;
  const name = program.phases.find((p) => p.id === reminder.phaseId)?.name ?? 'its phase';
  return reminder.atSec === 0 ? `When ${name} begins` : `${after} after ${name} begins`;
}

/** A built-in program, shown as it is: read it without making a copy; copy it to change it. */
export function ProgramView({ program }: { program: Program }) {
  return (
    <div className="program-view">
      <h2>
        {program.name}
        {program.training && <span className="training-mark">Training</span>}
      </h2>
      <p className="program-lengths">{programLengths(program)}</p>
      <p>{program.description}</p>
      <p className="muted">
        Built in: read only. Make a copy to change it. docs/CLINICAL.md gives the source of each figure.
      </p>
      <h3>Phases</h3>
      <table className="program-table">
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Length</th>
            <th scope="col">Light</th>
            <th scope="col">Sound</th>
          </tr>
        </thead>
        <tbody>
          {program.phases.map((phase) => (
            <tr key={phase.id}>
              <th scope="row">{phase.name}</th>
              <td>{phaseLength(phase)}</td>
              <td>{phase.light.levelPct} %</td>
              <td>{soundName(phase)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Reminders</h3>
      {program.reminders.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="program-reminders">
          {program.reminders.map((reminder) => (
            <li key={reminder.id}>
              <strong>{when(program, reminder)}:</strong> {reminder.text}
            </li>
          ))}
        </ul>
      )}
      <h3>Discharge</h3>
      <p>
        {program.minimumObservationSec > 0
          ? `No earlier than ${describeLength(program.minimumObservationSec)} after the dose, and not before recovery has lasted its length.`
          : 'Not before recovery has lasted its length.'}
      </p>
      {program.checklist.length > 0 && (
        <>
          <p>This program adds to the clinic’s discharge checklist:</p>
          <ul aria-label="This program’s discharge items">
            {program.checklist.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
