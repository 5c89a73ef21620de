import { useState } from 'react';
import type { LightOutputView } from '../../../../src/ipc/contract';
import { useAppStore } from '../../app/app-store';
import { useLightsActions } from '../../lights/lights-store';
import { describeOutput, describeStatus } from './describe-output';

/** One output: what it is, how it is doing, and Test, Edit and Remove. */
export function OutputCard({ view, onEdit }: { view: LightOutputView; onEdit: () => void }) {
  const { output, status } = view;
  const programs = useAppStore((s) => s.programs);
  const { test, remove } = useLightsActions();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const follows =
    output.programIds === null
      ? 'Every program'
      : output.programIds.map((id) => programs.find((p) => p.id === id)?.name ?? id).join(', ') || 'No program';

  return (
    <li className="card output-card" aria-label={output.name}>
      <div className="output-head">
        <h3>{output.name}</h3>
        <span className={`output-status status-${status.state}`} role="status" aria-label={`${output.name} status`}>
          {describeStatus(status)}
        </span>
      </div>
      <p className="muted">{describeOutput(output)}</p>
      <p className="muted">
        Range {output.minPct}–{output.maxPct} % · Follows: {follows}
      </p>
      <div className="form-actions">
        <button type="button" disabled={status.state === 'off'} onClick={() => void test(output.id)}>
          Test (50 % for 2 s)
        </button>
        <button type="button" className="secondary" onClick={onEdit}>
          Edit
        </button>
        {confirmRemove ? (
          <>
            <button type="button" className="warn" onClick={() => void remove(output.id)}>
              Remove “{output.name}”
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmRemove(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirmRemove(true)}>
            Remove
          </button>
        )}
      </div>
    </li>
  );
}
