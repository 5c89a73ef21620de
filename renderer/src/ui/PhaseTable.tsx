import type { ReactNode } from 'react';
import type { Phase } from '@domain/session/program';
import './phase-table.css';

/** One column of a phase table: its heading, and what it shows for each phase. */
export interface PhaseColumn {
  key: string;
  header: ReactNode;
  cell: (phase: Phase) => ReactNode;
}

/** A program's phases, one row each, named in the row's heading, with the columns given. */
export function PhaseTable({
  phases,
  columns,
  className,
}: {
  phases: readonly Phase[];
  columns: readonly PhaseColumn[];
  /** A class of the screen's own, beside `phase-table`. */
  className?: string;
}) {
  return (
    <table className={className ? `phase-table ${className}` : 'phase-table'}>
      <thead>
        <tr>
          <th scope="col">Phase</th>
          {columns.map((column) => (
            <th scope="col" key={column.key}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {phases.map((phase) => (
          <tr key={phase.id}>
            <th scope="row">{phase.name}</th>
            {columns.map((column) => (
              <td key={column.key}>{column.cell(phase)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
