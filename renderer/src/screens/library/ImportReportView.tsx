import type { ImportReport } from '@domain/library/track';
import { formatLength } from '@domain/session/format';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What the last import did: what came in, what was already there, what was left out and why. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div role="status" className="import-report">
      <p>
        Added {plural(report.added, 'track', 'tracks')}
        {report.alreadyThere.length > 0 ? `; ${report.alreadyThere.length} already in the library` : ''}
        {report.failed.length > 0 ? `; ${report.failed.length} could not be added:` : '.'}
      </p>
      {report.failed.length > 0 && (
        <ul aria-label="Files not added">
          {report.failed.map((f) => (
            <li key={f.path}>
              <code>{f.path}</code> — {f.reason}
            </li>
          ))}
        </ul>
      )}
      {report.alreadyThere.length > 0 && (
        <details open={report.alreadyThere.length <= 5}>
          <summary>Already in the library</summary>
          <ul aria-label="Already in the library">
            {report.alreadyThere.map((a) => (
              <li key={a.path}>
                <code>{a.path}</code> — the same audio as “{a.track}”
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.lengthsCorrected.length > 0 && (
        <>
          <p>
            {plural(report.lengthsCorrected.length, 'file holds', 'files hold')} a different length from what{' '}
            {report.lengthsCorrected.length === 1 ? 'its header says' : 'their headers say'}; the real length is used:
          </p>
          <ul aria-label="Lengths corrected">
            {report.lengthsCorrected.map((c) => (
              <li key={c.path}>
                <code>{c.path}</code> — its header says {formatLength(c.headerSec)}, it holds{' '}
                {formatLength(c.measuredSec)}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.notAudio > 0 && (
        <p className="muted">
          {plural(report.notAudio, 'other file was', 'other files were')} not audio (pictures, notes and the like) and
          left out.
        </p>
      )}
    </div>
  );
}
