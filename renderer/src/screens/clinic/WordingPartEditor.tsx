import { hasOwnWording, MAX_WORDING_LINES, sheetWordingOf, type WordingPart } from '@domain/clinic/clinic-edits';
import type { Language, Translated } from '@domain/sheet/prompt-types';
import { LANGUAGES } from '@domain/sheet/prompt-types';
import { SHEET_DICTIONARIES } from '@domain/sheet/sheet-dictionary';
import { useClinicEditor, useClinicEditorActions, usePartDraft } from '../../stores/clinic-editor';
import { FormField } from '../../ui/FormField';

const languageName = (language: Language) => SHEET_DICTIONARIES[language].languageName;

/** One text in both languages, side by side. */
function TranslatedFields({
  label,
  value,
  errors,
  prefix,
  rows,
  onChange,
}: {
  label: (language: Language) => string;
  value: Translated;
  errors: Record<string, string>;
  /** Where this text's errors are, inside its part ("" or "2."). */
  prefix: string;
  rows: number;
  onChange: (value: Translated) => void;
}) {
  const { endTyping } = useClinicEditorActions();
  return (
    <div className="translated">
      {LANGUAGES.map((language) => (
        <FormField key={language} label={label(language)} error={errors[`${prefix}${language}`]}>
          <textarea
            lang={language}
            rows={rows}
            value={value[language]}
            onChange={(e) => onChange({ ...value, [language]: e.target.value })}
            onBlur={endTyping}
          />
        </FormField>
      ))}
    </div>
  );
}

/**
 * One fixed part of the take-home sheet (Tonight, This week, the check-in or the crisis line):
 * the built-in text until the clinic changes it, saved as typed, with a way back.
 */
export function WordingPartEditor({ part, title, hint }: { part: WordingPart; title: string; hint?: string }) {
  const config = useClinicEditor((s) => s.config!);
  const draft = usePartDraft(`sheetWording.${part}`);
  const { setWording, restoreBuiltinWording } = useClinicEditorActions();
  const value = (draft?.value ?? sheetWordingOf(config)[part]) as Translated | Translated[];
  const errors = draft?.errors ?? {};
  const changed = hasOwnWording(config, part) || draft !== undefined;

  return (
    <fieldset className="wording-part">
      <legend>{title}</legend>
      <p className="muted wording-source">
        {changed ? 'Your clinic’s wording.' : 'The built-in wording.'} {hint}
      </p>
      {errors[''] && <p className="field-error">{errors['']}</p>}
      {Array.isArray(value) ? (
        <>
          <ol className="wording-lines">
            {value.map((line, index) => (
              <li key={index} className="wording-line">
                <TranslatedFields
                  label={(language) => `Line ${index + 1}, ${languageName(language)}`}
                  value={line}
                  errors={errors}
                  prefix={`${index}.`}
                  rows={2}
                  onChange={(next) =>
                    setWording(
                      part,
                      value.map((old, i) => (i === index ? next : old)),
                    )
                  }
                />
                <button
                  type="button"
                  className="secondary remove-line"
                  aria-label={`Remove line ${index + 1}`}
                  disabled={value.length <= 1}
                  onClick={() =>
                    setWording(
                      part,
                      value.filter((_, i) => i !== index),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
          {value.length >= MAX_WORDING_LINES && (
            <p className="muted">{MAX_WORDING_LINES} lines at most, so the sheet stays on one page.</p>
          )}
        </>
      ) : (
        <TranslatedFields
          label={languageName}
          value={value}
          errors={errors}
          prefix=""
          rows={3}
          onChange={(next) => setWording(part, next)}
        />
      )}
      <div className="form-actions">
        {Array.isArray(value) && (
          <button
            type="button"
            disabled={value.length >= MAX_WORDING_LINES}
            onClick={() => setWording(part, [...value, { en: '', es: '' }])}
          >
            Add a line
          </button>
        )}
        {changed && (
          <button type="button" className="secondary" onClick={() => restoreBuiltinWording(part)}>
            Use the built-in wording
          </button>
        )}
      </div>
    </fieldset>
  );
}
