import { ROOM_LEVEL_PCT } from '@domain/light/light-plan';
import { formatClock } from '@domain/session/format';
import { useConnected } from '../../ipc/connection-store';
import { useLiveSession } from '../../session/session-ticker';
import './ambient.css';

const timeOfDay = () => new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * The room's ambient display (a TV or a second screen): slow, soft light whose brightness
 * follows the room's light level, and a small, dim clock for staff (time since the dose during a
 * session). It plays no sound.
 */
export function AmbientScreen() {
  // Cut off from the services, the display fades to its idle look instead of freezing a clock.
  const connected = useConnected();
  const session = useLiveSession((s) => Math.round(s?.light.levelPct ?? ROOM_LEVEL_PCT));
  const level = connected ? session : ROOM_LEVEL_PCT;
  // Staff glance at the clinical clock: time since the dose, once there is one.
  const live = useLiveSession((s) =>
    s && s.status !== 'closed' && s.sinceDoseSec !== null ? Math.floor(s.sinceDoseSec) : null,
  );
  const sinceDose = connected ? live : null;
  const clock = useLiveSession(() => timeOfDay());
  return (
    <main className="ambient" aria-label="Ambient display" data-light-level={level}>
      <div className="ambient-light" style={{ opacity: level / 100 }} aria-hidden="true">
        <div className="ambient-glow ambient-glow-1" />
        <div className="ambient-glow ambient-glow-2" />
        <div className="ambient-glow ambient-glow-3" />
      </div>
      <p className="ambient-clock">
        {sinceDose === null ? (
          <time>{clock}</time>
        ) : (
          <span role="timer" aria-label="Time since dose">
            {formatClock(sinceDose)}
          </span>
        )}
      </p>
    </main>
  );
}
