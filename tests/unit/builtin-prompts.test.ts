import { describe, expect, it } from 'vitest';
import { BUILTIN_PROMPTS } from '../../src/sheet/builtin-prompts';
import {
  LANGUAGES,
  PROMPT_THEMES,
  SERIES_STAGES,
  type Language,
  type SeriesStage,
  type Translated,
} from '../../src/sheet/prompt-types';
import { DEFAULT_SHEET_WORDING } from '../../src/sheet/sheet-wording';

// ── Text measures ────────────────────────────────────────────────────────────

/** Words of a text, with surrounding punctuation (¿ ? , . ¡ !) stripped. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/** Sentences end in . ! or ? followed by a space or the end of the text. */
function sentencesOf(text: string): number {
  return Math.max(1, text.match(/[.!?]+(?=\s|$)/g)?.length ?? 0);
}

/** English syllables: groups of vowels (y counts), less a silent final e. */
function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  let count = w.match(/[aeiouy]+/g)?.length ?? 0;
  if (count > 1 && /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count -= 1;
  return Math.max(1, count);
}

const SPANISH_STRONG = new Set([...'aeoáéó']);
const SPANISH_STRESSED_WEAK = new Set([...'íú']);

/**
 * Spanish syllables: groups of vowels, where a group splits wherever two strong vowels
 * meet (le-er, cre-o) or a stressed í/ú meets another vowel (dí-a, o-ír). The silent u of
 * que/qui/gue/gui is dropped first; a final y is a vowel (hoy, muy), as is the word "y".
 */
function spanishSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-zñáéíóúü]/g, '');
  if (w.length === 0) return 0;
  if (w === 'y') return 1;
  w = w.replace(/y$/, 'i').replace(/([qg])u([eéií])/g, '$1$2');
  let count = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    count += 1;
    for (let i = 1; i < group.length; i++) {
      const a = group[i - 1]!;
      const b = group[i]!;
      const hiatus =
        (SPANISH_STRONG.has(a) && SPANISH_STRONG.has(b)) ||
        SPANISH_STRESSED_WEAK.has(a) ||
        SPANISH_STRESSED_WEAK.has(b);
      if (hiatus) count += 1;
    }
  }
  return Math.max(1, count);
}

interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

function statsOf(texts: string[], language: Language): TextStats {
  const count = language === 'en' ? englishSyllables : spanishSyllables;
  const stats: TextStats = { words: 0, sentences: 0, syllables: 0 };
  for (const text of texts) {
    const words = wordsOf(text);
    stats.words += words.length;
    stats.sentences += sentencesOf(text);
    stats.syllables += words.reduce((sum, word) => sum + count(word), 0);
  }
  return stats;
}

/** Flesch–Kincaid grade level: 0.39·(words/sentence) + 11.8·(syllables/word) − 15.59. */
function fleschKincaidGrade(s: TextStats): number {
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

/**
 * Fernández-Huerta reading ease for Spanish, in the corrected form
 * 206.84 − 60·(syllables/word) − 1.02·(words/sentence). Higher is easier; 70–80 reads as
 * "fairly easy", 80–90 as "easy".
 */
function fernandezHuerta(s: TextStats): number {
  return 206.84 - 60 * (s.syllables / s.words) - 1.02 * (s.words / s.sentences);
}

// ── Wording rules ────────────────────────────────────────────────────────────

/** Whole words (and their plain inflections) that no text a patient reads may contain. */
const FORBIDDEN: Record<Language, RegExp[]> = {
  en: [
    /\bdos(e|es|ed|ing|age)\b/i,
    /\bmg\b/i,
    /\bmedicat\w*/i,
    /\bmedicines?\b/i,
    /\bketamine\b/i,
    /\bdrugs?\b/i,
    /\bcur(e|es|ed|ing)\b/i,
    /\bsymptoms?\b/i,
    /\byou should\b/i,
    /\byou must\b/i,
  ],
  es: [
    /(?<!\p{L})dosis(?!\p{L})/iu,
    /(?<!\p{L})mg(?!\p{L})/iu,
    /(?<!\p{L})medicaci[oó]n(es)?(?!\p{L})/iu,
    /(?<!\p{L})medicamentos?(?!\p{L})/iu,
    /(?<!\p{L})medicinas?(?!\p{L})/iu,
    /(?<!\p{L})ketamina(?!\p{L})/iu,
    /(?<!\p{L})drogas?(?!\p{L})/iu,
    /(?<!\p{L})cura(s|r|rá|rán|d[oa]s?)?(?!\p{L})/iu,
    /(?<!\p{L})s[ií]ntomas?(?!\p{L})/iu,
    /(?<!\p{L})debes(?!\p{L})/iu,
    /(?<!\p{L})deber[ií]as(?!\p{L})/iu,
    /(?<!\p{L})tienes que(?!\p{L})/iu,
  ],
};

function forbiddenIn(text: string, language: Language): string[] {
  return FORBIDDEN[language].flatMap((pattern) => text.match(pattern)?.[0] ?? []);
}

/** Spanish marks each question and exclamation at both ends: every ¿ closed by ?, every ? opened by ¿. */
function spanishPunctuationProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [open, close] of [
    ['¿', '?'],
    ['¡', '!'],
  ] as const) {
    let isOpen = false;
    for (const ch of text) {
      if (ch === open) {
        if (isOpen) problems.push(`"${open}" opened twice`);
        isOpen = true;
      } else if (ch === close) {
        if (!isOpen) problems.push(`"${close}" without "${open}"`);
        isOpen = false;
      }
    }
    if (isOpen) problems.push(`"${open}" never closed by "${close}"`);
  }
  return problems;
}

const MAX_WORDS = 25;
const MAX_SENTENCES = 2;
const MAX_CHARS = 160;

const MAX_GRADE_LIBRARY = 7;
const MAX_GRADE_ONE_PROMPT = 9;
const MIN_EASE_LIBRARY = 70;
const MIN_EASE_ONE_PROMPT = 60;

/**
 * Every id that has shipped. Ids are stored with printed sheets, so an id that vanishes or
 * changes breaks the record of what a patient was given. Add new ids here; never remove one
 * (switch the prompt off instead).
 */
const SHIPPED_IDS = [
  'first-impressions',
  'small-shifts',
  'ups-and-downs',
  'looser-thoughts',
  'what-is-easier',
  'noticing-patterns',
  'since-you-started',
  'fear-of-slipping-back',
  'what-has-held',
  'your-own-usual',
  'first-night',
  'bedtime-and-waking',
  'sleep-shifts',
  'dreams',
  'steady-bedtime',
  'rested-mornings',
  'wind-down',
  'sleep-over-the-weeks',
  'sleep-in-busy-times',
  'someone-to-tell',
  'cared-for',
  'being-around-people',
  'someone-you-trust',
  'feeling-closer',
  'a-talk-put-off',
  'asking-for-help',
  'by-your-side',
  'people-close-by',
  'no-right-way',
  'words-for-a-friend',
  'a-hard-day',
  'not-a-straight-line',
  'inner-critic',
  'credit-for-showing-up',
  'thanks-to-yourself',
  'old-habits-of-thought',
  'when-things-pile-up',
  'body-since-the-session',
  'most-at-ease',
  'heavier-or-lighter',
  'moving-gently',
  'where-tension-sits',
  'feelings-in-the-body',
  'body-over-the-weeks',
  'slow-breath',
  'stress-in-the-body',
  'while-it-is-fresh',
  'image-sound-or-feeling',
  'no-need-to-understand',
  'still-on-your-mind',
  'for-therapy',
  'more-than-once',
  'a-moment-to-keep',
  'links-to-life-now',
  'a-gentler-evening',
  'one-small-step',
  'something-you-enjoyed',
  'room-for-what-is-easy',
  'questions-for-the-clinic',
  'habits-to-keep',
  'staying-steady',
  'busy-time-ahead',
];

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
    expect([...ids].sort()).toEqual([...SHIPPED_IDS].sort());
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

describe('take-home sheet wording', () => {
  it('has three lines for tonight and three or four for this week', () => {
    expect(wording.tonight).toHaveLength(3);
    expect(wording.thisWeek.length).toBeGreaterThanOrEqual(3);
    expect(wording.thisWeek.length).toBeLessThanOrEqual(4);
  });

  it('covers rest, the ride home and a quiet evening tonight', () => {
    const tonight = wording.tonight.map((line) => line.en).join(' ');
    expect(tonight).toMatch(/\brest\b/i);
    expect(tonight).toMatch(/do not drive/i);
    expect(tonight).toMatch(/takes you home/i);
    expect(tonight).toMatch(/quiet/i);
    expect(tonight).toMatch(/screen/i);
    const noche = wording.tonight.map((line) => line.es).join(' ');
    expect(noche).toMatch(/no manejes/i);
    expect(noche).toMatch(/pantallas/i);
  });

  it('covers sleep, stress and therapy this week', () => {
    const week = wording.thisWeek.map((line) => line.en).join(' ');
    expect(week).toMatch(/bed/i);
    expect(week).toMatch(/lighter|stress/i);
    expect(week).toMatch(/therapy/i);
  });

  it('compares with last week, not with others', () => {
    expect(wording.weeklyCheckIn.en).toMatch(/last week/i);
    expect(wording.weeklyCheckIn.en).toMatch(/not with other/i);
    expect(wording.weeklyCheckIn.es).toMatch(/no con otras personas/i);
  });

  it('names 988 and a local emergency number in both languages, and says 988 answers in Spanish', () => {
    for (const language of LANGUAGES) expect(wording.crisisLine[language]).toContain('988');
    expect(wording.crisisLine.en).toMatch(/call or text 988/i);
    expect(wording.crisisLine.en).toMatch(/emergency number/i);
    expect(wording.crisisLine.es).toMatch(/emergencias/i);
    expect(wording.crisisLine.es).toMatch(/en español/i);
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

  it('reads as easily as the prompts, the crisis line included', () => {
    expect(
      fleschKincaidGrade(
        statsOf(
          wordingLines.map((l) => l.en),
          'en',
        ),
      ),
    ).toBeLessThanOrEqual(MAX_GRADE_LIBRARY);
    expect(
      fernandezHuerta(
        statsOf(
          wordingLines.map((l) => l.es),
          'es',
        ),
      ),
    ).toBeGreaterThanOrEqual(MIN_EASE_LIBRARY);
    for (const line of wordingLines) {
      expect(fleschKincaidGrade(statsOf([line.en], 'en')), line.en).toBeLessThanOrEqual(MAX_GRADE_ONE_PROMPT);
      expect(fernandezHuerta(statsOf([line.es], 'es')), line.es).toBeGreaterThanOrEqual(MIN_EASE_ONE_PROMPT);
    }
  });
});
