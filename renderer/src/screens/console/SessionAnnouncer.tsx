import { sessionAnnouncement } from '@domain/session/announcement';
import { useLiveSession } from '../../session/session-ticker';

/** Tells screen-reader users where the session stands, politely and only when that changes. */
export function SessionAnnouncer() {
  const text = useLiveSession(sessionAnnouncement);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="session-announcer">
      {text}
    </p>
  );
}
