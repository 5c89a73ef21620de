import { useEffect, useState } from 'react';
import { describeDuration } from '@domain/session/format';
import { useConnectionStore } from '../ipc/connection-store';

/**
 * While the web host cannot be reached: a warning that stays until it is back (it cannot be
 * dismissed), how long ago it went, and what still works.
 */
export function ConnectionBanner() {
  const lostAt = useConnectionStore((s) => (s.connected ? null : s.lostAt));
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (lostAt === null) return;
    const timer = setInterval(() => setNow(performance.now()), 1_000);
    return () => clearInterval(timer);
  }, [lostAt]);
  if (lostAt === null) return null;
  const ago = describeDuration(Math.max(0, (now - lostAt) / 1000));
  return (
    <p role="alert" className="warning no-print connection-lost">
      Stillroom’s services cannot be reached: lost {ago} ago, reconnecting. The sound, Quiet now and the volume still
      work here; other controls wait.
    </p>
  );
}
