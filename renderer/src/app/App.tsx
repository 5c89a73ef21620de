import { useEffect, useState } from 'react';
import { ClinicScreen } from '../screens/clinic/ClinicScreen';
import { ConsoleScreen } from '../screens/console/ConsoleScreen';
import { HistoryScreen } from '../screens/history/HistoryScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { LightsScreen } from '../screens/lights/LightsScreen';
import { PatientScreen } from '../screens/patient/PatientScreen';
import { ResumeScreen } from '../screens/resume/ResumeScreen';
import { SheetScreen } from '../screens/sheet/SheetScreen';
import { StartScreen } from '../screens/start/StartScreen';
import { useSessionActions, useSessionError, useSessionStore } from '../session/session-store';
import { usePatientActions, usePatientStore } from '../patient/patient-store';
import { AboutDialog } from './AboutDialog';
import { useAppActions, useAppStore, type Screen } from './app-store';

export function App() {
  const { load, show } = useAppActions();
  const info = useAppStore((s) => s.info);
  const loadError = useAppStore((s) => s.loadError);
  const screen = useAppStore((s) => s.screen);
  const hasSession = useSessionStore((s) => s.snapshot !== null);
  const awaitingResume = useSessionStore((s) => s.snapshot?.awaitingResume ?? false);
  // While the run log cannot be written; it goes when the disk catches up, never by a click.
  const unsaved = useSessionStore((s) => s.snapshot?.unsaved ?? null);
  const loaded = useSessionStore((s) => s.loaded);
  const error = useSessionError();
  const { clearError } = useSessionActions();
  // While the patient screen is shown, nothing else is reachable until staff unlock.
  const locked = usePatientStore((s) => s.staff?.locked ?? false);
  const { load: loadStaff } = usePatientActions();
  const [aboutOpen, setAboutOpen] = useState(false);

  useEffect(() => {
    void load();
    void loadStaff();
  }, [load, loadStaff]);

  if (locked) return <PatientScreen />;

  return (
    <div className="app">
      <header className="app-bar no-print">
        <span className="brand">Stillroom</span>
        <span className="app-bar-end">
          {info && (
            <span className="room">
              {info.clinicName} · {info.roomName}
            </span>
          )}
          {screen === 'room' && !hasSession && (
            <>
              <button type="button" className="link" onClick={() => show('library')}>
                Library
              </button>
              <button type="button" className="link" onClick={() => show('lights')}>
                Lights
              </button>
              <button type="button" className="link" onClick={() => show('history')}>
                History
              </button>
              <button type="button" className="link" onClick={() => show('clinic')}>
                Clinic
              </button>
            </>
          )}
          {info && (
            <button type="button" className="link" onClick={() => setAboutOpen(true)}>
              About
            </button>
          )}
        </span>
      </header>
      {aboutOpen && info && <AboutDialog version={info.version} onClose={() => setAboutOpen(false)} />}
      {info?.notices.map((notice) => (
        <p role="alert" className="warning no-print" key={notice}>
          {notice}
        </p>
      ))}
      {unsaved && (
        <p role="alert" className="warning no-print">
          {unsaved}
        </p>
      )}
      {loadError && (
        <p role="alert" className="warning no-print">
          Stillroom could not load: {loadError}
        </p>
      )}
      {error && (
        <div role="alert" className="warning no-print">
          <span>{error}</span>
          <button type="button" className="link" onClick={clearError}>
            Dismiss
          </button>
        </div>
      )}
      {loaded && <CurrentScreen screen={screen} hasSession={hasSession} awaitingResume={awaitingResume} />}
    </div>
  );
}

function CurrentScreen({
  screen,
  hasSession,
  awaitingResume,
}: {
  screen: Screen;
  hasSession: boolean;
  awaitingResume: boolean;
}) {
  if (awaitingResume) return <ResumeScreen />;
  if (screen === 'sheet') return <SheetScreen />;
  if (screen === 'history') return <HistoryScreen />;
  if (screen === 'library') return <LibraryScreen />;
  if (screen === 'lights') return <LightsScreen />;
  if (screen === 'clinic') return <ClinicScreen />;
  return hasSession ? <ConsoleScreen /> : <StartScreen />;
}
