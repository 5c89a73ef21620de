import type { Booted } from './booted';
import { chooseTransport, createClient, installClient } from './ipc/client';
import { followConnection } from './ipc/connection-store';
import { logQuietWhileAway } from './session/quiet-while-away';
import { SessionClock } from './session/session-clock';
import { createSessionStore } from './session/session-store';
import { SessionTicker } from './session/session-ticker';

/**
 * The renderer's one start: the client to the services, the session's clock, store and ticker,
 * and (in the control window) the room's sound, made once here rather than on import, and
 * handed to the screens through BootedContext.
 */
export async function boot(view: 'control' | 'ambient'): Promise<Booted> {
  const client = createClient(chooseTransport());
  installClient(client);
  followConnection(client);
  const sessionClock = new SessionClock(() => client.api['clock.now']({}));
  const sessionStore = createSessionStore(client, sessionClock);
  const sessionTicker = new SessionTicker(sessionStore, sessionClock);
  const booted: Booted = { client, sessionClock, sessionStore, sessionTicker, room: null };
  // The ambient display is the same app in a second window; it never loads the sound engine.
  if (view === 'ambient') return booted;

  const [{ startRoomSound }, { startRoomOutput }, { OutputWatch }] = await Promise.all([
    import('./audio/room-sound'),
    import('./audio/room-output'),
    import('./audio/output-watch'),
  ]);
  // Sound follows the session whichever screen is showing ...
  const { sound, patientAudio } = startRoomSound({
    store: sessionStore,
    ticker: sessionTicker,
    mediaUrl: client.mediaUrl,
  });
  // ... on the room's chosen output, and never on another by accident.
  const output = startRoomOutput(client, sessionStore);
  // Quiet pressed while the web host was away is logged when it is back.
  logQuietWhileAway(client, sessionStore);
  return { ...booted, room: { sound, patientAudio, output, outputWatch: new OutputWatch(sound, sessionTicker) } };
}
