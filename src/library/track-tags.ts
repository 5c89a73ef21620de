import { z } from 'zod';

/** What a track holds, so a patient can rule out what they do not want to hear. */
export const TRACK_TAGS = [
  'lyrics',
  'voices',
  'nature',
  'piano',
  'strings',
  'drones',
  'percussion',
  'electronic',
] as const;
export const TrackTag = z.enum(TRACK_TAGS);
export type TrackTag = z.infer<typeof TrackTag>;

/** How a tag reads on screen, to staff and patients. */
export const TRACK_TAG_LABELS: Record<TrackTag, string> = {
  lyrics: 'Lyrics',
  voices: 'Voices',
  nature: 'Nature sounds',
  piano: 'Piano',
  strings: 'Strings',
  drones: 'Drones',
  percussion: 'Percussion',
  electronic: 'Electronic',
};
