import { whatPlays } from '@domain/audio/now-playing';
import { useRoomOutput } from '../../audio/room-output';
import { useAppActions } from '../../app/app-store';
import { useConnected } from '../../ipc/connection-store';
import { useLightsStore } from '../../stores/lights-store';
import { isWorking } from '../lights/describe-output';
import { useSessionActions, useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';
import { LevelMeter } from '../../ui/LevelMeter';
import { useSettling } from '../../ui/use-settling';
import { VolumeControls } from '../../ui/VolumeControls';

/** What the room hears now and what comes next, in one line of small type. */
function NowPlaying() {
  const run = useSessionStore((s) => s.snapshot?.run);
  const line = useLiveSession((s) => {
    if (!s || !run) return '';
    const { now, next } = whatPlays(s, run);
    if (!now) return 'Silent now';
    return next ? `Now playing: ${now} · Next: ${next}` : `Now playing: ${now}`;
  });
  return (
    <p className="now-playing" title={line}>
      {line}
    </p>
  );
}

/** The device the room's sound goes to now, in small type under the meter. */
function PlayingOn() {
  const playingOn = useRoomOutput((s) => s.playingOn);
  return (
    <p className="playing-on" role="status" aria-label="Sound output">
      {playingOn ? `Playing on: ${playingOn}` : 'Playing on: nothing, sound is off'}
    </p>
  );
}

/** How many light outputs follow the session, in one line; troubles are told among the notices. */
function LightSummary() {
  const total = useLightsStore((s) => s.outputs.length);
  const working = useLightsStore((s) => s.outputs.filter(({ status }) => isWorking(status)).length);
  if (total === 0) return null;
  return (
    <p className="light-summary" role="status" aria-label="Lights">
      Lights: {working} of {total} outputs working
    </p>
  );
}

/** The bottom of the console: what plays and how loud, the lights, and the sheet and closing actions. */
export function ConsoleFooter({ onClose }: { onClose: () => void }) {
  const { show } = useAppActions();
  const { dismiss } = useSessionActions();
  const status = useLiveSession((s) => s?.status ?? null);
  const settling = useSettling(status);
  const connected = useConnected();
  const closed = status === 'closed';
  return (
    <footer className="console-footer">
      <div className="sound-column">
        <NowPlaying />
        <div className="meter-and-lights">
          <LevelMeter />
          <LightSummary />
        </div>
        <PlayingOn />
      </div>
      <VolumeControls />
      <div className="footer-actions">
        <button type="button" className="secondary" onClick={() => show('sheet')}>
          Take-home sheet
        </button>
        {status === 'treatment' && (
          // Close session's place is kept through treatment, so nothing beside it moves when recovery starts.
          <button type="button" className="secondary held-place" aria-hidden="true" tabIndex={-1} disabled>
            Close session
          </button>
        )}
        {!closed && status !== 'treatment' && (
          <button type="button" className="secondary" disabled={settling || !connected} onClick={onClose}>
            Close session
          </button>
        )}
        {closed && (
          <button type="button" className="primary" disabled={settling || !connected} onClick={() => void dismiss()}>
            Ready for next session
          </button>
        )}
      </div>
    </footer>
  );
}
