import type { Language } from '@domain/sheet/prompt-types';

/*
 * Measures of the text a patient reads, in English and Spanish alike: words, sentences and
 * syllables, a reading level for each language, words no patient text may use, and Spanish
 * punctuation and register.
 */

// ── Text measures ────────────────────────────────────────────────────────────

/** Words of a text, with surrounding punctuation (¿ ? , . ¡ !) stripped. */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/** Sentences end in . ! or ? followed by a space or the end of the text. */
export function sentencesOf(text: string): number {
  return Math.max(1, text.match(/[.!?]+(?=\s|$)/g)?.length ?? 0);
}

/** English syllables: groups of vowels (y counts), less a silent final e. */
export function englishSyllables(word: string): number {
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
export function spanishSyllables(word: string): number {
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

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

export function statsOf(texts: string[], language: Language): TextStats {
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
export function fleschKincaidGrade(s: TextStats): number {
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

/**
 * Fernández-Huerta reading ease for Spanish, in the corrected form
 * 206.84 − 60·(syllables/word) − 1.02·(words/sentence). Higher is easier; 70–80 reads as
 * "fairly easy", 80–90 as "easy".
 */
export function fernandezHuerta(s: TextStats): number {
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

export function forbiddenIn(text: string, language: Language): string[] {
  return FORBIDDEN[language].flatMap((pattern) => text.match(pattern)?.[0] ?? []);
}

/** Spanish marks each question and exclamation at both ends: every ¿ closed by ?, every ? opened by ¿. */
export function spanishPunctuationProblems(text: string): string[] {
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

/**
 * Spanish that slips out of tú (usted, or vosotros as in Spain) or out of neutral Latin-American
 * words. Usted's commands are caught where a sentence starts with one, since inside a sentence
 * the same forms are tú's subjunctive ("pide a alguien que te lleve").
 */
const NOT_TU_OR_NOT_NEUTRAL: RegExp[] = [
  /(?<!\p{L})usted(es)?(?!\p{L})/iu,
  /(?<!\p{L})(vosotr[oa]s|os)(?!\p{L})/iu,
  /(?<!\p{L})\p{L}+(áis|éis)(?!\p{L})/iu,
  /(?:^|[.!?¿,]\s*)(llame|tome|escriba|anote|pregunte|maneje|descanse|duerma|piense|siga|pida|acuéstese)(?!\p{L})/iu,
  /(?<!\p{L})(conduc\p{L}*|conduz\p{L}*|coche|móvil|ordenador|vale|zumo|vuestr[oa]s?)(?!\p{L})/iu,
];

export function spanishRegisterProblems(text: string): string[] {
  return NOT_TU_OR_NOT_NEUTRAL.flatMap((pattern) => text.match(pattern)?.[0]?.trim() ?? []);
}
