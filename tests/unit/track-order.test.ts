import { describe, expect, it } from 'vitest';
import { searchTracks, sortTracks, type LibraryTrack } from '@domain/library/track';
import { formatLength } from '@domain/session/format';

const track = (title: string, extra: Partial<LibraryTrack> = {}): LibraryTrack => ({
  id: title,
  title,
  artist: '',
  album: '',
  durationSec: 60,
  fingerprint: title,
  source: { kind: 'reference', path: `/m/${title}.mp3` },
  cover: null,
  importedAt: '2026-11-01T10:00:00.000Z',
  tags: [],
  ...extra,
});

const library = [
  track('Zephyr', { artist: 'Ólafur', album: 'B side', trackNo: 1, durationSec: 30 }),
  track('Intro', { artist: 'ólafur', album: 'A side', trackNo: 2, durationSec: 200 }),
  track('Opening', { artist: 'Olafur', album: 'A side', trackNo: 1, durationSec: 0.4 }),
  track('Café au lait', { artist: 'Ana', album: 'Morning', importedAt: '2026-12-01T10:00:00.000Z' }),
  track('Untagged'),
];

describe('finding and ordering tracks', () => {
  it('search ignores accents and case', () => {
    expect(searchTracks(library, 'cafe').map((t) => t.title)).toEqual(['Café au lait']);
    expect(searchTracks(library, 'CAFÉ AU').map((t) => t.title)).toEqual(['Café au lait']);
    expect(searchTracks(library, 'OLAFUR').map((t) => t.title)).toEqual(['Zephyr', 'Intro', 'Opening']);
  });

  it('the list goes by artist, album, track number and title; untagged tracks come last', () => {
    expect(sortTracks(library).map((t) => t.title)).toEqual(['Café au lait', 'Opening', 'Intro', 'Zephyr', 'Untagged']);
  });

  it('sorts by any column, either way', () => {
    expect(
      sortTracks(library, 'length')
        .map((t) => t.title)
        .slice(0, 2),
    ).toEqual(['Opening', 'Zephyr']);
    expect(sortTracks(library, 'length', true)[0]!.title).toBe('Intro');
    expect(sortTracks(library, 'title').map((t) => t.title)).toEqual([
      'Café au lait',
      'Intro',
      'Opening',
      'Untagged',
      'Zephyr',
    ]);
    expect(sortTracks(library, 'added', true)[0]!.title).toBe('Café au lait');
  });

  it('lengths under a minute show seconds, under ten seconds tenths', () => {
    expect([0.4, 9.96, 42.7, 60, 3725].map(formatLength)).toEqual(['0.4 s', '9.9 s', '42 s', '1:00', '1:02:05']);
  });
});
