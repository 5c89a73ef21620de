import { z } from 'zod';
import type { SessionRun } from './run-log';
import { stateAt } from './state-at';
import { Timeline } from './timeline';

/** What the clinic keeps of a closed session: times and actions only, nothing about the patient. */
export const HistoryRecord = z.object({
  sessionId: z.string(),
  room: z.string(),
  programId: z.string(),
  programName: z.string(),
  /** A training run (the demo): left out of the history screen unless asked for. */
  training: z.boolean().default(false),
  startedAt: z.iso.datetime(),
  /** When the dose was given, as finally marked; null when no dose was marked. */
  doseAt: z.iso.datetime().nullable().default(null),
  /** Staff changed the dose time after marking it. */
  doseCorrected: z.boolean().default(false),
  treatmentEndedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime(),
  closedEarly: z.boolean(),
  /** Why it closed before the earliest discharge, in the clinic's words at the time. */
  closeReason: z.string().nullable().default(null),
  /** Program time (pauses excluded) from start to end of treatment, and to close. */
  treatmentSec: z.number().nullable(),
  sessionSec: z.number(),
  /** Real time from the dose to the close; null when no dose was marked. */
  sinceDoseAtCloseSec: z.number().nullable().default(null),
  pauses: z.array(z.object({ at: z.iso.datetime(), sec: z.number() })),
  remindersDone: z.array(z.object({ id: z.string(), text: z.string(), doneAt: z.iso.datetime() })),
  checklistDone: z.array(z.string()),
  /** Checklist items not ticked when the session closed, by label. */
  checklistNotDone: z.array(z.string()).default([]),
  /** Times the app started again during the session: when, how long it had been down, whether the clock went back. */
  restarts: z.array(z.object({ at: z.iso.datetime(), downSec: z.number(), clockWentBack: z.boolean() })).default([]),
  /** Times the room's sound output was lost, and for how long sound was off; no device is named. */
  outputLosses: z.array(z.object({ at: z.iso.datetime(), sec: z.number() })).default([]),
});
export type HistoryRecord = z.infer<typeof HistoryRecord>;

const iso = (ms: number) => new Date(ms).toISOString();

/** Summarises a closed session's run log for the history. */
export function historyRecord(run: SessionRun): HistoryRecord {
  const close = run.events.find((e) => e.type === 'close');
  if (!close) throw new Error('only a closed session goes into the history');
  const timeline = new Timeline(run, close.at);
  const end = run.events.find((e) => e.type === 'endTreatment');
  const state = stateAt(run, close.at);
  /** Each `from` entry with the time until the `to` entry (or the close) that ended it. */
  const spans = (from: string, to: string) =>
    run.events.flatMap((event, i) => {
      if (event.type !== from) return [];
      const end = run.events.slice(i).find((e) => e.type === to || e.type === 'close');
      return [{ at: iso(event.at), sec: ((end?.at ?? close.at) - event.at) / 1000 }];
    });
  return {
    sessionId: run.id,
    room: run.room,
    programId: run.program.id,
    programName: run.program.name,
    training: run.program.training,
    startedAt: iso(run.events[0]!.at),
    doseAt: timeline.doseAt === null ? null : iso(timeline.doseAt),
    doseCorrected: timeline.doseCorrected,
    treatmentEndedAt: end ? iso(end.at) : null,
    closedAt: iso(close.at),
    closedEarly: close.early,
    closeReason: close.reason,
    treatmentSec: timeline.treatmentEndSec,
    sessionSec: timeline.activeSec(close.at),
    sinceDoseAtCloseSec: state.sinceDoseSec,
    pauses: spans('pause', 'resume'),
    remindersDone: run.events.flatMap((e) =>
      e.type === 'reminderDone'
        ? [
            {
              id: e.reminderId,
              text: run.program.reminders.find((r) => r.id === e.reminderId)?.text ?? e.reminderId,
              doneAt: iso(e.at),
            },
          ]
        : [],
    ),
    checklistDone: state.checklist.filter((item) => item.done).map((item) => item.label),
    checklistNotDone: close.unchecked,
    restarts: run.events.flatMap((e) =>
      e.type === 'restart'
        ? [{ at: iso(e.at), downSec: (e.at - e.downSince) / 1000, clockWentBack: e.clockBackMs > 0 }]
        : [],
    ),
    outputLosses: spans('outputLost', 'outputBack'),
  };
}

const CSV_COLUMNS = [
  'session id',
  'room',
  'program',
  'training',
  'started at',
  'dose at',
  'dose time corrected',
  'treatment ended at',
  'closed at',
  'closed early',
  'close reason',
  'treatment minutes',
  'session minutes',
  'minutes since dose at close',
  'pauses',
  'paused minutes',
  'reminders done',
  'checklist done',
  'checklist not done',
  'restarts',
  'sound output losses',
  'minutes without sound output',
] as const;

/** Quotes a CSV field and defuses spreadsheet formulas (a leading =, +, - or @). */
function csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const minutes = (sec: number | null) => (sec === null ? null : Math.round((sec / 60) * 10) / 10);
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Minutes east of UTC at an instant, as the clinic's clock keeps them (this changes with daylight saving). */
export type UtcOffsetAt = (ms: number) => number;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as the clinic's clock showed it, with the offset that says which instant it was
 * (ISO 8601): "2026-03-08T14:05:09-04:00". Seconds are enough for a session's record.
 */
export function localIso(ms: number, offsetAt: UtcOffsetAt): string {
  const offset = offsetAt(ms);
  // Shifting by the offset and reading the UTC fields gives the local wall-clock reading.
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** The history as CSV (RFC 4180), one row per session, times local with their UTC offset. */
export function historyCsv(records: HistoryRecord[], offsetAt: UtcOffsetAt): string {
  const local = (at: string | null) => (at === null ? null : localIso(Date.parse(at), offsetAt));
  const rows = records.map((r) => [
    r.sessionId,
    r.room,
    r.programName,
    yesNo(r.training),
    local(r.startedAt),
    local(r.doseAt),
    yesNo(r.doseCorrected),
    local(r.treatmentEndedAt),
    local(r.closedAt),
    yesNo(r.closedEarly),
    r.closeReason,
    minutes(r.treatmentSec),
    minutes(r.sessionSec),
    minutes(r.sinceDoseAtCloseSec),
    r.pauses.length,
    minutes(r.pauses.reduce((sum, p) => sum + p.sec, 0)),
    r.remindersDone.map((d) => `${d.text} (${local(d.doneAt)})`).join('; '),
    r.checklistDone.join('; '),
    r.checklistNotDone.join('; '),
    r.restarts.length,
    r.outputLosses.length,
    minutes(r.outputLosses.reduce((sum, loss) => sum + loss.sec, 0)),
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
