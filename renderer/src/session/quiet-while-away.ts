import { useLocalQuiet } from '../audio/local-quiet';
import type { Client } from '../ipc/client';
import type { SessionStoreApi } from './session-store';

/**
 * Quiet pressed while the services were out of reach is logged once they are back: the session
 * then goes quiet too, and the page's own fade hands over to it (see room-sound).
 */
export function logQuietWhileAway(client: Pick<Client, 'api' | 'onConnected'>, store: SessionStoreApi): void {
  client.onConnected(() => {
    if (!useLocalQuiet.getState().quiet || !store.getState().snapshot) return;
    void client.api['session.control']({ type: 'quiet' }).catch(() => {
      // Already quiet, or no session any more: the page's own fade stays until Resume sound.
    });
  });
}
