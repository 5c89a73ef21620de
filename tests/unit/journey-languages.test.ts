import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_JOURNEYS, journeyWords, StoredJourney, type Journey } from '@domain/music/journey';
import { services, tempDir } from '../support/services';

/** A journey as an earlier Stillroom saved it: English only. */
const { translations: _t, ...englishOnly } = { ...BUILTIN_JOURNEYS[0]!, id: 'clinic-shore', name: 'Shore' };

describe('a journey in two languages', () => {
  it('shows a patient reading Spanish its Spanish name and description, and English readers the English', () => {
    const ocean = BUILTIN_JOURNEYS.find((j) => j.id === 'builtin-ocean')!;
    expect(journeyWords(ocean, 'es')).toEqual({
      name: 'Mar, sin música',
      nameLang: 'es',
      description: 'Olas lentas de principio a fin, y lluvia suave mientras descansas.',
      descriptionLang: 'es',
    });
    expect(journeyWords(ocean, 'en')).toMatchObject({ name: 'Ocean, no music', nameLang: 'en' });
  });

  it('shows the English, marked as English, where the clinic has not written the Spanish yet', () => {
    const half: Journey = { ...BUILTIN_JOURNEYS[0]!, translations: { es: { name: 'Orilla', description: '' } } };
    expect(journeyWords(half, 'es')).toEqual({
      name: 'Orilla',
      nameLang: 'es',
      description: half.description,
      descriptionLang: 'en',
    });
  });

  it('is written in both languages for every built-in journey', () => {
    for (const journey of BUILTIN_JOURNEYS) {
      expect(journey.translations.es.name, journey.id).not.toBe('');
      expect(journey.translations.es.description, journey.id).not.toBe('');
      expect(journey.translations.es.name).not.toBe(journey.name);
    }
  });
});

describe('journeys saved before they had a Spanish name', () => {
  it('get an empty Spanish name and description, so Spanish readers see the English until the clinic writes one', () => {
    expect(StoredJourney.parse(englishOnly).translations).toEqual({ es: { name: '', description: '' } });
  });

  it('are brought up to date on disk when the app opens them', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'journeys.json'), JSON.stringify({ version: 1, items: [englishOnly] }));
    const app = services(dataDir);
    expect(app.notices).toEqual([]);
    const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'journeys.json'), 'utf8'));
    expect(onDisk.items[0].translations).toEqual({ es: { name: '', description: '' } });
    expect(onDisk.items[0].name).toBe('Shore');
  });
});
