import { useEffect, useRef, useState } from 'react';
import { trackMediaPath } from '../../../../src/audio/playlist';
import type { SessionState } from '../../../../src/session/state-at';
import { formatClock } from '../../../../src/session/format';
import { useAppActions } from '../../app/app-store';
import { useAudioSnapshot } from '../../audio/room-sound';
import { useSessionActions, useSessionStore } from '../../session/session-store';
import { sessionTicker, useLiveSession } from '../../session/session-ticker';
import { LevelMeter } from '../../ui/LevelMeter';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Timer } from '../../ui/Timer';
import { VolumeControls } from '../../ui/VolumeControls';
import { consoleControls } from './controls';
import { DischargeChecklist } from './DischargeChecklist';
import { LightStatus } from './LightStatus';
import { SessionAnnouncer } from './SessionAnnouncer';
import { Reminders } from './Reminders';
import './console.css';

const controlsKey = (s: SessionState | null) =>
  s ? `${s.status}|${s.paused}|${s.sound.quiet}|${s.light.staffLight}|${s.phaseIndex}` : '';

/** The staff console during a session: time, phase, controls, reminders and sound status. */
export function ConsoleScreen() {
  const program = useSessionStore((s) => s.snapshot?.run.program);
  const { control, dismiss } = useSessionActions();
  const { show } = useAppActions();
  const status = useLiveSession((s) => s?.status ?? null);
  const phaseName = useLiveSession((s) => s?.phase.name ?? '');
  useLiveSession(controlsKey);
  const state = sessionTicker.getState();
  const controls = state && program ? consoleControls(state, program.phases.length) : [];
  const [confirmClose, setConfirmClose] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // A stage change removes the control that caused it (Start, End treatment, Close session);
  // the keyboard's place then moves to the stage's heading instead of falling out of the page.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, [status]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, dialog')) return;
      const live = sessionTicker.getState();
      if (!live || !program) return;
      const match = consoleControls(live, program.phases.length).find(
        (c) => c.key === event.key.toLowerCase() && c.available,
      );
      if (!match) return;
      event.preventDefault();
      void control(match.control);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [program, control]);

  if (!program || !status) return null;
  const closed = status === 'closed';

  return (
    <main className="console">
      <header className="console-phase">
        <h1 className="phase-name" ref={heading} tabIndex={-1}>
          {phaseName}
        </h1>
        <PhaseDetail treatmentPhases={program.phases.length - 1} />
      </header>

      <SessionClocks />
      <SessionAnnouncer />

      <Reminders />
      {status !== 'treatment' && !closed && <DischargeChecklist />}

      {!closed && (
        <section className="controls" aria-label="Session controls">
          {controls
            .filter((c) => c.available || status === 'treatment')
            .map((c) => (
              <button
                // Keyed by its shortcut, which stays when Pause turns into Resume, so focus stays too.
                key={c.key}
                type="button"
                className={c.control.type === 'endTreatment' ? 'control warn' : 'control'}
                aria-pressed={c.pressed}
                aria-keyshortcuts={c.keyLabel}
                disabled={!c.available}
                onClick={() => void control(c.control)}
              >
                <span>{c.label}</span>
                <kbd aria-hidden="true">{c.keyLabel}</kbd>
              </button>
            ))}
        </section>
      )}

      <footer className="console-footer">
        <SoundStatus />
        <div className="footer-actions">
          <button type="button" className="secondary" onClick={() => show('sheet')}>
            Take-home sheet
          </button>
          {!closed && status !== 'treatment' && (
            <button
              type="button"
              className="secondary"
              onClick={() => (status === 'dischargeReady' ? void control({ type: 'close' }) : setConfirmClose(true))}
            >
              Close session
            </button>
          )}
          {closed && (
            <button type="button" className="primary" onClick={() => void dismiss()}>
              Ready for next session
            </button>
          )}
        </div>
      </footer>

      {confirmClose && (
        <ConfirmDialog
          title="Close before recovery time is complete?"
          cancelLabel="Keep recovering"
          confirmLabel="Close early"
          onCancel={() => setConfirmClose(false)}
          onConfirm={() => {
            setConfirmClose(false);
            void control({ type: 'close' });
          }}
        >
          <p>The session history will record that it was closed early.</p>
        </ConfirmDialog>
      )}
    </main>
  );
}

/** Where the session stands, in words; re-renders only when its text changes. */
function PhaseDetail({ treatmentPhases }: { treatmentPhases: number }) {
  const detail = useLiveSession((s) => {
    if (!s) return '';
    const paused = s.paused ? ' · Paused' : '';
    if (s.status === 'treatment') {
      const overtime = Math.floor(s.treatmentOvertimeSec);
      return overtime > 0
        ? `Planned treatment time reached ${formatClock(overtime)} ago — press End treatment when it ends${paused}`
        : `Phase ${s.phaseIndex + 1} of ${treatmentPhases} · ${formatClock(Math.ceil(s.phaseRemainingSec))} left in this phase${paused}`;
    }
    if (s.status === 'recovery') return `Recovery: rest and observation${paused}`;
    if (s.status === 'dischargeReady') return `Recovery time complete. Discharge when the checklist is done.${paused}`;
    return `Session closed${paused}`;
  });
  return <p className="phase-detail">{detail}</p>;
}

/** The session clock and, in recovery, the countdown that leads; only this part redraws each second. */
function SessionClocks() {
  const elapsed = useLiveSession((s) => Math.floor(s?.elapsedSec ?? 0));
  const recoveryLeft = useLiveSession((s) =>
    s?.recoveryRemainingSec == null ? null : Math.ceil(s.recoveryRemainingSec),
  );
  return (
    <section className="clocks" aria-label="Clocks">
      {recoveryLeft !== null && <Timer label="Recovery time remaining" seconds={recoveryLeft} />}
      {/* In recovery the countdown leads; the session clock steps back. */}
      <Timer label="Session time" seconds={elapsed} size={recoveryLeft === null ? 'large' : 'medium'} />
    </section>
  );
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
