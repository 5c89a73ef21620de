import { useEffect, useState } from 'react';
import { BoardScreen } from '../screens/board/BoardScreen';
import { ClinicScreen } from '../screens/clinic/ClinicScreen';
import { ConsoleScreen } from '../screens/console/ConsoleScreen';
import { HistoryScreen } from '../screens/history/HistoryScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { LightsScreen } from '../screens/lights/LightsScreen';
import { PatientScreen } from '../screens/patient/PatientScreen';
import { ResumeScreen } from '../screens/resume/ResumeScreen';
import { SheetScreen } from '../screens/sheet/SheetScreen';
import { StartScreen } from '../screens/start/StartScreen';
// The app's form styles after every screen's own, which they have always overridden where both apply.
import '../ui/forms.css';
import { useSessionStore } from '../session/session-store';
import { usePatientActions, usePatientStore } from '../stores/patient-store';
import { useJourneysStore } from '../stores/journeys-store';
import { useProgramsStore } from '../stores/programs-store';
import { AboutDialog } from './AboutDialog';
import { AppAlerts } from './AppAlerts';
import { useAppActions, useAppStore, type Screen } from './app-store';

export function App() {
  const { load, show } = useAppActions();
  const info = useAppStore((s) => s.info);
  const screen = useAppStore((s) => s.screen);
  const hasSession = useSessionStore((s) => s.snapshot !== null);
  const awaitingResume = useSessionStore((s) => s.snapshot?.awaitingResume ?? false);
  const loaded = useSessionStore((s) => s.loaded);
  // While the patient screen is shown, nothing else is reachable until staff unlock.
  const locked = usePatientStore((s) => s.staff?.locked ?? false);
  const { load: loadStaff } = usePatientActions();
  const [aboutOpen, setAboutOpen] = useState(false);

  useEffect(() => {
    void load();
    void loadStaff();
    // Read once; from then on each collection's store follows main's announcements.
    void useProgramsStore.getState().actions.load();
    void useJourneysStore.getState().actions.load();
  }, [load, loadStaff]);

  if (locked) return <PatientScreen />;
  const consoleShown = loaded && !awaitingResume && screen === 'room' && hasSession;

  return (
    <div className="app">
      <header className="app-bar no-print">
        <span className="brand">Stillroom</span>
        <span className="app-bar-end">
          {info && <span className="room">{[info.clinicName, info.roomName].filter(Boolean).join(' · ')}</span>}
          {screen === 'room' && !hasSession && (
            <>
              <button type="button" className="link" onClick={() => show('library')}>
                Library
              </button>
              <button type="button" className="link" onClick={() => show('lights')}>
                Lights and sound
              </button>
              <button type="button" className="link" onClick={() => show('history')}>
                History
              </button>
              <button type="button" className="link" onClick={() => show('clinic')}>
                Clinic
              </button>
            </>
          )}
          {/* Every room at a glance, during a session too: a nurse in one room sees what falls due in another. */}
          {screen === 'room' && (
            <button type="button" className="link" onClick={() => show('board')}>
              Clinic board
            </button>
          )}
          {info && (
            <button type="button" className="link" onClick={() => setAboutOpen(true)}>
              About
            </button>
          )}
        </span>
      </header>
      {aboutOpen && info && <AboutDialog version={info.version} onClose={() => setAboutOpen(false)} />}
      {!consoleShown && <AppAlerts />}
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
  if (screen === 'board') return <BoardScreen />;
  return hasSession ? <ConsoleScreen /> : <StartScreen />;
}
