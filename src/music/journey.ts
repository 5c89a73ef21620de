import { z } from 'zod';
import { AMBIENCE_IDS } from '../audio/ambience';
import { PHASE_ROLES, type PhaseRole } from '../session/program';
import type { Language } from '../sheet/prompt-types';

/** A journey's sound for one part: a built-in ambience or one of the clinic's playlists. */
export const JourneySound = z.union([
  z.object({ ambience: z.enum(AMBIENCE_IDS) }).strict(),
  z.object({ playlistId: z.string().min(1).max(100) }).strict(),
]);
export type JourneySound = z.infer<typeof JourneySound>;

/** A journey's name and description in another language; either may be left empty. */
export const JourneyWords = z
  .object({
    name: z.string().trim().max(80),
    description: z.string().trim().max(300),
  })
  .strict();
export type JourneyWords = z.infer<typeof JourneyWords>;

/**
 * Music a patient can choose before a session: one sound for each part of the program. Its name
 * and description are in English, with a Spanish translation beside them.
 */
export const Journey = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1, 'Give the journey a name.').max(80),
  description: z.string().trim().max(300),
  /** What a patient reading Spanish sees; an empty name or description shows the English one. */
  translations: z.object({ es: JourneyWords }).strict(),
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
    translations: {
      es: {
        name: 'Mar, sin música',
        description: 'Olas lentas de principio a fin, y lluvia suave mientras descansas.',
      },
    },
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
    translations: {
      es: {
        name: 'Tonos cálidos',
        description: 'Tonos graves y constantes, sin melodía, y luego lluvia mientras descansas.',
      },
    },
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
    translations: { es: { name: 'Lluvia, sin música', description: 'Lluvia suave durante toda la sesión.' } },
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
 * which is what played before the dose until then; one saved before journeys had a Spanish
 * name and description gets empty ones, which show the English until the clinic writes them.
 */
export const StoredJourney = z.preprocess((raw) => {
  if (typeof raw !== 'object' || raw === null || !('sounds' in raw)) return raw;
  let journey: object = raw;
  const sounds = raw.sounds;
  if (typeof sounds === 'object' && sounds !== null && !('settling' in sounds) && 'opening' in sounds) {
    journey = { ...journey, sounds: { settling: sounds.opening, ...sounds } };
  }
  // Saved before journeys were written in two languages: no Spanish yet, so Spanish readers see the English.
  if (!('translations' in journey)) journey = { ...journey, translations: { es: { name: '', description: '' } } };
  return journey;
}, Journey);

/** A journey's name and description for a patient reading `language`, and the language they are really in. */
export function journeyWords(
  journey: Journey,
  language: Language,
): JourneyWords & { nameLang: Language; descriptionLang: Language } {
  const translated = language === 'en' ? null : journey.translations[language];
  return {
    name: translated?.name || journey.name,
    nameLang: translated?.name ? language : 'en',
    description: translated?.description || journey.description,
    descriptionLang: translated?.description ? language : 'en',
  };
}

/** What staff or a clinic pack send: a journey with or without an id yet. */
export const JourneyDraft = Journey.extend({ id: Journey.shape.id.optional() }).strict();
export type JourneyDraft = z.infer<typeof JourneyDraft>;
