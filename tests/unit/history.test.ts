import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../main/services/history-service';
import { historyCsv, historyRecord } from '../../src/session/history';
import { MIN, press, startRun, T0 } from '../support/runs';
import { tempDir } from '../support/services';

function closedRun() {
  let run = startRun('iv-40');
  run = press(run, 'pause', T0 + 10 * MIN);
  run = press(run, 'resume', T0 + 12 * MIN);
  run = press(run, { type: 'reminderDone', reminderId: 'bp-40' }, T0 + 43 * MIN);
  run = press(run, 'endTreatment', T0 + 44 * MIN);
  run = press(run, { type: 'checklist', itemId: 'ride', done: true }, T0 + 50 * MIN);
  return press(run, 'close', T0 + 80 * MIN);
}

describe('session history', () => {
  it('keeps times and actions of a closed session, nothing about the patient', () => {
    const record = historyRecord(closedRun());
    expect(record).toMatchObject({
      room: 'Room 1',
      programName: 'IV infusion, 40 min',
      startedAt: new Date(T0).toISOString(),
      treatmentEndedAt: new Date(T0 + 44 * MIN).toISOString(),
      closedEarly: false,
      treatmentSec: 42 * 60,
      sessionSec: 78 * 60,
      pauses: [{ at: new Date(T0 + 10 * MIN).toISOString(), sec: 120 }],
      remindersDone: [{ id: 'bp-40', text: 'Check blood pressure', doneAt: new Date(T0 + 43 * MIN).toISOString() }],
      checklistDone: ['Ride home confirmed'],
    });
    expect(Object.keys(record)).not.toContain('intention');
  });

  it('exports CSV that spreadsheets read safely', () => {
    const record = { ...historyRecord(closedRun()), room: '=HYPERLINK("x"), "Room" 2' };
    const [header, row] = historyCsv([record]).split('\r\n');
    expect(header).toBe(
      'session id,room,program,started at,treatment ended at,closed at,closed early,treatment minutes,session minutes,pauses,paused minutes,reminders done,checklist done',
    );
    expect(row).toContain(`"'=HYPERLINK(""x""), ""Room"" 2"`);
    expect(row).toContain('"IV infusion, 40 min"');
    expect(row).toContain(',no,42,78,1,2,');
  });

  it('appends and reads back records; a torn line is skipped and counted, never lost', () => {
    const dir = tempDir();
    const history = new HistoryService(dir);
    history.append(historyRecord(closedRun()));
    fs.appendFileSync(path.join(dir, 'session-history.jsonl'), '{"sessionId": "cut sh');
    history.append({ ...historyRecord(closedRun()), sessionId: 'second' });
    const { records, unreadableLines } = history.list();
    expect(records.map((r) => r.sessionId)).toEqual(['run-1', 'second']);
    expect(unreadableLines).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'session-history.jsonl'), 'utf8')).toContain('{"sessionId": "cut sh');
  });
});
