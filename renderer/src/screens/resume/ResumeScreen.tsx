import { useState } from 'react';
import { describeDuration, formatClock } from '@domain/session/format';
import { useSessionActions, useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';
import { timeOfDay } from '../../ui/time-of-day';
import { DoseTimeDialog } from '../console/DoseTimeDialog';

/**
 * After a restart: the session's clocks kept counting while Stillroom was closed, as the
 * treatment did. Staff see how long it was down, are told when the computer's clock went back,
 * and choose to take the session up again.
 */
export function ResumeScreen() {
  const run = useSessionStore((s) => s.snapshot?.run);
  const { continueAfterRestart, control } = useSessionActions();
  const programSec = useLiveSession((s) => Math.floor(s?.programSec ?? 0));
  const sinceDose = useLiveSession((s) => (s?.sinceDoseSec == null ? null : Math.floor(s.sinceDoseSec)));
  const dose = useLiveSession((s) => s?.dose?.at ?? null);
  const phaseName = useLiveSession((s) => s?.phase.name ?? '');
  const [changing, setChanging] = useState(false);
  if (!run) return null;
  const restart = run.events.findLast((e) => e.type === 'restart');
  const startedAt = run.events[0]!.at;
  return (
    <main className="resume">
      <h1>A session was running in this room</h1>
      <p>
        {run.program.name}, started at {timeOfDay(startedAt)}. It is now in <strong>{phaseName}</strong>
        {sinceDose !== null && <>, {formatClock(sinceDose)} since the dose</>}, program time {formatClock(programSec)}.
      </p>
      {restart && restart.clockBackMs > 0 ? (
        <p role="alert" className="warning">
          The computer’s clock reads {describeDuration(restart.clockBackMs / 1000)} earlier than Stillroom’s last record
          of this session ({timeOfDay(restart.downSince)}). The session carries on from that record, so times since the
          dose may be short by however long Stillroom was closed. Check the computer’s clock, and correct the dose time
          if it is wrong.
        </p>
      ) : (
        restart && (
          <p>
            Stillroom was closed for {describeDuration((restart.at - restart.downSince) / 1000)} (from{' '}
            {timeOfDay(restart.downSince)} to {timeOfDay(restart.at)}).
          </p>
        )
      )}
      <p className="muted">Sound stays off until you resume. The clocks kept counting while Stillroom was closed.</p>
      <div className="resume-actions">
        <button type="button" className="primary huge" autoFocus onClick={() => void continueAfterRestart()}>
          Resume session
        </button>
        {dose !== null && (
          <button type="button" className="secondary" onClick={() => setChanging(true)}>
            Change dose time
          </button>
        )}
      </div>
      {changing && dose !== null && (
        <DoseTimeDialog
          doseAt={dose}
          startedAt={startedAt}
          onCancel={() => setChanging(false)}
          onSave={(doseAt) => {
            setChanging(false);
            void control({ type: 'correctDose', doseAt });
          }}
        />
      )}
    </main>
  );
}
