import { useEffect } from 'react';
import { ConsoleScreen } from '../screens/console/ConsoleScreen';
import { SheetScreen } from '../screens/sheet/SheetScreen';
import { StartScreen } from '../screens/start/StartScreen';
import { useSessionActions, useSessionError, useSessionStore } from '../session/session-store';
import { useAppActions, useAppStore } from './app-store';

export function App() {
  const { load } = useAppActions();
  const info = useAppStore((s) => s.info);
  const loadError = useAppStore((s) => s.loadError);
  const screen = useAppStore((s) => s.screen);
  const hasSession = useSessionStore((s) => s.snapshot !== null);
  const loaded = useSessionStore((s) => s.loaded);
  const error = useSessionError();
  const { clearError } = useSessionActions();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app">
      <header className="app-bar no-print">
        <span className="brand">Stillroom</span>
        {info && (
          <span className="room">
            {info.clinicName} · {info.roomName}
          </span>
        )}
      </header>
      {info?.notices.map((notice) => (
        <p role="alert" className="warning no-print" key={notice}>
          {notice}
        </p>
      ))}
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
      {!loaded ? null : screen === 'sheet' ? <SheetScreen /> : hasSession ? <ConsoleScreen /> : <StartScreen />}
    </div>
  );
}
