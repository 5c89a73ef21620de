import { useAppActions } from '../../app/app-store';
import { useRoomOutput } from '../../audio/room-output';

/**
 * Before Start session: where the sound will go. Missing or never chosen is said here, while
 * there is time to plug in the headphones, not after the patient has settled.
 */
export function OutputCheck() {
  const { show } = useAppActions();
  const choice = useRoomOutput((s) => s.choice);
  const lost = useRoomOutput((s) => s.lost);
  const playingOn = useRoomOutput((s) => s.playingOn);
  const choose = (
    <button type="button" className="link" onClick={() => show('lights')}>
      Choose the output
    </button>
  );
  if (lost) {
    return (
      <p role="alert" className="warning output-check">
        “{lost.name}” is not connected: the session will be silent until it is. Connect it, or {choose}.
      </p>
    );
  }
  if (!choice) {
    return (
      <p role="status" className="warning output-check">
        No sound output is chosen for this room, so sound plays wherever the system sends it
        {playingOn ? ` (now ${playingOn})` : ''}. {choose}.
      </p>
    );
  }
  return (
    <p role="status" className="muted output-check">
      Sound plays on {playingOn ?? choice.label}.
    </p>
  );
}
