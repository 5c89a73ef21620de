import { isClosed } from '@domain/session/run-log';
import { outputLostSince } from '@domain/session/state-at';
import { useRoom } from '../booted';
import type { Client } from '../ipc/client';
import type { SessionStoreApi } from '../session/session-store';
import { useExternalValue } from '../ui/use-external-value';
import { SoundOutput, type SoundOutputSnapshot } from './sound-output';
import { useVolumeStore } from './volume-store';

/**
 * The room's sound output: where every sound of this window goes, and what happens when it goes.
 * The session's log is kept in step with it: a loss (or its end) is noted once, also when a
 * session starts while the output is already gone. A report refused (the session closed
 * meanwhile, the services away) is tried again at the next change.
 */
export function startRoomOutput(client: Pick<Client, 'api' | 'onConnected'>, store: SessionStoreApi): SoundOutput {
  const { api } = client;
  let reporting = false;
  const noteInSession = () => {
    // Read from the log itself: working out the whole session state here would run on every press.
    const run = store.getState().snapshot?.run;
    if (reporting || !run || isClosed(run)) return;
    const lost = output.getSnapshot().lost !== null;
    if (lost === (outputLostSince(run.events) !== null)) return;
    reporting = true;
    api['session.control']({ type: lost ? 'outputLost' : 'outputBack' })
      // Refused or unanswered: the log is brought in step at the next change of session or output.
      .catch(() => {})
      .finally(() => (reporting = false));
  };

  const output = new SoundOutput({
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
      .then((choice) => output.start(choice))
      .catch(() => {});
  loadChoice();
  client.onConnected(loadChoice);
  store.subscribe(noteInSession);
  return output;
}

/** The room's output, for its buttons (Test, Use, Play on). */
export const useRoomOutputControl = () => useRoom().output;

/** One value of the output's state; re-renders only when `equal` says it changed. */
export function useRoomOutput<T>(select: (snapshot: SoundOutputSnapshot) => T, equal?: (a: T, b: T) => boolean): T {
  const { output } = useRoom();
  return useExternalValue(output.subscribe, output.getSnapshot, select, equal);
}
