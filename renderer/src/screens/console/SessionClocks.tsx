import { useMemo } from 'react';
import { useLiveSession } from '../../session/session-ticker';
import { Timer } from '../../ui/Timer';
import { timeOfDay } from '../../ui/time-of-day';

/** Time since the dose, with when it was given; before the dose, what the clock waits for. */
function SinceDose({ size }: { size: 'large' | 'medium' }) {
  const seconds = useLiveSession((s) => (s?.sinceDoseSec == null ? null : Math.floor(s.sinceDoseSec)));
  // The moment itself is selected, and formatted only when it changes: formatting is not free.
  const doseAt = useLiveSession((s) => s?.dose?.at ?? null);
  const doseTime = useMemo(() => (doseAt === null ? '' : timeOfDay(doseAt)), [doseAt]);
  const corrected = useLiveSession((s) => s?.dose?.corrected ?? false);
  if (seconds === null) return <p className="dose-pending">Waiting for the dose</p>;
  return (
    <div className="since-dose">
      <Timer label="Time since dose" seconds={seconds} size={size} />
      <p className="dose-status">
        Dose given at {doseTime}
        {corrected && ' (corrected)'}
      </p>
    </div>
  );
}

/** In recovery: the countdown to the earliest discharge and its clock time, or that the minimum is reached. */
function Discharge() {
  const left = useLiveSession((s) => (s?.recoveryRemainingSec == null ? null : Math.ceil(s.recoveryRemainingSec)));
  const at = useLiveSession((s) => s?.earliestDischargeAt ?? null);
  if (left === null || at === null) return null;
  return (
    <div className="discharge">
      {left > 0 ? (
        <Timer label="Recovery time remaining" seconds={left} />
      ) : (
        <p className="minimum-reached">Minimum time reached</p>
      )}
      <p className="discharge-at">
        Earliest discharge <strong>{timeOfDay(at)}</strong>
      </p>
    </div>
  );
}

/**
 * The session's two clocks: time since the dose, which never pauses and leads, and the
 * program's own time, which pausing holds. In recovery the countdown to the earliest discharge
 * comes first. Only this part redraws each second.
 */
export function SessionClocks() {
  const programSec = useLiveSession((s) => Math.floor(s?.programSec ?? 0));
  const recovering = useLiveSession((s) => s?.recoveryRemainingSec != null);
  const paused = useLiveSession((s) => s?.paused ?? false);
  return (
    <section className="clocks" aria-label="Clocks">
      {recovering && <Discharge />}
      <SinceDose size={recovering ? 'medium' : 'large'} />
      <div className={paused ? 'program-time held' : 'program-time'}>
        <Timer label={paused ? 'Program time (held)' : 'Program time'} seconds={programSec} size="small" />
      </div>
    </section>
  );
}
