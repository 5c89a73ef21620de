import { useRef } from 'react';
import { SHEET_DICTIONARIES } from '@domain/sheet/sheet-dictionary';
import { missingForPrint, missingForPrintMessage } from '@domain/sheet/sheet-readiness';
import type { TakeHomeSheet } from '@domain/sheet/take-home-sheet';
import { mediaUrl } from '../../ipc/client';
import { MAX_WRITE_LINES, useSheetFit } from './use-sheet-fit';

function longDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year!, month! - 1, day!).toLocaleDateString(locale, { dateStyle: 'long' });
}

/**
 * The one printed page: calm, black on white, with room to write under each prompt. Until the
 * clinic's name and phone are entered, whatever prints it (the browser's own Print included)
 * prints only what is missing.
 */
export function TakeHomeSheetView({ sheet, paperSize }: { sheet: TakeHomeSheet; paperSize: 'letter' | 'a4' }) {
  const words = SHEET_DICTIONARIES[sheet.language];
  const page = useRef<HTMLElement>(null);
  useSheetFit(page, `${paperSize}\n${JSON.stringify(sheet)}`);
  const missing = missingForPrint(sheet);
  return (
    <>
      {missing.length > 0 && <p className="sheet-missing">{missingForPrintMessage(missing)}</p>}
      {/* Shown by sheet.css when the fit marks the sheet as running onto a second page. */}
      <p className="warning sheet-fit-note no-print">
        This sheet needs a second page even in smaller type. A shorter intention or shorter clinic wording brings it
        back to one page.
      </p>
      <article
        ref={page}
        className={`sheet paper-${paperSize}${missing.length > 0 ? ' sheet-not-ready' : ''}`}
        aria-label="Take-home sheet"
        lang={words.locale}
      >
        <header className="sheet-header">
          {sheet.logo && <img className="sheet-logo" src={mediaUrl('branding', sheet.logo)} alt="" />}
          <div className="sheet-heading">
            <p className="sheet-clinic">{sheet.clinicName}</p>
            <h1>{words.title}</h1>
          </div>
          <p className="sheet-date">
            <time dateTime={sheet.date}>{longDate(sheet.date, words.locale)}</time>
            {sheet.sessionNumber !== null && (
              <>
                <br />
                {words.sessionNumber(sheet.sessionNumber)}
              </>
            )}
          </p>
        </header>
        {sheet.intention && (
          <section className="sheet-intention" aria-labelledby="sheet-intention">
            <h2 id="sheet-intention">{words.yourIntention}</h2>
            <p>{sheet.intention}</p>
          </section>
        )}
        <section aria-labelledby="sheet-tonight">
          <h2 id="sheet-tonight">{words.tonight}</h2>
          <ul>
            {sheet.tonight.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section className="sheet-next-days" aria-labelledby="sheet-next-days">
          <h2 id="sheet-next-days">{words.nextDays}</h2>
          <p className="sheet-hint">{words.nextDaysHint}</p>
          <ol className="prompts">
            {sheet.prompts.map((prompt) => (
              <li key={prompt.id}>
                <p>{prompt.text}</p>
                <div className="write-space" aria-hidden="true">
                  {Array.from({ length: MAX_WRITE_LINES }, (_, i) => (
                    <span key={i} />
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="sheet-this-week">
          <h2 id="sheet-this-week">{words.thisWeek}</h2>
          <ul>
            {sheet.thisWeek.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="sheet-check-in">{sheet.weeklyCheckIn}</p>
        </section>
        <footer className="sheet-safety" aria-label={words.urgentHelp}>
          {sheet.clinicPhone && (
            <p>
              {words.whoToCall(sheet.clinicName)} <span className="sheet-phone">{sheet.clinicPhone}</span>.
              {sheet.afterHoursPhone && (
                <>
                  {' '}
                  <span className="sheet-phone">
                    {words.afterHours} {sheet.afterHoursPhone}
                  </span>
                  .
                </>
              )}
            </p>
          )}
          <p>{sheet.crisisLine}</p>
        </footer>
      </article>
    </>
  );
}
