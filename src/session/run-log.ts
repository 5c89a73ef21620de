import { z } from 'zod';
import { Playlist } from '../audio/playlist';
import { Language } from '../sheet/prompt-types';
import { ChecklistItem, MAX_CHECKLIST_ITEMS, SessionChecklistItem } from './checklist';
import { Program } from './program';

/** Most entries one session's log holds (a long session logs a few hundred). */
export const MAX_RUN_EVENTS = 10_000;

/**
 * One thing that happened in a session, stamped with the session clock (epoch ms from a
 * monotonic source, so a wall clock moved by time sync during the run changes nothing).
 */
export const RunEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), at: z.number() }),
  z.object({ type: z.literal('pause'), at: z.number() }),
  z.object({ type: z.literal('resume'), at: z.number() }),
  z.object({ type: z.literal('nextPhase'), at: z.number() }),
  z.object({ type: z.literal('extend'), at: z.number(), sec: z.number().positive().max(3600) }),
  /** Staff marked the dose (the first nasal device, the start of the pump, the injection). */
  z.object({ type: z.literal('dose'), at: z.number() }),
  /** Staff corrected when the dose was given; the latest correction counts. */
  z.object({ type: z.literal('doseCorrected'), at: z.number(), doseAt: z.number() }),
  z.object({ type: z.literal('endTreatment'), at: z.number() }),
  z.object({ type: z.literal('extendRecovery'), at: z.number(), sec: z.number().positive().max(3600) }),
  z.object({ type: z.literal('quiet'), at: z.number() }),
  z.object({ type: z.literal('soundBack'), at: z.number() }),
  z.object({ type: z.literal('staffLightOn'), at: z.number() }),
  z.object({ type: z.literal('staffLightOff'), at: z.number() }),
  z.object({ type: z.literal('reminderDone'), at: z.number(), reminderId: z.string().min(1) }),
  z.object({ type: z.literal('checklist'), at: z.number(), itemId: z.string().min(1), done: z.boolean() }),
  /** The room's chosen sound output disappeared (unplugged, out of power) and the sound went off. */
  z.object({ type: z.literal('outputLost'), at: z.number() }),
  /** Sound is heard again: the output came back, or staff chose to play on another. */
  z.object({ type: z.literal('outputBack'), at: z.number() }),
  /**
   * The app started again with this session live. `downSince` is its last sign of life before;
   * `clockBackMs` says how far the computer's clock read behind that (the session then carries
   * on from its last sign of life, and staff are asked to check the dose time).
   */
  z.object({
    type: z.literal('restart'),
    at: z.number(),
    downSince: z.number(),
    clockBackMs: z.number().min(0),
  }),
  z.object({
    type: z.literal('close'),
    at: z.number(),
    /** Closed before the earliest discharge. */
    early: z.boolean(),
    /** Why it closed early, as the clinic's list words it; null when it did not. */
    reason: z.string().max(120).nullable().default(null),
    /** The checklist items that were not ticked, by label. */
    unchecked: z
      .array(z.string().max(120))
      .max(MAX_CHECKLIST_ITEMS * 2)
      .default([]),
  }),
]);
export type RunEvent = z.infer<typeof RunEvent>;
export type RunEventType = RunEvent['type'];

/**
 * A session as it is persisted: the program as it was when the session started (later
 * edits never change a running session) and everything that happened since.
 */
export const SessionRun = z
  .object({
    id: z.string().min(1),
    program: Program,
    /** Room name when the session started, for the history. */
    room: z.string().max(60).default(''),
    /** The playlists the program's phases name, as they were when the session started. */
    playlists: z.array(Playlist).max(50).default([]),
    /** The discharge checklist (the clinic's, then the program's own) as it was when the session started. */
    checklist: z
      .array(SessionChecklistItem)
      .max(MAX_CHECKLIST_ITEMS * 2)
      .default([]),
    /** The clinic's reasons for closing before the earliest discharge, as they were at the start. */
    earlyCloseReasons: z.array(ChecklistItem).max(MAX_CHECKLIST_ITEMS).default([]),
    /**
     * What the patient chose before the session, when they did: printed on the take-home sheet
     * (the intention) and used for the volume; never copied into the history.
     */
    patient: z
      .object({
        journeyName: z.string().max(80),
        comfort: z.number().min(0).max(1),
        intention: z.string().max(300),
        /** The patient's language on the patient screen; absent in runs from before it was asked. */
        language: Language.optional(),
      })
      .nullable()
      .default(null),
    events: z.array(RunEvent).min(1).max(MAX_RUN_EVENTS),
  })
  .refine((run) => run.events[0]?.type === 'start', {
    message: 'must begin with a start event',
    path: ['events', 0],
  })
  .refine((run) => run.events.every((e, i, all) => i === 0 || e.at >= all[i - 1]!.at), {
    message: 'must be in time order',
    path: ['events'],
  });
export type SessionRun = z.infer<typeof SessionRun>;

export function startedAt(run: SessionRun): number {
  return run.events[0]!.at;
}

/** The one answer to "is this session over": it was closed. */
export function isClosed(run: SessionRun): boolean {
  return run.events.some((e) => e.type === 'close');
}
