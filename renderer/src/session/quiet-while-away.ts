import { useLocalQuiet } from '../audio/local-quiet';
import { api, onConnected } from '../ipc/client';
import { useSessionStore } from './session-store';

/**
 * Quiet pressed while the services were out of reach is logged once they are back: the session
 * then goes quiet too, and the page's own fade hands over to it (see room-sound).
 */
onConnected(() => {
  if (!useLocalQuiet.getState().quiet || !useSessionStore.getState().snapshot) return;
  void api['session.control']({ type: 'quiet' }).catch(() => {
    // Already quiet, or no session any more: the page's own fade stays until Resume sound.
  });
});
