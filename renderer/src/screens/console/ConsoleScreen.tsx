import { useEffect } from 'react';
import { useLightsActions } from '../../stores/lights-store';
import { useBooted } from '../../booted';
import { useSessionActions, useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';
import { ConsoleFooter } from './ConsoleFooter';
import { ConsoleHeader } from './ConsoleHeader';
import { ControlGrid } from './ControlGrid';
import { DischargeChecklist } from './DischargeChecklist';
import { Notices } from './Notices';
import { SessionAnnouncer } from './SessionAnnouncer';
import { SessionClocks } from './SessionClocks';
import { useConsoleActions } from './use-console-actions';
import './console.css';

/**
 * The staff console during a session, laid out for a dark room: the phase and both clocks large
 * at the top, one fixed place for reminders and alerts (and the checklist in recovery), and the
 * controls and footer held to the bottom, so nothing moves under the hand and everything fits.
 */
export function ConsoleScreen() {
  const program = useSessionStore((s) => s.snapshot?.run.program);
  const journey = useSessionStore((s) => s.snapshot?.run.patient?.journeyName ?? null);
  const status = useLiveSession((s) => s?.status ?? null);
  const { act, ask, questions } = useConsoleActions();
  const { control } = useSessionActions();
  const { load: loadLights } = useLightsActions();
  const { sessionTicker } = useBooted();

  useEffect(() => {
    void loadLights();
  }, [loadLights]);

  // A stage change removes the control that caused it (Start, End treatment, Close session);
  // the keyboard's place then moves to the stage's heading instead of falling out of the page.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body)
      document.getElementById('console-phase')?.focus();
  }, [status]);

  if (!program || !status) return null;
  const closeSession = () => {
    const state = sessionTicker.getState();
    const unticked = state?.checklist.some((item) => !item.done) ?? false;
    // Nothing to ask when the minimum is reached and everything is ticked.
    if (state?.status === 'dischargeReady' && !unticked) void control({ type: 'close' });
    else ask('close');
  };

  return (
    <main className={`console console-${status}`}>
      <ConsoleHeader program={program} journey={journey} />
      <SessionClocks />
      <SessionAnnouncer />
      <div className="console-middle">
        <Notices />
        {status !== 'treatment' && status !== 'closed' && <DischargeChecklist />}
      </div>
      <ControlGrid onPress={act} />
      <ConsoleFooter onClose={closeSession} />
      {questions}
    </main>
  );
}
