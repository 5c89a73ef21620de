import { useEffect, useMemo, useState } from 'react';
import type { Language } from '@domain/sheet/prompt-types';
import { LANGUAGES } from '@domain/sheet/prompt-types';
import { SHEET_DICTIONARIES } from '@domain/sheet/sheet-dictionary';
import { missingForPrint } from '@domain/sheet/sheet-readiness';
import { composeTakeHomeSheet, type TakeHomeSheet } from '@domain/sheet/take-home-sheet';
import { useAppActions, useAppStore } from '../../app/app-store';
import { useClinicActions, useClinicStore } from '../../stores/clinic-store';
import { api } from '../../ipc/client';
import { useSessionStore } from '../../session/session-store';
import { useConsoleActions } from '../console/use-console-actions';
import { SessionStrip } from './SessionStrip';
import { SheetMissing } from './SheetMissing';
import { TakeHomeSheetView } from './TakeHomeSheetView';
import './sheet.css';
import './sheet-screen.css';
import { errorMessage } from '@domain/error-message';

/** "take-home-sheet-2026-11-23-room-1.pdf": named by date and room, never by patient. */
function fileNameFor(sheet: TakeHomeSheet, roomName: string): string {
  const room =
    roomName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'room';
  return `take-home-sheet-${sheet.date}-${room}.pdf`;
}

/** The take-home sheet: staff pick the language and the session number, then print or save it. */
export function SheetScreen() {
  const { show } = useAppActions();
  const { load } = useClinicActions();
  const clinic = useClinicStore((s) => s.config);
  const canSavePdf = useAppStore((s) => s.info?.canSavePdf ?? false);
  const run = useSessionStore((s) => s.snapshot?.run);
  const [openedAt] = useState(() => Date.now());
  const [language, setLanguage] = useState<Language | null>(null);
  const [sessionNumber, setSessionNumber] = useState<number | null>(null);
  // What the patient wrote on the patient screen, which staff may still correct before printing.
  const [intention, setIntention] = useState(run?.patient?.intention ?? '');
  const [status, setStatus] = useState<string | null>(null);
  // The console's keys and questions (pause, quiet, staff light, end treatment) work here too.
  const { questions } = useConsoleActions();

  useEffect(() => {
    void load();
    // Opened from a console scrolled down: start at the top, with Print and Back in view.
    window.scrollTo(0, 0);
  }, [load]);

  const sheet = useMemo(
    () =>
      clinic &&
      composeTakeHomeSheet({
        clinic,
        // The patient's own language from the patient screen, unless staff choose another.
        language: language ?? run?.patient?.language ?? clinic.defaultLanguage,
        sessionNumber,
        intention,
        sessionStartedAt: run?.events[0]?.at ?? openedAt,
        sessionId: run?.id ?? 'no-session',
      }),
    [clinic, language, sessionNumber, intention, run, openedAt],
  );
  if (!clinic || !sheet) return null;

  const fileName = fileNameFor(sheet, clinic.roomName);
  // Nothing prints or saves until the sheet says whom to call.
  const missing = missingForPrint(clinic);
  const keepCopy = async () => {
    if (clinic.keepSheetCopies) await api['sheet.keep'](sheet);
  };
  const print = () => {
    if (missing.length > 0) return;
    // A browser suggests the page title as the PDF's name.
    const title = document.title;
    document.title = fileName.replace(/\.pdf$/, '');
    window.print();
    document.title = title;
    void keepCopy();
  };
  const savePdf = async () => {
    try {
      const saved = await api['sheet.savePdf']({ fileName });
      if (saved) {
        await keepCopy();
        setStatus(`Saved as ${saved}`);
      }
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };

  return (
    <main className="sheet-screen">
      <SessionStrip />
      <div className="sheet-controls no-print">
        <nav className="sheet-actions" aria-label="Sheet actions">
          <button type="button" className="secondary" onClick={() => show('room')}>
            Back to session
          </button>
          <button type="button" className="primary" onClick={print} disabled={missing.length > 0}>
            {canSavePdf ? 'Print' : 'Print or save as PDF'}
          </button>
          {canSavePdf && (
            <button type="button" onClick={() => void savePdf()} disabled={missing.length > 0}>
              Save as PDF
            </button>
          )}
        </nav>
        <fieldset className="sheet-language">
          <legend>Language</legend>
          {LANGUAGES.map((code) => (
            <label key={code}>
              <input
                type="radio"
                name="sheet-language"
                checked={sheet.language === code}
                onChange={() => setLanguage(code)}
              />
              {SHEET_DICTIONARIES[code].languageName}
            </label>
          ))}
        </fieldset>
        <label className="sheet-field">
          Session number in the series (optional)
          <input
            type="number"
            min={1}
            max={500}
            value={sessionNumber ?? ''}
            onChange={(e) =>
              setSessionNumber(e.target.value === '' ? null : Math.max(1, Math.round(Number(e.target.value))))
            }
          />
        </label>
        <label className="sheet-field sheet-intention-field">
          The patient’s intention (optional, printed only)
          <textarea rows={2} maxLength={300} value={intention} onChange={(e) => setIntention(e.target.value)} />
        </label>
        <SheetMissing missing={missing} onOpenDetails={() => show('clinic')} />
        {status && <p role="status">{status}</p>}
      </div>
      <TakeHomeSheetView sheet={sheet} paperSize={clinic.paperSize} />
      {questions}
    </main>
  );
}
