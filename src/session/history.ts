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
  startedAt: z.iso.datetime(),
  treatmentEndedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime(),
  closedEarly: z.boolean(),
  /** Session time (pauses excluded) from start to end of treatment, and to close. */
  treatmentSec: z.number().nullable(),
  sessionSec: z.number(),
  pauses: z.array(z.object({ at: z.iso.datetime(), sec: z.number() })),
  remindersDone: z.array(z.object({ id: z.string(), text: z.string(), doneAt: z.iso.datetime() })),
  checklistDone: z.array(z.string()),
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
  const pauses: HistoryRecord['pauses'] = [];
  run.events.forEach((event, i) => {
    if (event.type !== 'pause') return;
    const resume = run.events.slice(i).find((e) => e.type === 'resume' || e.type === 'close');
    pauses.push({ at: iso(event.at), sec: ((resume?.at ?? close.at) - event.at) / 1000 });
  });
  return {
    sessionId: run.id,
    room: run.room,
    programId: run.program.id,
    programName: run.program.name,
    startedAt: iso(run.events[0]!.at),
    treatmentEndedAt: end ? iso(end.at) : null,
    closedAt: iso(close.at),
    closedEarly: close.early,
    treatmentSec: timeline.treatmentEndSec,
    sessionSec: timeline.activeSec(close.at),
    pauses,
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
  };
}

const CSV_COLUMNS = [
  'session id',
  'room',
  'program',
  'started at',
  'treatment ended at',
  'closed at',
  'closed early',
  'treatment minutes',
  'session minutes',
  'pauses',
  'paused minutes',
  'reminders done',
  'checklist done',
] as const;

/** Quotes a CSV field and defuses spreadsheet formulas (a leading =, +, - or @). */
function csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const minutes = (sec: number | null) => (sec === null ? null : Math.round((sec / 60) * 10) / 10);

/** The history as CSV (RFC 4180), one row per session. */
export function historyCsv(records: HistoryRecord[]): string {
  const rows = records.map((r) => [
    r.sessionId,
    r.room,
    r.programName,
    r.startedAt,
    r.treatmentEndedAt,
    r.closedAt,
    r.closedEarly ? 'yes' : 'no',
    minutes(r.treatmentSec),
    minutes(r.sessionSec),
    r.pauses.length,
    minutes(r.pauses.reduce((sum, p) => sum + p.sec, 0)),
    r.remindersDone.map((d) => `${d.text} (${d.doneAt})`).join('; '),
    r.checklistDone.join('; '),
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
