import { describe, expect, it } from 'vitest';
import { PATIENT_WORDS, type PatientWords } from '@domain/patient/patient-words';
import { LANGUAGES, type Language } from '@domain/sheet/prompt-types';
import {
  fernandezHuerta,
  fleschKincaidGrade,
  spanishPunctuationProblems,
  spanishRegisterProblems,
  statsOf,
  wordsOf,
} from '../support/patient-text';

/** Every text the patient screen shows in one language, functions given a sample journey. */
function texts(language: Language): string[] {
  const { locale: _l, ...words } = PATIENT_WORDS[language];
  return Object.values(words).flatMap((value: PatientWords[keyof PatientWords]) => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function')
      return [(value as (...a: unknown[]) => string)(1, 4), (value as (a: boolean) => string)(true)];
    return Object.values(value);
  });
}

describe('the patient screen’s words', () => {
  it('exist in every language, none empty', () => {
    for (const language of LANGUAGES) for (const text of texts(language)) expect(text.trim(), language).not.toBe('');
  });

  it('say "check", never "tick", and say where the intention goes as the clinic keeps it', () => {
    expect(texts('en').join(' ')).not.toMatch(/\btick/i);
    expect(PATIENT_WORDS.en.intentionHelp).toBe('A few words about what you hope for today. You can leave this empty.');
    expect(PATIENT_WORDS.en.intentionWhere(false)).toMatch(
      /printed on the sheet you take home today\. This clinic does not keep a copy/,
    );
    expect(PATIENT_WORDS.en.intentionWhere(true)).toMatch(/this clinic keeps a copy of that sheet/);
    expect(PATIENT_WORDS.es.intentionWhere(false)).toMatch(/no guarda una copia/);
    expect(PATIENT_WORDS.es.intentionWhere(true)).toMatch(/guarda una copia de esa hoja/);
  });

  it('speak Spanish as tú, with every question marked at both ends', () => {
    for (const text of texts('es')) {
      expect(spanishRegisterProblems(text), text).toEqual([]);
      expect(spanishPunctuationProblems(text), text).toEqual([]);
    }
  });

  it('read easily in both languages', () => {
    const sentences = (language: Language) => texts(language).filter((text) => wordsOf(text).length >= 6);
    for (const text of sentences('en')) expect(fleschKincaidGrade(statsOf([text], 'en')), text).toBeLessThanOrEqual(9);
    for (const text of sentences('es')) expect(fernandezHuerta(statsOf([text], 'es')), text).toBeGreaterThanOrEqual(60);
  });
});
