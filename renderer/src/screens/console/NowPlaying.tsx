import { nowPlaying } from '../../../../src/audio/now-playing';
import { useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';

/** The patient's journey, when they chose one, and what the room hears now, in small type. */
export function NowPlaying() {
  const journey = useSessionStore((s) => s.snapshot?.run.patient?.journeyName ?? null);
  const playlists = useSessionStore((s) => s.snapshot?.run.playlists);
  const playing = useLiveSession((s) => (s && playlists ? nowPlaying(s.sound, playlists) : null));
  return (
    <p className="now-playing">
      {journey && <span>Journey: {journey}</span>}
      <span>{playing ? `Now playing: ${playing}` : 'Silent now'}</span>
    </p>
  );
}
