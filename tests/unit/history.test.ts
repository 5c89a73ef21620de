import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../main/services/history-service';
import { HistoryRecord, historyCsv, historyRecord, localIso } from '@domain/session/history';
import { MIN, press, startRun, T0 } from '../support/runs';
import { tempDir } from '../support/services';

function closedRun() {
  let run = startRun('timed-40');
  run = press(run, 'pause', T0 + 10 * MIN);
  run = press(run, 'resume', T0 + 12 * MIN);
  run = press(run, { type: 'reminderDone', reminderId: 'bp-40' }, T0 + 43 * MIN);
  run = press(run, 'endTreatment', T0 + 44 * MIN);
  run = press(run, { type: 'checklist', itemId: 'ride', done: true }, T0 + 50 * MIN);
  return press(run, { type: 'close', uncheckedConfirmed: true }, T0 + 80 * MIN);
}

describe('session history', () => {
  it('keeps times and actions of a closed session, nothing about the patient', () => {
    const record = historyRecord(closedRun());
    expect(record).toMatchObject({
      room: 'Room 1',
      programName: 'Timed 40',
      startedAt: new Date(T0).toISOString(),
      treatmentEndedAt: new Date(T0 + 44 * MIN).toISOString(),
      closedEarly: false,
      treatmentSec: 42 * 60,
      sessionSec: 78 * 60,
      pauses: [{ at: new Date(T0 + 10 * MIN).toISOString(), sec: 120 }],
      remindersDone: [{ id: 'bp-40', text: 'Check blood pressure', doneAt: new Date(T0 + 43 * MIN).toISOString() }],
      checklistDone: ['Ride home confirmed'],
      checklistNotDone: ['Alert and oriented'],
      doseAt: new Date(T0).toISOString(),
      sinceDoseAtCloseSec: 80 * 60,
      closeReason: null,
      training: false,
    });
    expect(Object.keys(record)).not.toContain('intention');
  });

  it('keeps both clocks, the corrected dose, the reason for an early close and each restart', () => {
    let run = startRun('settled-40');
    run = press(run, 'dose', T0 + 10 * MIN);
    run = press(run, { type: 'correctDose', doseAt: T0 + 7 * MIN }, T0 + 11 * MIN);
    run = {
      ...run,
      events: [...run.events, { type: 'restart', at: T0 + 30 * MIN, downSince: T0 + 18 * MIN, clockBackMs: 0 }],
    };
    run = press(run, 'endTreatment', T0 + 40 * MIN);
    run = press(run, { type: 'close', reasonId: 'emergency', uncheckedConfirmed: true }, T0 + 50 * MIN);
    expect(historyRecord(run)).toMatchObject({
      doseAt: new Date(T0 + 7 * MIN).toISOString(),
      doseCorrected: true,
      sinceDoseAtCloseSec: 43 * 60,
      sessionSec: 50 * 60,
      closedEarly: true,
      closeReason: 'Transferred to emergency care',
      checklistNotDone: ['Alert and oriented', 'Ride home confirmed', 'IV removed'],
      restarts: [{ at: new Date(T0 + 30 * MIN).toISOString(), downSec: 12 * 60, clockWentBack: false }],
    });
  });

  it('reads a line written before the two clocks, filling in what it did not record', () => {
    const {
      doseAt: _dose,
      sinceDoseAtCloseSec: _since,
      checklistNotDone: _not,
      training: _t,
      ...old
    } = historyRecord(closedRun());
    expect(HistoryRecord.parse(old)).toMatchObject({ doseAt: null, checklistNotDone: [], training: false });
  });

  it('exports CSV that spreadsheets read safely', () => {
    const record = { ...historyRecord(closedRun()), room: '=HYPERLINK("x"), "Room" 2' };
    const [header, row] = historyCsv([record], () => 0).split('\r\n');
    expect(header).toBe(
      'session id,room,program,training,started at,dose at,dose time corrected,treatment ended at,closed at,closed early,close reason,treatment minutes,session minutes,minutes since dose at close,pauses,paused minutes,reminders done,checklist done,checklist not done,restarts,sound output losses,minutes without sound output',
    );
    expect(row).toContain(`"'=HYPERLINK(""x""), ""Room"" 2"`);
    expect(row).toContain(',Timed 40,no,');
    expect(row).toContain(',no,,42,78,80,1,2,');
    expect(row).toContain(',Ride home confirmed,Alert and oriented,0,0,0');
  });

  it('writes times as the clinic’s clock showed them, with the UTC offset, across a daylight-saving change', () => {
    // 2026-03-08 in New York: 01:59:59 EST (UTC-5), then 03:00:00 EDT (UTC-4).
    const change = Date.parse('2026-03-08T07:00:00Z');
    const newYork = (ms: number) => (ms < change ? -300 : -240);
    expect(localIso(change - 1000, newYork)).toBe('2026-03-08T01:59:59-05:00');
    expect(localIso(change, newYork)).toBe('2026-03-08T03:00:00-04:00');
    // Offsets east of UTC, with half hours, and a reading that falls on the next local day.
    expect(localIso(Date.parse('2026-12-04T20:45:30.900Z'), () => 330)).toBe('2026-12-05T02:15:30+05:30');
    // Each local time names the same instant as the record's UTC time.
    const record = historyRecord(closedRun());
    const row = historyCsv([record], () => -300).split('\r\n')[1]!;
    const started = row.split(',')[4]!;
    expect(started).toMatch(/-05:00$/);
    expect(Date.parse(started)).toBe(Math.floor(Date.parse(record.startedAt) / 1000) * 1000);
    expect(row).not.toContain('Z,');
  });

  it('appends and reads back records; a torn line is skipped and counted, never lost', async () => {
    const dir = tempDir();
    const history = new HistoryService(dir);
    await history.append(historyRecord(closedRun()));
    fs.appendFileSync(path.join(dir, 'session-history.jsonl'), '{"sessionId": "cut sh');
    await history.append({ ...historyRecord(closedRun()), sessionId: 'second' });
    const { records, unreadableLines } = history.list();
    expect(records.map((r) => r.sessionId)).toEqual(['run-1', 'second']);
    expect(unreadableLines).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'session-history.jsonl'), 'utf8')).toContain('{"sessionId": "cut sh');
  });
});
