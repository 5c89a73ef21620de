import { useEffect } from 'react';
import { useLightsActions, useLightsStore } from '../../lights/lights-store';
import { describeStatus } from '../lights/describe-output';

/** One line per light output that is not simply connected, so staff see a problem without looking for it. */
export function LightStatus() {
  const { load } = useLightsActions();
  const outputs = useLightsStore((s) => s.outputs);
  useEffect(() => {
    void load();
  }, [load]);
  if (outputs.length === 0) return null;
  const troubled = outputs.filter(({ status }) => status.state === 'retrying' || status.state === 'failed');
  return (
    <div className="light-status" role="status" aria-label="Lights">
      {troubled.length === 0 ? (
        <span className="muted">
          Lights: {outputs.filter(({ status }) => status.state === 'connected').length} of {outputs.length} outputs
          connected
        </span>
      ) : (
        troubled.map(({ output, status }) => (
          <p className="warning" key={output.id}>
            Light “{output.name}”: {describeStatus(status)}
          </p>
        ))
      )}
    </div>
  );
}
