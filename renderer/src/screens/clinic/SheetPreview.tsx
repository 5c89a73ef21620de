import { useMemo, useState } from 'react';
import type { Language } from '@domain/sheet/prompt-types';
import { LANGUAGES } from '@domain/sheet/prompt-types';
import { SHEET_DICTIONARIES } from '@domain/sheet/sheet-dictionary';
import { composeTakeHomeSheet } from '@domain/sheet/take-home-sheet';
import { useClinicEditor } from '../../stores/clinic-editor';
import { TakeHomeSheetView } from '../sheet/TakeHomeSheetView';
import '../sheet/sheet.css';

/** The take-home sheet as the settings make it now, scaled down, in the language chosen here. */
export function SheetPreview() {
  const config = useClinicEditor((s) => s.config!);
  const [language, setLanguage] = useState<Language | null>(null);
  const [openedAt] = useState(() => Date.now());
  const shown = language ?? config.defaultLanguage;
  const sheet = useMemo(
    () =>
      composeTakeHomeSheet({
        clinic: config,
        language: shown,
        sessionNumber: null,
        intention: '',
        sessionStartedAt: openedAt,
        sessionId: 'preview',
      }),
    [config, shown, openedAt],
  );

  return (
    <section className="sheet-preview" aria-label="Preview">
      <fieldset className="choice">
        <legend>Preview in</legend>
        {LANGUAGES.map((code) => (
          <label className="check" key={code}>
            <input type="radio" name="preview-language" checked={shown === code} onChange={() => setLanguage(code)} />
            {SHEET_DICTIONARIES[code].languageName}
          </label>
        ))}
      </fieldset>
      <div className="sheet-preview-page">
        <TakeHomeSheetView sheet={sheet} paperSize={config.paperSize} />
      </div>
    </section>
  );
}
