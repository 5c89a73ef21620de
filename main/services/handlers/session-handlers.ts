import type { HandlersFor } from '../../ipc/dispatch';
import type { AppParts } from './app-parts';
import { historyCsv } from '@domain/session/history';

/** The live session and the history of closed ones. */
export function sessionHandlers(parts: AppParts): HandlersFor<'session' | 'history'> {
  const { session, history } = parts;
  return {
    'session.get': () => session.snapshot(),
    'session.start': ({ programId, playlistId }) => session.start(programId, playlistId),
    'session.control': (control) =>
      control.type === 'close' ? session.closeSession(control) : session.control(control),
    'session.continue': () => session.continueAfterRestart(),
    'session.dismiss': () => {
      session.dismiss();
      return null;
    },
    'history.list': () => history.list(),
    'history.csv': ({ includeTraining }) =>
      historyCsv(
        history.list().records.filter((record) => includeTraining || !record.training),
        // The offset of this computer's clock, at each instant (daylight saving moves it).
        (ms) => -new Date(ms).getTimezoneOffset(),
      ),
  };
}
