import { useState } from 'react';
import { followsProgram, withinRange } from '@domain/light/output-plan';
import type { LightOutputView } from '@domain/ipc/contract';
import { usePrograms } from '../../stores/programs-store';

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
      <table className="plan-table">
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Room</th>
            {shown.map(({ output }) => (
              <th scope="col" key={output.id}>
                {output.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {program.phases.map((phase) => (
            <tr key={phase.id}>
              <th scope="row">{phase.name}</th>
              <td>
                <Swatch levelPct={phase.light.levelPct} />
              </td>
              {shown.map(({ output }) => (
                <td key={output.id}>
                  {followsProgram(output, program.id) ? (
                    <Swatch levelPct={withinRange(phase.light.levelPct, output)} />
                  ) : (
                    'room level'
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
