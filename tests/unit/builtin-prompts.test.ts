import { describe, expect, it } from 'vitest';
import { BUILTIN_PROMPTS } from '@domain/sheet/builtin-prompts';
import {
  LANGUAGES,
  PROMPT_THEMES,
  SERIES_STAGES,
  type Language,
  type SeriesStage,
  type Translated,
} from '@domain/sheet/prompt-types';
import { SHEET_DICTIONARIES } from '@domain/sheet/sheet-dictionary';
import { DEFAULT_SHEET_WORDING } from '@domain/sheet/sheet-wording';
import {
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  forbiddenIn,
  sentencesOf,
  spanishPunctuationProblems,
  spanishRegisterProblems,
  spanishSyllables,
  statsOf,
  wordsOf,
} from '../support/patient-text';
import { SHIPPED_PROMPT_IDS } from '../support/shipped-prompt-ids';

const MAX_WORDS = 25;
const MAX_SENTENCES = 2;
const MAX_CHARS = 160;

const MAX_GRADE_LIBRARY = 7;
const MAX_GRADE_ONE_PROMPT = 9;
const MIN_EASE_LIBRARY = 70;
const MIN_EASE_ONE_PROMPT = 60;

const enabled = BUILTIN_PROMPTS.filter((p) => p.enabled);
const usableAt = (stage: SeriesStage) => enabled.filter((p) => p.stages.includes(stage));

const wording = DEFAULT_SHEET_WORDING;
const wordingLines: Translated[] = [...wording.tonight, ...wording.thisWeek, wording.weeklyCheckIn, wording.crisisLine];
/** The crisis line must say everything it says, so only the other lines are held to the length limits. */
const everydayWordingLines: Translated[] = [...wording.tonight, ...wording.thisWeek, wording.weeklyCheckIn];

// ── The checks themselves can fail ─────────────────────────────────────────

describe('text checks used below', () => {
  it('count syllables as expected', () => {
    const en = { rest: 1, make: 1, gentle: 2, session: 2, yourself: 2, evening: 3 };
    for (const [word, n] of Object.entries(en)) expect(englishSyllables(word), word).toBe(n);
    const es = {
      y: 1,
      que: 1,
      muy: 1,
      día: 2,
      leer: 2,
      ciudad: 2,
      guía: 2,
      aquí: 2,
      cuerpo: 2,
      sesión: 2,
      tranquila: 3,
      pensamientos: 4,
    };
    for (const [word, n] of Object.entries(es)) expect(spanishSyllables(word), word).toBe(n);
  });

  it('flag hard text as hard', () => {
    const hardEn =
      'Comprehensive psychotherapeutic consolidation necessitates methodical documentation of experiential phenomenology.';
    expect(fleschKincaidGrade(statsOf([hardEn], 'en'))).toBeGreaterThan(MAX_GRADE_ONE_PROMPT);
    const hardEs =
      'La consolidación psicoterapéutica exhaustiva requiere una documentación metodológica de la fenomenología experiencial.';
    expect(fernandezHuerta(statsOf([hardEs], 'es'))).toBeLessThan(MIN_EASE_ONE_PROMPT);
    expect(fleschKincaidGrade(statsOf(['How did you sleep?'], 'en'))).toBeLessThan(MAX_GRADE_LIBRARY);
    expect(fernandezHuerta(statsOf(['¿Cómo te sientes hoy?'], 'es'))).toBeGreaterThan(MIN_EASE_LIBRARY);
  });

  it('catch forbidden words and leave look-alikes alone', () => {
    expect(forbiddenIn('You should take the full dose.', 'en')).toEqual(['dose', 'You should']);
    expect(forbiddenIn('No drugs, no cure, no 50 mg.', 'en')).toEqual(['mg', 'drugs', 'cure']);
    expect(forbiddenIn('Debes tomar la dosis de ketamina.', 'es')).toEqual(['dosis', 'ketamina', 'Debes']);
    expect(forbiddenIn('La medicación no es una cura.', 'es')).toEqual(['medicación', 'cura']);
    expect(forbiddenIn('Is it curious? Does it endure?', 'en')).toEqual([]);
    expect(forbiddenIn('¿Sientes curiosidad? ¿Procuras descansar?', 'es')).toEqual([]);
  });

  it('catch Spanish questions missing ¿ or ?', () => {
    expect(spanishPunctuationProblems('¿Cómo estás? Bien.')).toEqual([]);
    expect(spanishPunctuationProblems('Si quieres, ¿qué notas?')).toEqual([]);
    expect(spanishPunctuationProblems('Cómo estás?')).not.toEqual([]);
    expect(spanishPunctuationProblems('¿Cómo estás.')).not.toEqual([]);
    expect(spanishPunctuationProblems('¡Hola!')).toEqual([]);
    expect(spanishPunctuationProblems('Hola!')).not.toEqual([]);
  });
});

// ── The library ──────────────────────────────────────────────────────────────

describe('built-in prompt library', () => {
  it('has enough prompts', () => {
    expect(BUILTIN_PROMPTS.length).toBeGreaterThanOrEqual(40);
    expect(enabled.length).toBeGreaterThanOrEqual(56);
  });

  it('has unique kebab-case ids, and keeps every id that has shipped', () => {
    const ids = BUILTIN_PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect([...ids].sort()).toEqual([...SHIPPED_PROMPT_IDS].sort());
  });

  it('covers every stage with every theme', () => {
    const missing = SERIES_STAGES.flatMap((stage) =>
      PROMPT_THEMES.filter((theme) => !usableAt(stage).some((p) => p.theme === theme)).map(
        (theme) => `${stage}/${theme}`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('offers at least 10 prompts at each stage', () => {
    for (const stage of SERIES_STAGES) expect(usableAt(stage).length, stage).toBeGreaterThanOrEqual(10);
  });

  it('lists each stage at most once per prompt', () => {
    for (const p of BUILTIN_PROMPTS) expect(new Set(p.stages).size, p.id).toBe(p.stages.length);
  });

  it('has every text in both languages, and the two are not the same', () => {
    for (const p of BUILTIN_PROMPTS) {
      for (const language of LANGUAGES) expect(p.text[language].trim(), `${p.id} ${language}`).not.toBe('');
      expect(p.text.es.toLowerCase(), p.id).not.toBe(p.text.en.toLowerCase());
      expect(p.text.en, p.id).not.toMatch(/[¿¡ñáéíóú]/);
    }
  });

  it('keeps each text short', () => {
    for (const p of BUILTIN_PROMPTS) {
      for (const language of LANGUAGES) {
        const text = p.text[language];
        const where = `${p.id} ${language}`;
        expect(wordsOf(text).length, where).toBeLessThanOrEqual(MAX_WORDS);
        expect(sentencesOf(text), where).toBeLessThanOrEqual(MAX_SENTENCES);
        expect(text.length, where).toBeLessThanOrEqual(MAX_CHARS);
      }
    }
  });

  it('reads easily in English', () => {
    const library = fleschKincaidGrade(
      statsOf(
        enabled.map((p) => p.text.en),
        'en',
      ),
    );
    expect(library).toBeLessThanOrEqual(MAX_GRADE_LIBRARY);
    for (const p of enabled) {
      expect(fleschKincaidGrade(statsOf([p.text.en], 'en')), p.id).toBeLessThanOrEqual(MAX_GRADE_ONE_PROMPT);
    }
  });

  it('reads easily in Spanish', () => {
    const library = fernandezHuerta(
      statsOf(
        enabled.map((p) => p.text.es),
        'es',
      ),
    );
    expect(library).toBeGreaterThanOrEqual(MIN_EASE_LIBRARY);
    for (const p of enabled) {
      expect(fernandezHuerta(statsOf([p.text.es], 'es')), p.id).toBeGreaterThanOrEqual(MIN_EASE_ONE_PROMPT);
    }
  });

  it('never mentions doses, medication or cures, and never gives orders', () => {
    for (const p of BUILTIN_PROMPTS) {
      for (const language of LANGUAGES) expect(forbiddenIn(p.text[language], language), p.id).toEqual([]);
    }
  });

  it('asks questions in Spanish with ¿ and ?, wherever the English asks one', () => {
    for (const p of BUILTIN_PROMPTS) {
      expect(spanishPunctuationProblems(p.text.es), p.id).toEqual([]);
      expect(p.text.es.includes('?'), p.id).toBe(p.text.en.includes('?'));
    }
  });
});

// ── The fixed wording of the sheet ───────────────────────────────────────────

/** The sheet's own words in one language, as printed (functions given a sample clinic). */
function dictionaryTexts(language: Language): string[] {
  const { locale: _l, languageName: _n, ...words } = SHEET_DICTIONARIES[language];
  return Object.values(words).map((value) => (typeof value === 'function' ? value(2 as never) : value));
}

describe('take-home sheet wording', () => {
  it('has three lines for tonight and three or four for this week', () => {
    expect(wording.tonight).toHaveLength(3);
    expect(wording.thisWeek.length).toBeGreaterThanOrEqual(3);
    expect(wording.thisWeek.length).toBeLessThanOrEqual(4);
  });

  it('says tonight: rest, no driving or machinery until the next day after sleep, a ride home, the care team’s instructions', () => {
    const tonight = wording.tonight.map((line) => line.en).join(' ');
    expect(tonight).toMatch(/\brest\b/i);
    expect(tonight).toMatch(/do not drive or use machinery until tomorrow, after a night’s sleep/i);
    expect(tonight).toMatch(/let someone else drive you home/i);
    expect(tonight).toMatch(/instructions your care team gave you/i);
    const noche = wording.tonight.map((line) => line.es).join(' ');
    expect(noche).toMatch(/no manejes ni uses maquinaria hasta mañana, después de haber dormido/i);
    expect(noche).toMatch(/pide a alguien que te lleve a casa/i);
    expect(noche).toMatch(/tu equipo de atención médica/i);
  });

  it('covers sleep, lighter days and the care team this week, and never assumes a therapist', () => {
    const week = wording.thisWeek.map((line) => line.en).join(' ');
    expect(week).toMatch(/bed/i);
    expect(week).toMatch(/lighter/i);
    expect(week).toMatch(/your care team/i);
    for (const line of wordingLines) expect(line.en).not.toMatch(/therap/i);
  });

  it('compares with last week, not with others', () => {
    expect(wording.weeklyCheckIn.en).toMatch(/last week/i);
    expect(wording.weeklyCheckIn.en).toMatch(/not with other/i);
    expect(wording.weeklyCheckIn.es).toMatch(/no con otras personas/i);
  });

  it('has every line in both languages, different, and free of forbidden words', () => {
    for (const line of wordingLines) {
      for (const language of LANGUAGES) {
        expect(line[language].trim()).not.toBe('');
        expect(forbiddenIn(line[language], language), line.en).toEqual([]);
      }
      expect(line.es).not.toBe(line.en);
      expect(spanishPunctuationProblems(line.es), line.es).toEqual([]);
    }
  });

  it('keeps everyday lines short', () => {
    for (const line of everydayWordingLines) {
      for (const language of LANGUAGES) {
        expect(wordsOf(line[language]).length, line[language]).toBeLessThanOrEqual(MAX_WORDS);
        expect(sentencesOf(line[language]), line[language]).toBeLessThanOrEqual(MAX_SENTENCES);
      }
    }
  });

  it('reads as easily as the prompts, the crisis line and the sheet’s own words included', () => {
    const en = [...wordingLines.map((l) => l.en), ...dictionaryTexts('en')];
    const es = [...wordingLines.map((l) => l.es), ...dictionaryTexts('es')];
    expect(fleschKincaidGrade(statsOf(en, 'en'))).toBeLessThanOrEqual(MAX_GRADE_LIBRARY);
    expect(fernandezHuerta(statsOf(es, 'es'))).toBeGreaterThanOrEqual(MIN_EASE_LIBRARY);
    // A heading of two or three words is too short for either formula to mean anything alone.
    const sentences = (texts: string[]) => texts.filter((text) => wordsOf(text).length >= 6);
    for (const text of sentences(en)) {
      expect(fleschKincaidGrade(statsOf([text], 'en')), text).toBeLessThanOrEqual(MAX_GRADE_ONE_PROMPT);
    }
    for (const text of sentences(es)) {
      expect(fernandezHuerta(statsOf([text], 'es')), text).toBeGreaterThanOrEqual(MIN_EASE_ONE_PROMPT);
    }
  });

  it('calls each item on the sheet an idea, not a question, since not every one asks', () => {
    expect(SHEET_DICTIONARIES.en.nextDaysHint).not.toMatch(/question/i);
    expect(SHEET_DICTIONARIES.es.nextDaysHint).not.toMatch(/pregunta/i);
    expect(SHEET_DICTIONARIES.en.nextDays).not.toMatch(/\b(two|three|four|five)\b/i);
  });
});

// ── One register of Spanish ──────────────────────────────────────────────────

describe('the Spanish', () => {
  const spanish = [
    ...BUILTIN_PROMPTS.map((p) => p.text.es),
    ...wordingLines.map((l) => l.es),
    ...dictionaryTexts('es'),
  ];

  it('the register check catches usted, vosotros and words from Spain', () => {
    expect(spanishRegisterProblems('Llame a la clínica si usted lo necesita.')).toEqual(['usted', 'Llame']);
    expect(spanishRegisterProblems('¿Os ayudo? ¿Estáis bien? No conduzcas.')).toEqual(['Os', 'Estáis', 'conduzcas']);
    expect(spanishRegisterProblems('Pide a alguien que te lleve a casa. No manejes.')).toEqual([]);
  });

  it('keeps out the word-for-word English a Spanish reader once tripped on', () => {
    const calques = [
      /si miras atrás estas/i, // "looking back over these weeks", ungrammatical
      /paso pequeño y amable/i, // "a small, kind step"
      /se quedó contigo/i, // "stayed with you"
      /te soltó/i, // "felt looser"
      /cargar la tensión/i, // "hold tension"
      /otra persona te lleva/i, // states a fact where it should ask
      /estas preguntas/i, // not every item on the sheet is a question
      /se sienta (un poco )?distint/i, // "feels different"
    ];
    for (const text of spanish) expect(calques.filter((c) => c.test(text)).map(String), text).toEqual([]);
  });

  it('speaks to the patient as tú, in neutral Latin-American Spanish, everywhere', () => {
    for (const text of spanish) expect(spanishRegisterProblems(text), text).toEqual([]);
  });
});
