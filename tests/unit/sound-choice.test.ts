import { describe, expect, test } from 'vitest';
import type { Playlist } from '@domain/audio/playlist';
import { BUILTIN_JOURNEYS } from '@domain/music/journey';
import { builtinPrograms } from '@domain/session/builtin-programs';
import { programLengths, roleFromPlace } from '../../renderer/src/screens/clinic/program-summary';
import {
  describeSound,
  journeySummary,
  playlistLabel,
  soundChoice,
  soundFromChoice,
} from '../../renderer/src/screens/clinic/sound-choice';

const piano: Playlist = {
  id: 'pl:1',
  name: 'Evening piano',
  crossfadeSec: 4,
  tracks: [
    { trackId: 'a', title: 'A', extension: 'ogg', durationSec: 60 },
    { trackId: 'b', title: 'B', extension: 'ogg', durationSec: 75 },
  ],
};

describe('choosing a sound', () => {
  test('a select value names a built-in ambience or a playlist, and reads back as the same sound', () => {
    expect(soundChoice({ ambience: 'soft-rain' })).toBe('ambience:soft-rain');
    expect(soundFromChoice('ambience:soft-rain')).toEqual({ ambience: 'soft-rain' });
    // A playlist id may itself hold a colon.
    expect(soundFromChoice(soundChoice({ playlistId: 'pl:1' }))).toEqual({ playlistId: 'pl:1' });
    expect(soundFromChoice('ambience:thunder')).toBeNull();
    expect(soundFromChoice('playlist:')).toBeNull();
  });

  test('playlists are offered with the length of one pass, as Library counts it; a deleted one says what plays instead', () => {
    // 60 s + 75 s, less two 4 s crossfades (the last track crosses back into the first).
    expect(playlistLabel(piano)).toBe('Evening piano (2 min 7 s)');
    expect(describeSound({ ambience: 'ocean-swell' }, [piano])).toBe('Ocean swell');
    expect(describeSound({ playlistId: 'gone' }, [piano])).toBe(
      'A playlist that no longer exists (built-in ambience plays)',
    );
  });

  test('a journey is summed up by its treatment sounds, each once, then recovery', () => {
    expect(journeySummary(BUILTIN_JOURNEYS[0]!, [])).toBe('Ocean swell · recovery: Soft rain');
    const mixed = {
      ...BUILTIN_JOURNEYS[0]!,
      sounds: { ...BUILTIN_JOURNEYS[0]!.sounds, deep: { playlistId: 'pl:1' } },
    };
    expect(journeySummary(mixed, [piano])).toBe('Ocean swell, then Evening piano (2 min 7 s) · recovery: Soft rain');
  });
});

describe('program summaries', () => {
  const iv40 = builtinPrograms().find((p) => p.id === 'iv-40')!;

  test('the lengths staff compare programs by', () => {
    expect(programLengths(iv40)).toBe('Settling in until the dose · treatment 40 min · recovery 30 min');
    const nasal = builtinPrograms().find((p) => p.id === 'intranasal')!;
    expect(programLengths(nasal)).toBe(
      'Settling in until the dose · treatment 1 h · recovery 1 h · at least 2 h from the dose',
    );
    const { phases, ...rest } = iv40;
    expect(programLengths({ ...rest, phases: phases.slice(1) })).toBe('Treatment 40 min · recovery 30 min');
  });

  test('the part of the journey a phase takes from its place, whatever role it was given', () => {
    const given = { ...iv40, phases: iv40.phases.map((p) => ({ ...p, role: 'deep' as const })) };
    expect([0, 1, 2, 3, 4].map((i) => roleFromPlace(given, i))).toEqual([
      'settling',
      'opening',
      'deep',
      'closing',
      'recovery',
    ]);
  });
});
