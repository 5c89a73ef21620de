import { useCallback, useEffect, useRef, useState } from 'react';
import { trackMediaPath } from '../../../../src/audio/playlist';
import type { Control } from '../../../../src/session/controls';
import type { SessionState } from '../../../../src/session/state-at';
import { formatClock } from '../../../../src/session/format';
import { hasPreDosePhase } from '../../../../src/session/program';
import { useAppActions } from '../../app/app-store';
import { useAudioSnapshot } from '../../audio/room-sound';
import { useSessionActions, useSessionStore } from '../../session/session-store';
import { sessionTicker, useLiveSession } from '../../session/session-ticker';
import { LevelMeter } from '../../ui/LevelMeter';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useSettling } from '../../ui/use-settling';
import { VolumeControls } from '../../ui/VolumeControls';
import { CloseSessionDialog } from './CloseSessionDialog';
import { consoleControls, type ConsoleControl, type ConsoleQuestion } from './controls';
import { DischargeChecklist } from './DischargeChecklist';
import { DoseTimeDialog } from './DoseTimeDialog';
import { LightStatus } from './LightStatus';
import { NowPlaying } from './NowPlaying';
import { SessionAnnouncer } from './SessionAnnouncer';
import { DoseStatus, SessionClocks } from './SessionClocks';
import { Reminders } from './Reminders';
import './console.css';

const controlsKey = (s: SessionState | null) =>
  s
    ? `${s.status}|${s.paused}|${s.sound.quiet}|${s.light.staffLight}|${s.phaseIndex}|${s.awaitingDose}|${s.dose !== null}`
    : '';

type Question = ConsoleQuestion | 'close';

/** The staff console during a session: both clocks, phase, controls, reminders and sound status. */
export function ConsoleScreen() {
  const run = useSessionStore((s) => s.snapshot?.run);
  const { control, dismiss } = useSessionActions();
  const { show } = useAppActions();
  const status = useLiveSession((s) => s?.status ?? null);
  const phaseName = useLiveSession((s) => s?.phase.name ?? '');
  useLiveSession(controlsKey);
  const state = sessionTicker.getState();
  const controls = state && run ? consoleControls(state, run) : [];
  const [question, setQuestion] = useState<Question | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const closeSettling = useSettling(status);

  // A stage change removes the control that caused it (Start, End treatment, Close session);
  // the keyboard's place then moves to the stage's heading instead of falling out of the page.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, [status]);

  // A press asks its question first (End treatment, Change dose time) or sends its control.
  const act = useCallback(
    (c: ConsoleControl) => {
      if ('asks' in c.action) setQuestion(c.action.asks);
      else void control(c.action.control);
    },
    [control, setQuestion],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, dialog')) return;
      const live = sessionTicker.getState();
      if (!live || !run || !event.key) return;
      const match = consoleControls(live, run).find((c) => c.key === event.key.toLowerCase() && c.available);
      if (!match) return;
      event.preventDefault();
      act(match);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, act]);

  if (!run || !status || !state) return null;
  const closed = status === 'closed';
  const send = (c: Control) => {
    setQuestion(null);
    void control(c);
  };
  const closeSession = () => {
    const unchecked = state.checklist.filter((item) => !item.done);
    if (status === 'dischargeReady' && unchecked.length === 0) void control({ type: 'close' });
    else setQuestion('close');
  };

  return (
    <main className="console">
      <header className="console-phase">
        <p className="program-name">
          {run.program.name}
          {run.program.training && <span className="training-mark">Training</span>}
        </p>
        <h1 className="phase-name" ref={heading} tabIndex={-1}>
          {phaseName}
        </h1>
        <PhaseDetail
          treatmentPhases={run.program.phases.filter((p) => p.kind === 'treatment').length}
          firstTreatment={hasPreDosePhase(run.program) ? 1 : 0}
        />
      </header>

      <SessionClocks />
      <DoseStatus />
      <SessionAnnouncer />

      <Reminders />
      {status !== 'treatment' && !closed && <DischargeChecklist />}

      {!closed && (
        <section className="controls" aria-label="Session controls">
          {controls.map((c) => (
            <ControlButton key={c.slot} control={c} onPress={() => act(c)} />
          ))}
        </section>
      )}

      <footer className="console-footer">
        <div className="sound-column">
          <NowPlaying />
          <SoundStatus />
        </div>
        <div className="footer-actions">
          <button type="button" className="secondary" onClick={() => show('sheet')}>
            Take-home sheet
          </button>
          {!closed && status !== 'treatment' && (
            <button type="button" className="secondary" disabled={closeSettling} onClick={closeSession}>
              Close session
            </button>
          )}
          {closed && (
            <button type="button" className="primary" disabled={closeSettling} onClick={() => void dismiss()}>
              Ready for next session
            </button>
          )}
        </div>
      </footer>

      {question === 'endTreatment' && (
        <ConfirmDialog
          title="End treatment?"
          cancelLabel="Cancel"
          confirmLabel="End treatment now"
          onCancel={() => setQuestion(null)}
          onConfirm={() => send({ type: 'endTreatment' })}
        >
          <p>
            {state.awaitingDose
              ? 'No dose has been marked. Recovery begins now, without a dose.'
              : 'Recovery begins now and counts down to the earliest discharge. This cannot be undone.'}
          </p>
        </ConfirmDialog>
      )}
      {question === 'doseTime' && state.dose && (
        <DoseTimeDialog
          doseAt={state.dose.at}
          startedAt={run.events[0]!.at}
          onCancel={() => setQuestion(null)}
          onSave={(doseAt) => send({ type: 'correctDose', doseAt })}
        />
      )}
      {question === 'close' && (
        <CloseSessionDialog
          unchecked={state.checklist.filter((item) => !item.done).map((item) => item.label)}
          earliestDischargeAt={status === 'dischargeReady' ? null : state.earliestDischargeAt}
          reasons={run.earlyCloseReasons}
          onCancel={() => setQuestion(null)}
          onClose={(answer) => send({ type: 'close', ...answer })}
        />
      )}
    </main>
  );
}

/** One console control; one whose meaning just changed under the hand waits a second. */
function ControlButton({ control: c, onPress }: { control: ConsoleControl; onPress: () => void }) {
  const settling = useSettling(c.label);
  return (
    <button
      type="button"
      className={c.slot === 'endTreatment' ? 'control warn' : c.slot === 'dose' ? 'control dose' : 'control'}
      aria-pressed={c.pressed}
      aria-keyshortcuts={c.keyLabel || undefined}
      disabled={!c.available || (c.settles === true && settling)}
      onClick={onPress}
    >
      <span>{c.label}</span>
      {c.keyLabel && <kbd aria-hidden="true">{c.keyLabel}</kbd>}
    </button>
  );
}

/** Where the session stands, in words; re-renders only when its text changes. */
function PhaseDetail({ treatmentPhases, firstTreatment }: { treatmentPhases: number; firstTreatment: number }) {
  const detail = useLiveSession((s) => {
    if (!s) return '';
    const paused = s.paused ? ' · Paused' : '';
    if (s.status === 'treatment') {
      if (s.awaitingDose) return `Before the dose · press Dose given when it is given${paused}`;
      const overtime = Math.floor(s.treatmentOvertimeSec);
      return overtime > 0
        ? `Planned treatment time reached ${formatClock(overtime)} ago — press End treatment when it ends${paused}`
        : `Phase ${s.phaseIndex - firstTreatment + 1} of ${treatmentPhases} · ${formatClock(Math.ceil(s.phaseRemainingSec))} left in this phase${paused}`;
    }
    if (s.status === 'recovery') return `Recovery: rest and observation${paused}`;
    if (s.status === 'dischargeReady')
      return `Minimum time reached. Discharge when the checklist is done and the patient is ready.${paused}`;
    return `Session closed${paused}`;
  });
  return <p className="phase-detail">{detail}</p>;
}

function SoundStatus() {
  const audio = useAudioSnapshot();
  const playlists = useSessionStore((s) => s.snapshot?.run.playlists ?? []);
  const titleOf = (mediaPath: string) =>
    playlists.flatMap((p) => p.tracks).find((t) => trackMediaPath(t) === mediaPath)?.title ?? mediaPath;
  const failed = audio.voices.filter((v) => v.status === 'failed' || v.error);
  return (
    <div className="sound-status">
      <LevelMeter />
      <VolumeControls />
      <LightStatus />
      {audio.blocked && (
        <p role="alert" className="warning">
          The browser is holding sound back. Click anywhere in this window to let it play.
        </p>
      )}
      {failed.map((v) => (
        <p role="alert" className="warning" key={v.key}>
          Sound problem: “{titleOf(v.mediaPath)}” {v.error}
        </p>
      ))}
    </div>
  );
}
