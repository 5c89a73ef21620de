import { AMBIENCES } from '@domain/audio/ambience';
import { trackMediaPath, type Playlist } from '@domain/audio/playlist';
import type { Journey } from '@domain/music/journey';

/** The tracks a journey's playlists hold, once each, in the order they come. */
export function journeyTracks(journey: Journey, playlists: readonly Playlist[]) {
  const seen = new Map<string, Playlist['tracks'][number]>();
  for (const sound of Object.values(journey.sounds)) {
    if (!('playlistId' in sound)) continue;
    for (const track of playlists.find((p) => p.id === sound.playlistId)?.tracks ?? []) {
      if (!seen.has(track.trackId)) seen.set(track.trackId, track);
    }
  }
  return [...seen.values()];
}

/** What a journey's preview plays: its deep part, the first track the patient keeps, a third of the way in. */
export function previewSource(journey: Journey, playlists: readonly Playlist[], keep: (trackId: string) => boolean) {
  const sound = journey.sounds.deep;
  if ('ambience' in sound) {
    return { root: 'assets' as const, mediaPath: AMBIENCES[sound.ambience].mediaPath, stream: false, startSec: 0 };
  }
  const track = playlists.find((p) => p.id === sound.playlistId)?.tracks.find((t) => keep(t.trackId));
  if (!track) return null;
  return { root: 'track' as const, mediaPath: trackMediaPath(track), stream: true, startSec: track.durationSec / 3 };
}
