import { AppAlerts } from '../../app/AppAlerts';
import { trackMediaPath } from '@domain/audio/playlist';
import { useAudioSnapshot } from '../../audio/room-sound';
import { useOutputReading } from '../../audio/output-watch';
import { useRoomOutput, useRoomOutputControl } from '../../audio/room-output';
import { deviceName, isWorn, SYSTEM_DEFAULT_ID } from '@domain/audio/sound-output';
import { useConnected } from '../../ipc/connection-store';
import { useLightsStore } from '../../stores/lights-store';
import { useShallow } from 'zustand/shallow';
import type { AudioSnapshot } from '../../audio/audio-engine';
import { sameBy } from '../../ui/use-external-value';
import { useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';
import { describeStatus } from '../lights/describe-output';
import { Reminders } from './Reminders';

/**
 * The room's output is gone and sound is off: said at once, in words and without a sound, with
 * the devices staff may play on instead. Sound comes back by itself when the output returns.
 */
function OutputLost() {
  const roomOutput = useRoomOutputControl();
  const lost = useRoomOutput((s) => s.lost);
  const devices = useRoomOutput((s) => s.devices);
  const connected = useConnected();
  if (!lost) return null;
  const others = devices
    .map((device, index) => ({ device, name: deviceName(device, index) }))
    .filter(({ device, name }) => device.deviceId !== SYSTEM_DEFAULT_ID && name !== lost.name);
  return (
    <div role="alert" className="warning output-lost">
      <p>
        <strong>
          {isWorn(lost.name) ? 'Headphones lost' : 'Sound output lost'} ({lost.name}). Sound is off.
        </strong>{' '}
        {lost.reconnected
          ? 'Connected again: sound fades back in a few seconds.'
          : 'It fades back in when they are connected again.'}
        {others.length > 0 && ' Or play on another output, at a low volume for you to raise.'}
      </p>
      {others.length > 0 && (
        <div className="play-on">
          {others.map(({ device, name }) => (
            <button type="button" key={device.deviceId} disabled={!connected} onClick={() => roomOutput.playOn(device)}>
              Play on {name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** Playing on another output after a loss, with the room's own back: offer to return to it. */
function ChosenBack() {
  const roomOutput = useRoomOutputControl();
  const choice = useRoomOutput((s) => s.choice);
  const back = useRoomOutput((s) => s.instead !== null && s.devices.some((d) => d.deviceId === s.choice?.deviceId));
  if (!back || !choice) return null;
  return (
    <p className="nudge" role="status">
      “{choice.label}” is connected again.{' '}
      <button type="button" className="link" onClick={() => roomOutput.backToChosen()}>
        Play on {choice.label}
      </button>
    </p>
  );
}

const failedVoices = (s: AudioSnapshot) => s.voices.filter((v) => v.status === 'failed' || v.error);
const sameFailures = sameBy((voices: AudioSnapshot['voices']) => voices.map((v) => `${v.key}:${v.error}`).join('\n'));

/** Sound that should be heard and is not: held back by the browser, a track that failed, a silent output. */
function SoundNotices() {
  const blocked = useAudioSnapshot((s) => s.blocked);
  const failed = useAudioSnapshot(failedVoices, sameFailures);
  const lost = useRoomOutput((s) => s.lost !== null);
  // A lost output says more than "nothing reaches the output", and says it at once.
  const silent = useOutputReading((r) => r.silentButExpected) && !lost;
  const playlists = useSessionStore((s) => s.snapshot?.run.playlists ?? []);
  const titleOf = (mediaPath: string) =>
    playlists.flatMap((p) => p.tracks).find((t) => trackMediaPath(t) === mediaPath)?.title ?? mediaPath;
  return (
    <>
      <ChosenBack />
      {blocked && !lost && (
        <p role="alert" className="warning">
          The browser is holding sound back. Click anywhere in this window to let it play.
        </p>
      )}
      {failed.map((v) => (
        <p role="alert" className="warning" key={v.key}>
          Sound problem: “{titleOf(v.mediaPath)}” {v.error}
        </p>
      ))}
      {silent && (
        <p role="alert" className="warning">
          Sound should be playing but nothing is reaching the output. The track may be silent or blocked.
        </p>
      )}
    </>
  );
}

/** A light output that is retrying or failing, named with its reason. */
function LightNotices() {
  const troubled = useLightsStore(
    useShallow((s) => s.outputs.filter(({ status }) => status.state === 'retrying' || status.state === 'failed')),
  );
  return troubled.map(({ output, status }) => (
    <p className="warning" role="status" key={output.id}>
      Light “{output.name}”: {describeStatus(status)}
    </p>
  ));
}

function DoseNudge() {
  const nudge = useLiveSession((s) => s?.doseNudge ?? false);
  return nudge ? (
    <p className="nudge" role="status">
      No dose marked yet, ten minutes after Start session. Press Dose given (D) when it is given.
    </p>
  ) : null;
}

/**
 * The one place for what needs a nurse's attention: due reminders, the dose nudge, and sound and
 * light alerts. It has a fixed place and scrolls inside itself, so nothing it shows moves the
 * controls under the hand.
 */
export function Notices() {
  return (
    <section className="notices" aria-label="Reminders and alerts">
      {/* First, so it is never scrolled out of sight: the patient may be hearing nothing. */}
      <OutputLost />
      <AppAlerts />
      <DoseNudge />
      <Reminders />
      <SoundNotices />
      <LightNotices />
    </section>
  );
}
