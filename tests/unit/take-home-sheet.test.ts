import { describe, expect, it } from 'vitest';
import { defaultClinicConfig, type ClinicConfig } from '@domain/clinic/clinic-config';
import { BUILTIN_PROMPTS } from '@domain/sheet/builtin-prompts';
import { clinicPromptLibrary } from '@domain/sheet/prompt-library';
import { choosePrompts, PROMPTS_PER_SHEET } from '@domain/sheet/prompt-selection';
import { LANGUAGES, type IntegrationPrompt, type SeriesStage } from '@domain/sheet/prompt-types';
import { seriesStage } from '@domain/sheet/series';
import { SHEET_DICTIONARIES } from '@domain/sheet/sheet-dictionary';
import { composeTakeHomeSheet } from '@domain/sheet/take-home-sheet';
import { T0 } from '../support/runs';

const clinic = (changes: Partial<ClinicConfig> = {}): ClinicConfig => ({ ...defaultClinicConfig(1234), ...changes });
const ids = (prompts: { id: string }[]) => prompts.map((p) => p.id);

describe('where a session falls in the series', () => {
  it('names the first, early, middle, last-of-series and maintenance sessions of a six-session series', () => {
    const stages = [1, 2, 3, 4, 5, 6, 7, 20].map((n) => seriesStage(n, 6));
    expect(stages).toEqual([
      'first',
      'early',
      'early',
      'middle',
      'middle',
      'lastOfSeries',
      'maintenance',
      'maintenance',
    ]);
    expect(seriesStage(null, 6)).toBeNull();
    // A short series has no middle.
    expect([1, 2, 3, 4].map((n) => seriesStage(n, 3))).toEqual(['first', 'early', 'lastOfSeries', 'maintenance']);
  });
});

describe('choosing prompts', () => {
  const library = BUILTIN_PROMPTS;

  it('chooses only prompts meant for the stage, each of a different theme', () => {
    for (let session = 1; session <= 12; session++) {
      const stage = seriesStage(session, 6) as SeriesStage;
      const chosen = choosePrompts({ library, sessionNumber: session, inductionSessions: 6, seed: 7 });
      expect(chosen).toHaveLength(PROMPTS_PER_SHEET);
      for (const prompt of chosen) expect(prompt.stages, `session ${session}`).toContain(stage);
      expect(new Set(chosen.map((p) => p.theme)).size).toBe(chosen.length);
    }
  });

  it('never repeats a prompt from the sheet before, through a whole series and beyond', () => {
    for (const seed of [1, 99, 123456789]) {
      let previous: IntegrationPrompt[] = [];
      for (let session = 1; session <= 30; session++) {
        const chosen = choosePrompts({ library, sessionNumber: session, inductionSessions: 6, seed });
        expect(
          chosen.filter((p) => previous.includes(p)),
          `seed ${seed}, session ${session}`,
        ).toEqual([]);
        previous = chosen;
      }
    }
  });

  it('gives the same sheet for the same seed and session, and other sheets for other seeds', () => {
    const options = { library, sessionNumber: 4, inductionSessions: 6 };
    expect(ids(choosePrompts({ ...options, seed: 42 }))).toEqual(ids(choosePrompts({ ...options, seed: 42 })));
    const differing = [1, 2, 3, 4, 5].filter(
      (seed) => ids(choosePrompts({ ...options, seed })).join() !== ids(choosePrompts({ ...options, seed: 42 })).join(),
    );
    expect(differing.length).toBeGreaterThanOrEqual(4);
  });

  it('leaves out prompts the clinic switched off and takes its own', () => {
    const first = BUILTIN_PROMPTS.filter((p) => p.stages.includes('first'));
    const own: IntegrationPrompt = {
      id: 'clinic-garden',
      stages: ['first'],
      theme: 'body',
      text: {
        en: 'Is there a place outside where you feel calm?',
        es: '¿Hay un lugar afuera donde te sientas en calma?',
      },
      enabled: true,
    };
    const config = clinic({
      promptOverrides: Object.fromEntries(first.slice(1).map((p) => [p.id, { enabled: false }])),
      customPrompts: [own],
    });
    const chosen = choosePrompts({
      library: clinicPromptLibrary(config),
      sessionNumber: 1,
      inductionSessions: 6,
      seed: 3,
    });
    expect(ids(chosen).sort()).toEqual([first[0]!.id, own.id].sort());
  });

  it('still fills a sheet from a library too small to avoid every repeat', () => {
    const tiny = BUILTIN_PROMPTS.filter((p) => p.stages.includes('maintenance')).slice(0, 5);
    const chosen = choosePrompts({ library: tiny, sessionNumber: 12, inductionSessions: 6, seed: 1 });
    expect(chosen).toHaveLength(PROMPTS_PER_SHEET);
  });
});

describe('the sheet', () => {
  const base = { sessionStartedAt: T0, sessionId: 'run-1', intention: '' };

  it('is written wholly in the chosen language, with the clinic’s phone and the crisis line', () => {
    const config = clinic({ clinicName: 'Harbor Clinic', clinicPhone: '555 0100' });
    const en = composeTakeHomeSheet({ ...base, clinic: config, language: 'en', sessionNumber: 2 });
    const es = composeTakeHomeSheet({ ...base, clinic: config, language: 'es', sessionNumber: 2 });
    expect(ids(en.prompts)).toEqual(ids(es.prompts));
    for (const [i, prompt] of es.prompts.entries()) {
      const source = BUILTIN_PROMPTS.find((p) => p.id === prompt.id)!;
      expect(prompt.text).toBe(source.text.es);
      expect(en.prompts[i]!.text).toBe(source.text.en);
    }
    expect(en.crisisLine).toContain('988');
    expect(es.crisisLine).toContain('988');
    expect(es.tonight.join(' ')).toMatch(/manejes/);
    expect(en.clinicPhone).toBe('555 0100');
    expect(en.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('uses the clinic’s own wording where it rewrote it, and keeps the intention only as typed', () => {
    const config = clinic({
      sheetWording: { crisisLine: { en: 'Call 112 in an emergency.', es: 'Llama al 112 en una emergencia.' } },
    });
    const sheet = composeTakeHomeSheet({
      ...base,
      clinic: config,
      language: 'es',
      sessionNumber: null,
      intention: '  Descansar  ',
    });
    expect(sheet.crisisLine).toBe('Llama al 112 en una emergencia.');
    expect(sheet.intention).toBe('Descansar');
    expect(composeTakeHomeSheet({ ...base, clinic: config, language: 'en', sessionNumber: null }).intention).toBeNull();
  });
});

describe('the sheet’s own words', () => {
  it('exist in every language, none empty, none left in English in the Spanish sheet', () => {
    const keys = Object.keys(SHEET_DICTIONARIES.en).sort();
    for (const language of LANGUAGES) {
      const words = SHEET_DICTIONARIES[language];
      expect(Object.keys(words).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(words)) {
        const text = typeof value === 'function' ? (value.length === 1 ? value(3) : value('Clinic', '555')) : value;
        expect(String(text).trim(), `${language}.${key}`).not.toBe('');
      }
    }
    for (const key of keys.filter((k) => k !== 'locale' && k !== 'languageName')) {
      const en = SHEET_DICTIONARIES.en[key as keyof typeof SHEET_DICTIONARIES.en];
      const es = SHEET_DICTIONARIES.es[key as keyof typeof SHEET_DICTIONARIES.es];
      const say = (v: unknown) => (typeof v === 'function' ? (v as (...a: unknown[]) => string)('Clinic', '555') : v);
      expect(say(es), key).not.toBe(say(en));
    }
  });
});
