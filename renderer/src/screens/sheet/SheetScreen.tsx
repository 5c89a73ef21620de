import { useMemo, useState } from 'react';
import { composeTakeHomeSheet } from '../../../../src/sheet/take-home-sheet';
import { useAppActions, useAppStore } from '../../app/app-store';
import { useSessionStore } from '../../session/session-store';
import './sheet.css';

function seedFrom(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year!, month! - 1, day!).toLocaleDateString('en-US', { dateStyle: 'long' });
}

/** The one-page take-home sheet, shown on screen and laid out for print. */
export function SheetScreen() {
  const { show } = useAppActions();
  const clinicName = useAppStore((s) => s.info?.clinicName ?? '');
  const run = useSessionStore((s) => s.snapshot?.run);
  const [openedAt] = useState(() => Date.now());
  const sheet = useMemo(
    () =>
      composeTakeHomeSheet({
        clinicName,
        sessionStartedAt: run?.events[0]?.at ?? openedAt,
        seed: seedFrom(run?.id ?? 'no-session'),
      }),
    [clinicName, run?.id, run?.events, openedAt],
  );

  return (
    <main className="sheet-screen">
      <nav className="sheet-actions no-print" aria-label="Sheet actions">
        <button type="button" className="secondary" onClick={() => show('room')}>
          Back to session
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </nav>
      <article className="sheet" aria-label="Take-home sheet">
        <header>
          <p className="sheet-clinic">{sheet.clinicName}</p>
          <h1>After your session</h1>
          <p className="sheet-date">
            <time dateTime={sheet.date}>{longDate(sheet.date)}</time>
          </p>
        </header>
        <section aria-labelledby="sheet-tonight">
          <h2 id="sheet-tonight">Tonight</h2>
          <ul>
            {sheet.tonight.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="sheet-next-days">
          <h2 id="sheet-next-days">The next three days</h2>
          <p className="sheet-hint">Take a few quiet minutes each day with one of these. There are no right answers.</p>
          <ol className="prompts">
            {sheet.prompts.map((prompt) => (
              <li key={prompt.id}>
                <p>{prompt.text}</p>
                <div className="write-space" aria-hidden="true" />
              </li>
            ))}
          </ol>
        </section>
        <footer className="sheet-safety">
          <p>{sheet.safety}</p>
        </footer>
      </article>
    </main>
  );
}
