import type { Journey, JourneySound } from '@domain/music/journey';
import type { PhaseRole } from '@domain/session/program';
import { copyName, newClinicId } from './collection-editor-model';
import type { Edit } from './editor-model';

/* The journey editor's changes as plain functions: copies, a new journey, and each field as an edit. */

/** A copy of any journey as the clinic's own, under a new id and name. */
export function journeyCopy(journey: Journey, taken: readonly Journey[], id = newClinicId()): Journey {
  return {
    ...structuredClone(journey),
    id,
    name: copyName(
      journey.name,
      taken.map((j) => j.name),
    ),
  };
}

/** A new journey: calm built-in ambience in every part until the clinic chooses its music. */
export function newJourney(taken: readonly Journey[], id = newClinicId()): Journey {
  const names = new Set(taken.map((j) => j.name));
  let name = 'New journey';
  for (let n = 2; names.has(name); n++) name = `New journey ${n}`;
  return {
    id,
    name,
    description: '',
    translations: { es: { name: '', description: '' } },
    coverTrackId: null,
    sounds: {
      settling: { ambience: 'soft-rain' },
      opening: { ambience: 'ocean-swell' },
      deep: { ambience: 'ocean-swell' },
      closing: { ambience: 'ocean-swell' },
      recovery: { ambience: 'soft-rain' },
    },
  };
}

/** The parts of a journey as staff and patients call them. */
export const JOURNEY_PARTS: Record<PhaseRole, string> = {
  settling: 'Settling in',
  opening: 'Opening',
  deep: 'Deep',
  closing: 'Closing',
  recovery: 'Recovery',
};

/** Each field of the journey editor as an edit for the editor store. */
export const journeyEdits = {
  text: (field: 'name' | 'description', text: string): Edit<Journey> => ({
    part: field,
    label: field === 'name' ? 'journey name' : 'description',
    at: [field],
    value: text,
    next: (journey) => ({ ...journey, [field]: text }),
    typing: true,
  }),
  /** The name or description patients reading Spanish see; empty shows them the English. */
  spanish: (field: 'name' | 'description', text: string): Edit<Journey> => ({
    part: `translations.es.${field}`,
    label: field === 'name' ? 'Spanish name' : 'Spanish description',
    at: ['translations', 'es', field],
    value: text,
    next: (journey) => ({
      ...journey,
      translations: { ...journey.translations, es: { ...journey.translations.es, [field]: text } },
    }),
    typing: true,
  }),
  cover: (trackId: string | null): Edit<Journey> => ({
    part: 'coverTrackId',
    label: 'cover picture',
    at: ['coverTrackId'],
    value: trackId,
    next: (journey) => ({ ...journey, coverTrackId: trackId }),
  }),
  sound: (role: PhaseRole, sound: JourneySound): Edit<Journey> => ({
    part: `sounds.${role}`,
    label: `${JOURNEY_PARTS[role]} sound`,
    at: ['sounds', role],
    value: sound,
    next: (journey) => ({ ...journey, sounds: { ...journey.sounds, [role]: sound } }),
  }),
};
