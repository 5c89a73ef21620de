import { AMBIENCES } from './ambience';
import { trackMediaPath, type Playlist } from './playlist';
import type { SoundPlan } from './sound-plan';

/** What the room hears most now, by name: a library track's title or a built-in ambience; null in silence. */
export function nowPlaying(plan: SoundPlan, playlists: readonly Playlist[]): string | null {
  const loudest = plan.voices.reduce<SoundPlan['voices'][number] | null>(
    (best, voice) => (voice.gain > (best?.gain ?? 0) ? voice : best),
    null,
  );
  if (!loudest || plan.master <= 0) return null;
  if (loudest.root === 'assets') {
    const ambience = Object.values(AMBIENCES).find((a) => a.mediaPath === loudest.mediaPath);
    return ambience ? `${ambience.title} (built-in ambience)` : loudest.mediaPath;
  }
  const track = playlists.flatMap((p) => p.tracks).find((t) => trackMediaPath(t) === loudest.mediaPath);
  return track?.title || loudest.mediaPath;
}
