import { z } from 'zod';
import { TrackTag } from '../library/track-tags';
import { Language } from '../sheet/prompt-types';

/**
 * What the patient chose just before a session: a journey, what they rule out, a comfortable
 * volume and, if they like, an intention. It applies to the session that starts next; the
 * intention is printed on that session's take-home sheet and never kept in the history.
 */
export const PatientChoice = z
  .object({
    journeyId: z.string().min(1).max(100),
    /** Tracks with any of these tags are left out (no lyrics, no voices ...). */
    avoidTags: z.array(TrackTag).max(20),
    /** Single tracks the patient does not want to hear. */
    avoidTrackIds: z.array(z.string().min(1).max(100)).max(5_000),
    /** The patient's headphone comfort level, 0..1, set with the test tone. */
    comfort: z.number().min(0.05).max(1),
    intention: z.string().trim().max(300),
    /** The language the patient chose on the patient screen; their take-home sheet opens in it. */
    language: Language.default('en'),
  })
  .strict();
export type PatientChoice = z.infer<typeof PatientChoice>;

/** How long a choice waits for its session: a patient who never starts must not choose for the next one. */
export const CHOICE_LASTS_MS = 2 * 60 * 60_000;

/** A choice waiting for the session it is for, and until when it waits (session clock, epoch ms). */
export const PendingChoice = z.object({
  choice: PatientChoice,
  /** The journey's name as it was chosen, so staff see whose choice waits without opening it. */
  journeyName: z.string().max(80),
  chosenAt: z.number(),
  expiresAt: z.number(),
});
export type PendingChoice = z.infer<typeof PendingChoice>;
