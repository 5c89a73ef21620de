import { useEffect, useState } from 'react';
import { TEST_FLASH } from '@domain/light/output-plan';
import type { LightOutputView } from '@domain/ipc/contract';
import { usePrograms } from '../../stores/programs-store';
import { useLightsActions } from '../../stores/lights-store';
import { describeOutput, describeStatus } from './describe-output';

/** One output: what it is, how it is doing, and Test, Edit and Remove. */
export function OutputCard({ view, onEdit }: { view: LightOutputView; onEdit: () => void }) {
  const { output, status } = view;
  const programs = usePrograms();
  const { test, remove } = useLightsActions();
  const [confirmRemove, setConfirmRemove] = useState(false);
  // What Test is doing, said on the card: the flash, then that it ended.
  const [testing, setTesting] = useState<'flashing' | 'done' | null>(null);
  useEffect(() => {
    if (testing !== 'flashing') return;
    const timer = setTimeout(() => setTesting('done'), TEST_FLASH.holdMs);
    return () => clearTimeout(timer);
  }, [testing]);
  const runTest = () => {
    setTesting('flashing');
    void test(output.id);
  };
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
      <p className="test-progress" role="status" aria-label={`${output.name} test`}>
        {testing === 'flashing' && `Testing: “${output.name}” goes to half its range for 2 seconds…`}
        {testing === 'done' && 'Test over: the light is back where the session has it.'}
      </p>
      <div className="form-actions">
        <button type="button" disabled={status.state === 'off' || testing === 'flashing'} onClick={runTest}>
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
