import type { SessionState } from './state-at';

/** Minutes in steps of five while there are more than five, then minute by minute. */
function roughMinutes(seconds: number): number {
  const minutes = Math.ceil(seconds / 60);
  return minutes > 5 ? Math.ceil(minutes / 5) * 5 : minutes;
}

const minutesText = (minutes: number) => (minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`);

/**
 * What a screen reader should say about the session now. It changes only when the phase
 * changes, every five minutes of a countdown (every minute in the last five), and when the
 * session pauses or ends a stage, so a polite live region speaks rarely, never every second.
 */
export function sessionAnnouncement(state: SessionState | null): string {
  if (!state) return '';
  const paused = state.paused ? ' Paused.' : '';
  switch (state.status) {
    case 'treatment':
      if (state.awaitingDose) return `${state.phase.name}: waiting for the dose.${paused}`;
      if (state.treatmentOvertimeSec > 0) return `${state.phase.name}: planned treatment time reached.${paused}`;
      return `${state.phase.name}: ${minutesText(roughMinutes(state.phaseRemainingSec))} left in this phase.${paused}`;
    case 'recovery':
      return `Recovery: ${minutesText(roughMinutes(state.recoveryRemainingSec ?? 0))} left.${paused}`;
    case 'dischargeReady':
      return 'Recovery: minimum time reached.';
    case 'closed':
      return 'Session closed.';
  }
}
