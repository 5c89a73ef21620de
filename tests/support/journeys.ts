import type { JourneyDraft } from '@domain/music/journey';

/** A journey that plays `playlistId` in the deep and closing parts, a drone before and rain after. */
export function journeyWith(playlistId: string, name: string, description = ''): JourneyDraft {
  return {
    name,
    description,
    translations: { es: { name: '', description: '' } },
    coverTrackId: null,
    sounds: {
      settling: { ambience: 'soft-rain' },
      opening: { ambience: 'warm-drone' },
      deep: { playlistId },
      closing: { playlistId },
      recovery: { ambience: 'soft-rain' },
    },
  };
}
