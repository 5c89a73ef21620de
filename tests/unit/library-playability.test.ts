import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Playlist } from '@domain/audio/playlist';
import { mimeTypeOf, willNotPlay } from '@domain/library/playability';
import type { LibraryTrack } from '@domain/library/track';
import { writeTone } from '../support/audio-fixtures';
import { services, tempDir } from '../support/services';

let music: string;

beforeAll(() => {
  music = tempDir();
  writeTone(path.join(music, 'plays.ogg'), { seconds: 2, tags: { TITLE: 'Plays' } });
  writeTone(path.join(music, 'silent-here.flac'), { seconds: 2, frequency: 330, tags: { TITLE: 'Not here' } });
});

async function room() {
  const app = services();
  const call = app.handlers as unknown as Record<string, (input: unknown) => unknown>;
  await call['library.import']!({ paths: [music], mode: 'reference' });
  const tracks = () => call['library.list']!({}) as LibraryTrack[];
  const id = (title: string) => tracks().find((t) => t.title === title)!.id;
  return { ...app, call, tracks, id };
}

describe('a track this app cannot play', () => {
  it('is named with its codec, and the browser is asked about that codec', () => {
    const alac = { codec: 'ALAC', source: { kind: 'reference', path: '/m/rip.m4a' } } as const;
    expect(willNotPlay(alac)).toBe('Will not play here: Apple Lossless (ALAC)');
    expect(mimeTypeOf(alac)).toBe('audio/mp4; codecs="alac"');
    expect(mimeTypeOf({ codec: 'DVI_ADPCM', source: { kind: 'copy', file: 'files/x.wav' } })).toBe(
      'audio/wav; codecs="17"',
    );
  });

  it('is recorded as the renderer found it, and kept out of playlists with a reason', async () => {
    const { call, id, tracks } = await room();
    const changed = call['library.markPlayable']!({
      results: [
        { trackId: id('Plays'), playable: true },
        { trackId: id('Not here'), playable: false },
      ],
    }) as LibraryTrack[];
    expect(changed.map((t) => [t.title, t.playable])).toEqual(
      expect.arrayContaining([
        ['Plays', true],
        ['Not here', false],
      ]),
    );
    expect(tracks().find((t) => t.title === 'Not here')!.playable).toBe(false);
    expect(() =>
      call['playlists.save']!({ name: 'Evening', crossfadeSec: 2, trackIds: [id('Plays'), id('Not here')] }),
    ).toThrow('“Not here” will not play here (it is FLAC), so it cannot be in a playlist.');
  });

  it('found out after it went into a playlist, it is left out of the session that plays it', async () => {
    const { call, id, session } = await room();
    const playlist = call['playlists.save']!({
      name: 'Evening',
      crossfadeSec: 2,
      trackIds: [id('Plays'), id('Not here')],
    }) as Playlist;
    call['library.markPlayable']!({ results: [{ trackId: id('Not here'), playable: false }] });
    session.start('demo-3', playlist.id);
    const played = session.snapshot()!.run.playlists.flatMap((p) => p.tracks.map((t) => t.title));
    expect(played).toEqual(['Plays']);
  });
});
