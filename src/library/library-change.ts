import { z } from 'zod';
import { LibraryTrack } from './track';

/**
 * How main tells the windows the library changed. Most changes touch a few tracks of a library
 * that may hold thousands, so they travel as the tracks added or changed and the ids removed;
 * only a restored backup (or an import undone) sends the whole list again.
 */
export const LibraryChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tracks'), upserted: z.array(LibraryTrack), removed: z.array(z.string()) }),
  z.object({ kind: z.literal('all'), tracks: z.array(LibraryTrack) }),
]);
export type LibraryChange = z.infer<typeof LibraryChange>;

/** The library a window holds after a change: changed tracks keep their place, new ones come last. */
export function applyLibraryChange(tracks: readonly LibraryTrack[], change: LibraryChange): LibraryTrack[] {
  if (change.kind === 'all') return change.tracks;
  const removed = new Set(change.removed);
  const upserted = new Map(change.upserted.map((t) => [t.id, t]));
  const kept = tracks.filter((t) => !removed.has(t.id)).map((t) => upserted.get(t.id) ?? t);
  const known = new Set(kept.map((t) => t.id));
  return [...kept, ...change.upserted.filter((t) => !known.has(t.id) && !removed.has(t.id))];
}
