import { formatClock } from '../../../../src/session/format';
import { useSessionActions, useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';

/** After a restart: the session kept its time; staff choose to take it up again. */
export function ResumeScreen() {
  const run = useSessionStore((s) => s.snapshot?.run);
  const { continueAfterRestart } = useSessionActions();
  const elapsed = useLiveSession((s) => Math.floor(s?.elapsedSec ?? 0));
  const phaseName = useLiveSession((s) => s?.phase.name ?? '');
  if (!run) return null;
  const startedAt = new Date(run.events[0]!.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <main className="resume">
      <h1>A session was running in this room</h1>
      <p>
        {run.program.name}, started at {startedAt}. It is now in <strong>{phaseName}</strong>, session time{' '}
        {formatClock(elapsed)}.
      </p>
      <p className="muted">
        Sound stays off until you resume. The session clock kept counting while Stillroom was closed.
      </p>
      <button type="button" className="primary huge" autoFocus onClick={() => void continueAfterRestart()}>
        Resume session
      </button>
    </main>
  );
}
