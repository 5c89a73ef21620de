import { z } from 'zod';
import { AMBIENCE_IDS } from '../audio/ambience';
import { PHASE_ROLES, type PhaseRole } from '../session/program';

/** A journey's sound for one part: a built-in ambience or one of the clinic's playlists. */
export const JourneySound = z.union([
  z.object({ ambience: z.enum(AMBIENCE_IDS) }).strict(),
  z.object({ playlistId: z.string().min(1).max(100) }).strict(),
]);
export type JourneySound = z.infer<typeof JourneySound>;

/** Music a patient can choose before a session: one sound for each part of the program. */
export const Journey = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1, 'Give the journey a name.').max(80),
  description: z.string().trim().max(300),
  /** A library track whose cover picture shows the journey; null shows a calm colour. */
  coverTrackId: z.string().min(1).max(100).nullable(),
  sounds: z.object(
    Object.fromEntries(PHASE_ROLES.map((role) => [role, JourneySound])) as Record<PhaseRole, typeof JourneySound>,
  ),
});
export type Journey = z.infer<typeof Journey>;

/** Journeys every install has, made of the built-in ambience, so a patient can always choose. */
export const BUILTIN_JOURNEYS: Journey[] = [
  {
    id: 'builtin-ocean',
    name: 'Ocean, no music',
    description: 'Slow waves from start to finish, and soft rain while you rest.',
    coverTrackId: null,
    sounds: {
      settling: { ambience: 'ocean-swell' },
      opening: { ambience: 'ocean-swell' },
      deep: { ambience: 'ocean-swell' },
      closing: { ambience: 'ocean-swell' },
      recovery: { ambience: 'soft-rain' },
    },
  },
  {
    id: 'builtin-drones',
    name: 'Warm drones',
    description: 'Low, steady tones with no melody, then rain while you rest.',
    coverTrackId: null,
    sounds: {
      settling: { ambience: 'soft-rain' },
      opening: { ambience: 'warm-drone' },
      deep: { ambience: 'warm-drone' },
      closing: { ambience: 'warm-drone' },
      recovery: { ambience: 'soft-rain' },
    },
  },
  {
    id: 'builtin-rain',
    name: 'Rain, no music',
    description: 'Gentle rain the whole way through.',
    coverTrackId: null,
    sounds: {
      settling: { ambience: 'soft-rain' },
      opening: { ambience: 'soft-rain' },
      deep: { ambience: 'soft-rain' },
      closing: { ambience: 'soft-rain' },
      recovery: { ambience: 'soft-rain' },
    },
  },
].map((journey) => Journey.parse(journey));

/**
 * A journey as stored or packed by any Stillroom: one saved before journeys had a part for
 * settling in before the dose is brought up to date by giving that part its opening sound,
 * which is what played before the dose until then.
 */
export const StoredJourney = z.preprocess((raw) => {
  if (typeof raw !== 'object' || raw === null || !('sounds' in raw)) return raw;
  const sounds = raw.sounds;
  if (typeof sounds !== 'object' || sounds === null || 'settling' in sounds || !('opening' in sounds)) return raw;
  return { ...raw, sounds: { settling: sounds.opening, ...sounds } };
}, Journey);

/** What staff or a clinic pack send: a journey with or without an id yet. */
export const JourneyDraft = Journey.extend({ id: Journey.shape.id.optional() }).strict();
export type JourneyDraft = z.infer<typeof JourneyDraft>;
