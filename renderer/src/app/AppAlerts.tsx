import { useSessionActions, useSessionError, useSessionStore } from '../session/session-store';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ConnectionBanner } from './ConnectionBanner';
import { useAppStore } from './app-store';

/**
 * What the whole app must tell staff: the services out of reach, notices from the main process
 * (storage and the like), a load failure and the last refused action. Above every screen, except
 * on the console, which shows them in its own fixed place for alerts so nothing moves the controls.
 */
export function AppAlerts() {
  const notices = useAppStore((s) => s.info?.notices);
  const loadError = useAppStore((s) => s.loadError);
  // While the run log cannot be written; it goes when the disk catches up, never by a click.
  const unsaved = useSessionStore((s) => s.snapshot?.unsaved ?? null);
  const error = useSessionError();
  const { clearError } = useSessionActions();
  return (
    <>
      <ConnectionBanner />
      {notices?.map((notice) => (
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
      <ErrorAlert error={error} onDismiss={clearError} className="no-print" />
    </>
  );
}
