import { z } from 'zod';
import type { Playlist } from '../audio/playlist';
import type { Journey } from '../music/journey';

export const TrackIds = z.object({ trackIds: z.array(z.string().min(1).max(100)).min(1).max(10_000) }).strict();

/** Where tracks are used, for the question staff answer before they are removed. */
export const TrackUsage = z.object({
  /** Playlists holding any of them: how many, and whether the playlist would be left with none (and so deleted). */
  playlists: z.array(z.object({ id: z.string(), name: z.string(), tracks: z.number(), emptied: z.boolean() })),
  /** Journeys that play one of those playlists or show one of the tracks' covers. */
  journeys: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The tracks the running session can still play: they go when it closes. */
  inSession: z.array(z.string()),
});
export type TrackUsage = z.infer<typeof TrackUsage>;

export const RemovalResult = z.object({
  removed: z.number(),
  /** Kept until the running session closes, then removed. */
  afterSession: z.number(),
  playlistsDeleted: z.array(z.string()),
});
export type RemovalResult = z.infer<typeof RemovalResult>;

/** Where the given tracks are used: in which playlists, journeys, and the running session's music. */
export function trackUsage(
  trackIds: readonly string[],
  used: { playlists: readonly Playlist[]; journeys: readonly Journey[]; sessionPlaylists: readonly Playlist[] },
): TrackUsage {
  const ids = new Set(trackIds);
  const playlists = used.playlists.flatMap((p) => {
    const tracks = p.tracks.filter((t) => ids.has(t.trackId)).length;
    return tracks === 0 ? [] : [{ id: p.id, name: p.name, tracks, emptied: tracks === p.tracks.length }];
  });
  const touched = new Set(playlists.map((p) => p.id));
  const journeys = used.journeys
    .filter(
      (j) =>
        (j.coverTrackId !== null && ids.has(j.coverTrackId)) ||
        Object.values(j.sounds).some((s) => 'playlistId' in s && touched.has(s.playlistId)),
    )
    .map(({ id, name }) => ({ id, name }));
  const playing = new Set(used.sessionPlaylists.flatMap((p) => p.tracks.map((t) => t.trackId)));
  return { playlists, journeys, inSession: trackIds.filter((id) => playing.has(id)) };
}
