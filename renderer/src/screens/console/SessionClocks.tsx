import { useLiveSession } from '../../session/session-ticker';
import { Timer } from '../../ui/Timer';
import { timeOfDay } from '../../ui/time-of-day';

/**
 * The session's two clocks: time since the dose, which never pauses and leads, and the
 * program's own time, which pausing holds. In recovery the countdown to the earliest discharge
 * comes first. Only this part redraws each second.
 */
export function SessionClocks() {
  const sinceDose = useLiveSession((s) => (s?.sinceDoseSec == null ? null : Math.floor(s.sinceDoseSec)));
  const programSec = useLiveSession((s) => Math.floor(s?.programSec ?? 0));
  const recoveryLeft = useLiveSession((s) =>
    s?.recoveryRemainingSec == null ? null : Math.ceil(s.recoveryRemainingSec),
  );
  const dischargeAt = useLiveSession((s) => s?.earliestDischargeAt ?? null);
  const recovering = recoveryLeft !== null;
  return (
    <section className="clocks" aria-label="Clocks">
      {recovering && (
        <div className="discharge">
          {recoveryLeft > 0 ? (
            <Timer label="Recovery time remaining" seconds={recoveryLeft} />
          ) : (
            <p className="minimum-reached">Minimum time reached</p>
          )}
          <p className="discharge-at">
            Earliest discharge <strong>{timeOfDay(dischargeAt!)}</strong>
          </p>
        </div>
      )}
      {sinceDose === null ? (
        <p className="dose-pending">Waiting for the dose</p>
      ) : (
        <Timer label="Time since dose" seconds={sinceDose} size={recovering ? 'medium' : 'large'} />
      )}
      <Timer label="Program time" seconds={programSec} size={recovering ? 'small' : 'medium'} />
    </section>
  );
}

/** When the dose was given; before the dose, a quiet nudge once ten minutes have passed. */
export function DoseStatus() {
  const dose = useLiveSession((s) =>
    s?.dose ? `${timeOfDay(s.dose.at)}${s.dose.corrected ? ' (corrected)' : ''}` : null,
  );
  const nudge = useLiveSession((s) => s?.doseNudge ?? false);
  if (dose) return <p className="dose-status">Dose given at {dose}</p>;
  return nudge ? (
    <p className="nudge" role="status">
      No dose marked yet, ten minutes after Start session. Press Dose given (D) when it is given.
    </p>
  ) : null;
}
