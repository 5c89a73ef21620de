import { useEffect, useState } from 'react';
import type { Output } from '@domain/ipc/contract';
import { api } from '../../ipc/client';
import { errorMessage } from '@domain/error-message';

/** The ambient display: a window full screen on a chosen display (desktop app) or a browser tab. */
export function AmbientDisplayPanel() {
  const [status, setStatus] = useState<Output<'ambient.status'> | null>(null);
  const [displayId, setDisplayId] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = () =>
    api['ambient.status']({}).then((s) => {
      setStatus(s);
      setDisplayId(
        (chosen) => chosen ?? s.openOn ?? s.displays.find((d) => !d.primary)?.id ?? s.displays[0]?.id ?? null,
      );
    });
  useEffect(() => {
    void refresh().catch((error: unknown) => setProblem(String(error)));
  }, []);
  const act = (work: () => Promise<unknown>) =>
    void work()
      .then(refresh)
      .catch((error: unknown) => setProblem(errorMessage(error)));

  return (
    <section className="lights-panel" aria-labelledby="ambient-title">
      <h2 id="ambient-title">Ambient display</h2>
      <p className="muted">
        Soft light on the room’s TV or a second screen that follows the light level, with a small clock for staff.
      </p>
      {status && !status.canOpenWindows && (
        <p>
          <a href={`${location.pathname}${location.search}&view=ambient`} target="_blank" rel="noopener noreferrer">
            Open the ambient display
          </a>{' '}
          in a browser window on the room’s screen, then make it full screen.
        </p>
      )}
      {status?.canOpenWindows && (
        <div className="form-actions">
          <label>
            Screen
            <select value={displayId ?? ''} onChange={(e) => setDisplayId(Number(e.target.value))}>
              {status.displays.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                  {d.primary ? ' (this screen)' : ''}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={displayId === null}
            onClick={() => act(() => api['ambient.open']({ displayId: displayId! }))}
          >
            {status.openOn === null ? 'Open on this screen' : 'Move to this screen'}
          </button>
          {status.openOn !== null && (
            <button type="button" className="secondary" onClick={() => act(() => api['ambient.close']({}))}>
              Close ambient display
            </button>
          )}
        </div>
      )}
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
    </section>
  );
}
