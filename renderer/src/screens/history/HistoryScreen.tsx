import { useEffect, useState } from 'react';
import type { HistoryRecord } from '@domain/session/history';
import { formatClock } from '@domain/session/format';
import { errorMessage } from '@domain/error-message';
import { useAppActions } from '../../app/app-store';
import { api } from '../../ipc/client';
import { timeOfDay } from '../../ui/time-of-day';

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '—';
}

/** How the session ended: on time, or early and why. */
function closing(record: HistoryRecord): string {
  if (!record.closedEarly) return when(record.closedAt);
  return `${when(record.closedAt)} · closed early${record.closeReason ? `: ${record.closeReason}` : ''}`;
}

/** Past sessions in this room, newest first, with a CSV export for the clinic's records. Training runs only on request. */
/** How often the room's sound output was lost, and for how long in all. */
function outputLosses(record: HistoryRecord): string {
  if (record.outputLosses.length === 0) return 'None';
  const sec = record.outputLosses.reduce((sum, loss) => sum + loss.sec, 0);
  return `${record.outputLosses.length} (${formatClock(sec)})`;
}

export function HistoryScreen() {
  const { show } = useAppActions();
  const [records, setRecords] = useState<HistoryRecord[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [withTraining, setWithTraining] = useState(false);

  useEffect(() => {
    api['history.list']({})
      .then(({ records, unreadableLines }) => {
        setRecords([...records].reverse());
        if (unreadableLines > 0)
          setProblem(`${unreadableLines} line(s) of the history file could not be read and are not shown.`);
      })
      .catch((error: unknown) => setProblem(errorMessage(error)));
  }, []);

  const shown = records?.filter((r) => withTraining || !r.training) ?? null;
  const exportCsv = async () => {
    const csv = await api['history.csv']({ includeTraining: withTraining });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.download = `stillroom-history-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <main className="history">
      <nav className="sheet-actions" aria-label="History actions">
        <button type="button" className="secondary" onClick={() => show('room')}>
          Back
        </button>
        <label className="history-training">
          <input type="checkbox" checked={withTraining} onChange={(e) => setWithTraining(e.target.checked)} />
          Show training sessions
        </label>
        <button type="button" className="primary" disabled={!shown?.length} onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </nav>
      <h1>Session history</h1>
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
      {shown?.length === 0 && <p>No sessions have been closed in this room yet.</p>}
      {shown && shown.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Program</th>
              <th scope="col">Dose</th>
              <th scope="col">Since dose at close</th>
              <th scope="col">Program time</th>
              <th scope="col">Pauses</th>
              <th scope="col">Sound output lost</th>
              <th scope="col">Reminders done</th>
              <th scope="col">Not ticked</th>
              <th scope="col">Closed</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.sessionId}>
                <td>{when(r.startedAt)}</td>
                <td>
                  {r.programName}
                  {r.training && <span className="training-mark">Training</span>}
                </td>
                <td>
                  {r.doseAt ? timeOfDay(Date.parse(r.doseAt)) : '—'}
                  {r.doseCorrected ? ' (corrected)' : ''}
                </td>
                <td>{r.sinceDoseAtCloseSec === null ? '—' : formatClock(r.sinceDoseAtCloseSec)}</td>
                <td>{formatClock(r.sessionSec)}</td>
                <td>{r.pauses.length}</td>
                <td>{outputLosses(r)}</td>
                <td>{r.remindersDone.length}</td>
                <td>{r.checklistNotDone.length === 0 ? 'None' : r.checklistNotDone.join(', ')}</td>
                <td>{closing(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
