import { useSyncExternalStore } from 'react';
import { api, onConnected } from '../ipc/client';
import { isClosed } from '@domain/session/run-log';
import { outputLostSince } from '@domain/session/state-at';
import { useSessionStore } from '../session/session-store';
import { SoundOutput, type SoundOutputSnapshot } from './sound-output';
import { useVolumeStore } from './volume-store';

let reporting = false;

/**
 * Keeps the session's log in step with the output: a loss (or its end) is noted once, also when
 * a session starts while the output is already gone. A report refused (the session closed
 * meanwhile, the services away) is tried again at the next change.
 */
function noteInSession(): void {
  // Read from the log itself: working out the whole session state here would run on every press.
  const run = useSessionStore.getState().snapshot?.run;
  if (reporting || !run || isClosed(run)) return;
  const lost = roomOutput.getSnapshot().lost !== null;
  if (lost === (outputLostSince(run.events) !== null)) return;
  reporting = true;
  api['session.control']({ type: lost ? 'outputLost' : 'outputBack' })
    // Refused or unanswered: the log is brought in step at the next change of session or output.
    .catch(() => {})
    .finally(() => (reporting = false));
}

/** The room's sound output: where every sound of this window goes, and what happens when it goes. */
export const roomOutput = new SoundOutput({
  saveChoice: (choice) => api['soundOutput.set']({ choice }),
  report: noteInSession,
  capVolume: (level) => {
    const { master, actions } = useVolumeStore.getState();
    if (master > level) actions.setMaster(level);
  },
});

// The saved choice is read once the services answer, and again each time they come back; until
// it is known the output stays closed.
const loadChoice = () =>
  void api['soundOutput.get']({})
    .then((choice) => roomOutput.start(choice))
    .catch(() => {});
loadChoice();
onConnected(loadChoice);
useSessionStore.subscribe(noteInSession);

export function useRoomOutput<T>(select: (snapshot: SoundOutputSnapshot) => T): T {
  return useSyncExternalStore(roomOutput.subscribe, () => select(roomOutput.getSnapshot()));
}
