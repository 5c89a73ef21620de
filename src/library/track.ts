import { z } from 'zod';
import { TrackTag } from './track-tags';

export { AUDIO_EXTENSIONS } from './audio-formats';

export const TrackSource = z.discriminatedUnion('kind', [
  /**
   * Played from where it was found. `realPath` is where that led when it was imported, links
   * followed: the track is served only while its path still leads there.
   */
  z.object({ kind: z.literal('reference'), path: z.string().min(1), realPath: z.string().min(1).optional() }),
  /** Copied into the library folder; `file` is relative to it. */
  z.object({ kind: z.literal('copy'), file: z.string().min(1) }),
]);
export type TrackSource = z.infer<typeof TrackSource>;

export const LibraryTrack = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(300),
  artist: z.string().max(300),
  album: z.string().max(300),
  /** Track and disc number on the album, from the tags, for the album order. */
  trackNo: z.number().int().positive().optional(),
  discNo: z.number().int().positive().optional(),
  durationSec: z.number().positive(),
  /** Size and content digest: the same file imported twice is recognised. */
  fingerprint: z.string().min(1),
  source: TrackSource,
  /** Cover image file, relative to the library folder, when the file carried one. */
  cover: z.string().nullable(),
  importedAt: z.iso.datetime(),
  /** What the track holds (lyrics, voices ...), set by the clinic; patients can rule tags out. */
  tags: z.array(TrackTag).max(20).default([]),
  /** The ending its content calls for, where the file's own name says otherwise (a FLAC named .mp3). */
  ending: z
    .string()
    .regex(/^[a-z0-9]{1,5}$/)
    .optional(),
  /** The codec as the file gives it ("MPEG 1 Layer 3", "ALAC" ...), to say why a track cannot play. */
  codec: z.string().max(100).optional(),
  /**
   * Whether the app's own browser can play it, as checked in the renderer after import; absent
   * until checked. A track that cannot is kept out of playlists until it is replaced.
   */
  playable: z.boolean().optional(),
});
export type LibraryTrack = z.infer<typeof LibraryTrack>;

export const LENGTH_FILTERS = {
  any: [0, Infinity],
  short: [0, 5 * 60],
  medium: [5 * 60, 20 * 60],
  long: [20 * 60, Infinity],
} as const;
export type LengthFilter = keyof typeof LENGTH_FILTERS;

/** Text compared without case or accents: "Café" and "cafe" are the same. */
export const foldText = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Tracks whose title, artist or album contain every word of the query (case and accents aside), within a length range. */
export function searchTracks(tracks: LibraryTrack[], query: string, length: LengthFilter = 'any'): LibraryTrack[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const [min, max] = LENGTH_FILTERS[length];
  return tracks.filter((track) => {
    if (track.durationSec < min || track.durationSec >= max) return false;
    if (words.length === 0) return true;
    const text = foldText(`${track.title} ${track.artist} ${track.album}`);
    return words.every((word) => text.includes(word));
  });
}

export const TRACK_ORDERS = ['album', 'title', 'artist', 'length', 'added'] as const;
export type TrackOrder = (typeof TRACK_ORDERS)[number];

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byText = (a: string, b: string) => {
  // Tracks without the value go after those with it.
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return collator.compare(a, b);
};
const albumOrder = (a: LibraryTrack, b: LibraryTrack) =>
  byText(a.artist, b.artist) ||
  byText(a.album, b.album) ||
  (a.discNo ?? 0) - (b.discNo ?? 0) ||
  (a.trackNo ?? Infinity) - (b.trackNo ?? Infinity) ||
  byText(a.title, b.title);

const ORDERS: Record<TrackOrder, (a: LibraryTrack, b: LibraryTrack) => number> = {
  album: albumOrder,
  title: (a, b) => byText(a.title, b.title) || albumOrder(a, b),
  artist: (a, b) => byText(a.artist, b.artist) || byText(a.title, b.title),
  length: (a, b) => a.durationSec - b.durationSec || albumOrder(a, b),
  added: (a, b) => a.importedAt.localeCompare(b.importedAt) || albumOrder(a, b),
};

/** Tracks in the chosen order: by default artist, album, disc and track number, then title. */
export function sortTracks(
  tracks: readonly LibraryTrack[],
  order: TrackOrder = 'album',
  reverse = false,
): LibraryTrack[] {
  const compare = ORDERS[order];
  return [...tracks].sort((a, b) => (reverse ? compare(b, a) : compare(a, b)));
}

/** What one import did: how many tracks were added, which were already there, which failed and why. */
export const ImportReport = z.object({
  added: z.number(),
  /** Each file whose audio is already in the library, and the track it matched. */
  alreadyThere: z.array(z.object({ path: z.string(), track: z.string() })),
  failed: z.array(z.object({ path: z.string(), reason: z.string() })),
  /** Files in the chosen folders that are not audio at all (pictures, notes ...), left out quietly. */
  notAudio: z.number(),
  /** Files whose header gives a length more than a second off what they hold; the measured one is used. */
  lengthsCorrected: z.array(z.object({ path: z.string(), headerSec: z.number(), measuredSec: z.number() })),
});
export type ImportReport = z.infer<typeof ImportReport>;
