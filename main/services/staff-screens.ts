import path from 'node:path';
import type { RequestChannel } from '@domain/ipc/channels';
import type { LibraryTrack } from '@domain/library/track';
import type { Handlers } from '../ipc/dispatch';
import { UserError } from './user-error';

/** A track as the patient screen may see it: its file's name, not the folders it lies in. */
function withoutPaths(track: LibraryTrack): LibraryTrack {
  const source: LibraryTrack['source'] =
    track.source.kind === 'reference'
      ? { kind: 'reference', path: path.basename(track.source.path) }
      : { kind: 'copy', file: path.basename(track.source.file) };
  return { ...track, source };
}

/** What the patient screen needs; everything else waits until staff unlock with the PIN. */
const OPEN_WHILE_LOCKED = new Set<RequestChannel>([
  'app.info',
  'clock.now',
  'session.get',
  'programs.list',
  'journeys.list',
  'library.list',
  'playlists.list',
  'patient.get',
  'patient.choose',
  // The patient screen's test tone plays on the room's chosen output.
  'soundOutput.get',
  'staff.status',
  'staff.unlock',
]);

/**
 * Refuses staff requests while the patient screen is shown, whichever window they come from.
 * The library it may read names its tracks, but not where they are on this computer.
 */
export function closedWhileLocked(handlers: Handlers, locked: () => boolean): Handlers {
  const guarded = { ...handlers } as Record<RequestChannel, (input: never) => unknown>;
  const list = handlers['library.list'];
  guarded['library.list'] = (input: never) => {
    const tracks = list(input) as LibraryTrack[];
    return locked() ? tracks.map(withoutPaths) : tracks;
  };
  for (const channel of Object.keys(handlers) as RequestChannel[]) {
    if (OPEN_WHILE_LOCKED.has(channel)) continue;
    const handler = handlers[channel] as (input: never) => unknown;
    guarded[channel] = (input) => {
      if (locked()) throw new UserError('The staff screens are locked. Staff can unlock them with the clinic PIN.');
      return handler(input);
    };
  }
  return guarded as Handlers;
}
