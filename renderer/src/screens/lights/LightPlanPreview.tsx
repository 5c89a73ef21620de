import { useState } from 'react';
import { followsProgram, withinRange } from '@domain/light/output-plan';
import type { LightOutputView } from '@domain/ipc/contract';
import type { Phase } from '@domain/session/program';
import { usePrograms } from '../../stores/programs-store';
import { PhaseTable } from '../../ui/PhaseTable';

/** A small patch of light as bright as `levelPct`, drawn against the panel, with the figure beside it. */
function Swatch({ levelPct }: { levelPct: number }) {
  const rounded = Math.round(levelPct);
  return (
    <span className="swatch-cell">
      <span className="swatch" style={{ opacity: 0.08 + (0.92 * rounded) / 100 }} aria-hidden="true" />
      {rounded} %
    </span>
  );
}

/**
 * The session's light plan without running it: for one program, the level each output reaches in
 * each phase, within its own range (an output that follows only other programs stays at room
 * level). Staff light and the test flash are not part of the plan.
 */
export function LightPlanPreview({ outputs }: { outputs: LightOutputView[] }) {
  const programs = usePrograms();
  const [programId, setProgramId] = useState<string | null>(null);
  const program = programs.find((p) => p.id === programId) ?? programs[0];
  if (!program) return null;
  const shown = outputs.filter(({ output }) => output.enabled);
  return (
    <section className="lights-panel" aria-labelledby="plan-title">
      <h2 id="plan-title">The light plan, phase by phase</h2>
      <label className="plan-program">
        Program
        <select value={program.id} onChange={(e) => setProgramId(e.target.value)}>
          {programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <PhaseTable
        phases={program.phases}
        className="plan-table"
        columns={[
          { key: 'room', header: 'Room', cell: (phase) => <Swatch levelPct={phase.light.levelPct} /> },
          ...shown.map(({ output }) => ({
            key: output.id,
            header: output.name,
            cell: (phase: Phase) =>
              followsProgram(output, program.id) ? (
                <Swatch levelPct={withinRange(phase.light.levelPct, output)} />
              ) : (
                'room level'
              ),
          })),
        ]}
      />
    </section>
  );
}
