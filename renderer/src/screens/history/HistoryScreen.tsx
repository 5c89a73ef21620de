import { useEffect, useState } from 'react';
import type { HistoryRecord } from '../../../../src/session/history';
import { formatClock } from '../../../../src/session/format';
import { useAppActions } from '../../app/app-store';
import { api } from '../../ipc/client';

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '—';
}

/** Past sessions in this room, newest first, with a CSV export for the clinic's records. */
export function HistoryScreen() {
  const { show } = useAppActions();
  const [records, setRecords] = useState<HistoryRecord[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    api['history.list']({})
      .then(({ records, unreadableLines }) => {
        setRecords([...records].reverse());
        if (unreadableLines > 0)
          setProblem(`${unreadableLines} line(s) of the history file could not be read and are not shown.`);
      })
      .catch((error: unknown) => setProblem(String(error)));
  }, []);

  const exportCsv = async () => {
    const csv = await api['history.csv']({});
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
        <button type="button" className="primary" disabled={!records?.length} onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </nav>
      <h1>Session history</h1>
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
      {records?.length === 0 && <p>No sessions have been closed in this room yet.</p>}
      {records && records.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Program</th>
              <th scope="col">Treatment</th>
              <th scope="col">Session</th>
              <th scope="col">Pauses</th>
              <th scope="col">Reminders done</th>
              <th scope="col">Closed</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.sessionId}>
                <td>{when(r.startedAt)}</td>
                <td>{r.programName}</td>
                <td>{r.treatmentSec === null ? '—' : formatClock(r.treatmentSec)}</td>
                <td>{formatClock(r.sessionSec)}</td>
                <td>{r.pauses.length}</td>
                <td>{r.remindersDone.length}</td>
                <td>
                  {when(r.closedAt)}
                  {r.closedEarly ? ' (early)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
