import { z } from 'zod';
import { fadeInGain, fadeOutGain, progress } from '../session/ramp';

export const MAX_CROSSFADE_SEC = 30;
/** A track joins the plan silently this long before it starts, so the player has it loaded in time. */
export const PRELOAD_SEC = 10;

export const PlaylistTrack = z.object({
  trackId: z.string().min(1).max(100),
  title: z.string().max(300),
  /** The file's ending (e.g. "ogg"), so players know the format before loading it. */
  extension: z.string().regex(/^[a-z0-9]{1,5}$/),
  durationSec: z
    .number()
    .positive()
    .max(24 * 60 * 60),
});
export type PlaylistTrack = z.infer<typeof PlaylistTrack>;

/** An ordered list of tracks that loops without a gap, each joined to the next by a crossfade. */
export const Playlist = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(120),
  crossfadeSec: z.number().min(0).max(MAX_CROSSFADE_SEC),
  tracks: z.array(PlaylistTrack).min(1).max(5_000),
});
export type Playlist = z.infer<typeof Playlist>;

/** What staff edit: the track list by id; titles and lengths always come from the library. */
export const PlaylistDraft = z
  .object({
    id: z.string().min(1).max(100).optional(),
    name: z.string().trim().min(1, 'Give the playlist a name.').max(120),
    crossfadeSec: Playlist.shape.crossfadeSec,
    trackIds: z.array(z.string().min(1).max(100)).min(1, 'Add at least one track.').max(5_000),
  })
  .strict();
export type PlaylistDraft = z.infer<typeof PlaylistDraft>;

/** One track sounding at a moment: which pass through the playlist, where in the track, how loud (0..1). */
export interface TrackVoice {
  trackIndex: number;
  /** 0 for the first pass through the playlist, 1 for the second, ... */
  pass: number;
  offsetSec: number;
  gain: number;
}

/** What laying a playlist out in time needs: its crossfade and each track's length. */
export interface PlaylistTiming {
  crossfadeSec: number;
  tracks: readonly Pick<PlaylistTrack, 'durationSec'>[];
}

/**
 * The crossfade between track i and the one after it: the playlist's length, but never more
 * than half of either track, so a very short track still fades in and out.
 */
function overlapAfter(playlist: PlaylistTiming, i: number): number {
  const { tracks, crossfadeSec } = playlist;
  const current = tracks[i]!.durationSec;
  const next = tracks[(i + 1) % tracks.length]!.durationSec;
  return Math.min(crossfadeSec, current / 2, next / 2);
}

/** Start of each track within one pass, and the length of a pass (where the next pass begins). */
function passLayout(playlist: PlaylistTiming): { starts: number[]; passSec: number } {
  const starts: number[] = [];
  let at = 0;
  playlist.tracks.forEach((track, i) => {
    starts.push(at);
    at += track.durationSec - overlapAfter(playlist, i);
  });
  return { starts, passSec: at };
}

/**
 * The tracks that sound `positionSec` after the playlist began, plus the next one at gain 0
 * while it is about to start. Consecutive tracks overlap by their crossfade with equal-power
 * gains; after the last track the first comes back the same way, so a playlist shorter than
 * its phase loops with no gap.
 */
export function playlistVoicesAt(playlist: Playlist, positionSec: number): TrackVoice[] {
  if (positionSec < 0) return [];
  const { starts, passSec } = passLayout(playlist);
  const pass = Math.floor(positionSec / passSec);
  const last = playlist.tracks.length - 1;
  const voices: TrackVoice[] = [];
  for (const candidatePass of [pass - 1, pass, pass + 1]) {
    if (candidatePass < 0) continue;
    playlist.tracks.forEach((track, i) => {
      const start = candidatePass * passSec + starts[i]!;
      const end = start + track.durationSec;
      if (positionSec >= end || positionSec < start - PRELOAD_SEC) return;
      if (positionSec < start) {
        voices.push({ trackIndex: i, pass: candidatePass, offsetSec: 0, gain: 0 });
        return;
      }
      const fadeInSec = overlapAfter(playlist, i === 0 ? last : i - 1);
      const fadeOutSec = overlapAfter(playlist, i);
      const isVeryFirst = candidatePass === 0 && i === 0;
      const fadeIn = isVeryFirst ? 1 : fadeInGain(progress(positionSec, start, fadeInSec));
      const fadeOut = fadeOutGain(progress(positionSec, end - fadeOutSec, fadeOutSec));
      voices.push({ trackIndex: i, pass: candidatePass, offsetSec: positionSec - start, gain: fadeIn * fadeOut });
    });
  }
  return voices;
}

/** How a playlist track is addressed under the media protocol's `track` root. */
export function trackMediaPath(track: PlaylistTrack): string {
  return `${track.trackId}.${track.extension}`;
}

/**
 * Seconds from `positionSec` until the playlist's voices next change other than by playing on:
 * the next track comes in silently to load, or its crossfade begins. A crossfade under way does
 * not count. Infinity for a playlist with no length.
 */
export function playlistNextChangeInSec(playlist: PlaylistTiming, positionSec: number): number {
  const { starts, passSec } = passLayout(playlist);
  if (passSec <= 0) return Infinity;
  const pass = Math.max(0, Math.floor(positionSec / passSec));
  const moments = [pass, pass + 1, pass + 2].flatMap((p) =>
    starts.flatMap((start) => [p * passSec + start - PRELOAD_SEC, p * passSec + start]),
  );
  return Math.min(...moments.filter((at) => at > positionSec)) - positionSec;
}

/** Length of one pass through the playlist, crossfades counted once (0 with no tracks). */
export function playlistPassSec(playlist: PlaylistTiming): number {
  return passLayout(playlist).passSec;
}
