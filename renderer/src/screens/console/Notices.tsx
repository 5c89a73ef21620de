import { AppAlerts } from '../../app/AppAlerts';
import { trackMediaPath } from '../../../../src/audio/playlist';
import { useAudioSnapshot } from '../../audio/room-sound';
import { useOutputReading } from '../../audio/output-watch';
import { useLightsStore } from '../../stores/lights-store';
import { useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';
import { describeStatus } from '../lights/describe-output';
import { Reminders } from './Reminders';

/** Sound that should be heard and is not: held back by the browser, a track that failed, a silent output. */
function SoundNotices() {
  const audio = useAudioSnapshot();
  const silent = useOutputReading((r) => r.silentButExpected);
  const playlists = useSessionStore((s) => s.snapshot?.run.playlists ?? []);
  const titleOf = (mediaPath: string) =>
    playlists.flatMap((p) => p.tracks).find((t) => trackMediaPath(t) === mediaPath)?.title ?? mediaPath;
  const failed = audio.voices.filter((v) => v.status === 'failed' || v.error);
  return (
    <>
      {audio.blocked && (
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
  const outputs = useLightsStore((s) => s.outputs);
  const troubled = outputs.filter(({ status }) => status.state === 'retrying' || status.state === 'failed');
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
      <AppAlerts />
      <DoseNudge />
      <Reminders />
      <SoundNotices />
      <LightNotices />
    </section>
  );
}
