import { PATIENT_WORDS } from '@domain/patient/patient-words';
import { LANGUAGES, type Language } from '@domain/sheet/prompt-types';

/**
 * English or Español, on every step: each name written in its own language, so a patient finds
 * theirs whichever is showing. The choice carries to the take-home sheet.
 */
export function LanguageSwitch({ language, onChange }: { language: Language; onChange: (to: Language) => void }) {
  return (
    <fieldset className="patient-language">
      <legend className="visually-hidden">Language · Idioma</legend>
      {LANGUAGES.map((code) => (
        <label key={code} lang={PATIENT_WORDS[code].locale} className={code === language ? 'on' : undefined}>
          <input type="radio" name="patient-language" checked={code === language} onChange={() => onChange(code)} />
          {PATIENT_WORDS[code].languageName}
        </label>
      ))}
    </fieldset>
  );
}
