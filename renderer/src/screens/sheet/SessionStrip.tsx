import { useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';
import { Timer } from '../../ui/Timer';

/**
 * A small line of the session on the sheet screen, so staff writing the sheet still see where the
 * session stands: the phase, and time since the dose (or the wait for it).
 */
export function SessionStrip() {
  const live = useSessionStore((s) => s.snapshot !== null);
  const phase = useLiveSession((s) => (s && s.status !== 'closed' ? s.phase.name : null));
  const sinceDose = useLiveSession((s) => (s?.sinceDoseSec == null ? null : Math.floor(s.sinceDoseSec)));
  const paused = useLiveSession((s) => s?.paused ?? false);
  if (!live || phase === null) return null;
  return (
    <section className="session-strip no-print" aria-label="Session">
      <p className="session-strip-phase">
        {phase}
        {paused && <span className="state-badge state-paused">Paused</span>}
      </p>
      {sinceDose === null ? (
        <p className="muted">Waiting for the dose</p>
      ) : (
        <Timer label="Time since dose" seconds={sinceDose} size="small" />
      )}
      <p className="muted">The console’s keys work here: Space pauses, Q quiets, L brings staff light.</p>
    </section>
  );
}
