import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Playlist } from '@domain/audio/playlist';
import type { LibraryTrack } from '@domain/library/track';
import type { RemovalResult, TrackUsage } from '@domain/library/track-removal';
import type { Journey } from '@domain/music/journey';
import { addCover, writeTone } from '../support/audio-fixtures';
import { services, tempDir } from '../support/services';

let music: string;

beforeAll(() => {
  music = tempDir();
  writeTone(path.join(music, 'kept.ogg'), { seconds: 2, tags: { TITLE: 'Kept' } });
  writeTone(path.join(music, 'going.ogg'), { seconds: 2, frequency: 330, tags: { TITLE: 'Going' } });
  addCover(
    writeTone(path.join(music, 'covered.flac'), { seconds: 2, frequency: 550, tags: { TITLE: 'Covered' } }),
    path.resolve('assets/icon.png'),
  );
});

/** The real services, the music imported in the given way, and the contract's handlers as the windows call them. */
async function room(mode: 'reference' | 'copy') {
  const app = services();
  const call = app.handlers as unknown as Record<string, (input: unknown) => unknown>;
  await call['library.import']!({ paths: [music], mode });
  const tracks = call['library.list']!({}) as LibraryTrack[];
  const id = (title: string) => tracks.find((t) => t.title === title)!.id;
  return { ...app, call, id };
}

/** Where the library keeps its own copy of a track's file. */
const copyOf = (dataDir: string, track: LibraryTrack) =>
  path.join(dataDir, 'library', (track.source as { kind: 'copy'; file: string }).file);

describe('removing tracks from the library, through the contract', () => {
  it('deletes the library’s own copy and cover of a copied track; a referenced file is never touched', async () => {
    const copied = await room('copy');
    const covered = (copied.call['library.list']!({}) as LibraryTrack[]).find((t) => t.title === 'Covered')!;
    const copy = copyOf(copied.dataDir, covered);
    const cover = path.join(copied.dataDir, 'library', covered.cover!);
    expect(fs.existsSync(copy) && fs.existsSync(cover)).toBe(true);
    const result = (await copied.call['library.remove']!({ trackIds: [covered.id] })) as RemovalResult;
    expect(result).toEqual({ removed: 1, afterSession: 0, playlistsDeleted: [] });
    expect(fs.existsSync(copy) || fs.existsSync(cover)).toBe(false);

    const referenced = await room('reference');
    await referenced.call['library.remove']!({ trackIds: [referenced.id('Going'), referenced.id('Kept')] });
    expect((referenced.call['library.list']!({}) as LibraryTrack[]).map((t) => t.title)).toEqual(['Covered']);
    expect(fs.existsSync(path.join(music, 'going.ogg')) && fs.existsSync(path.join(music, 'kept.ogg'))).toBe(true);
  });

  it('says first which playlists and journeys use a track, then takes it out of them', async () => {
    const { call, id } = await room('reference');
    const both = (await call['playlists.save']!({
      name: 'Both',
      crossfadeSec: 2,
      trackIds: [id('Kept'), id('Going')],
    })) as Playlist;
    const only = (await call['playlists.save']!({
      name: 'Only going',
      crossfadeSec: 2,
      trackIds: [id('Going')],
    })) as Playlist;
    const journey = (await call['journeys.save']!({
      name: 'Evening',
      description: '',
      coverTrackId: id('Going'),
      sounds: {
        opening: { playlistId: both.id },
        deep: { ambience: 'soft-rain' },
        closing: { ambience: 'soft-rain' },
        recovery: { ambience: 'soft-rain' },
      },
    })) as Journey;

    const usage = (await call['library.usage']!({ trackIds: [id('Going')] })) as TrackUsage;
    expect(usage).toEqual({
      playlists: [
        { id: both.id, name: 'Both', tracks: 1, emptied: false },
        { id: only.id, name: 'Only going', tracks: 1, emptied: true },
      ],
      journeys: [{ id: journey.id, name: 'Evening' }],
      inSession: [],
    });

    const result = (await call['library.remove']!({ trackIds: [id('Going')] })) as RemovalResult;
    expect(result.playlistsDeleted).toEqual(['Only going']);
    const playlists = call['playlists.list']!({}) as Playlist[];
    expect(playlists.map((p) => [p.name, p.tracks.map((t) => t.title)])).toEqual([['Both', ['Kept']]]);
    expect((call['journeys.list']!({}) as Journey[]).find((j) => j.id === journey.id)!.coverTrackId).toBeNull();
  });

  it('keeps a track the running session can still play until that session closes', async () => {
    const { call, id, session, clock } = await room('copy');
    const playlist = (await call['playlists.save']!({
      name: 'Tonight',
      crossfadeSec: 2,
      trackIds: [id('Going')],
    })) as Playlist;
    session.start('demo-3', playlist.id);
    const going = id('Going');

    expect(((await call['library.usage']!({ trackIds: [going] })) as TrackUsage).inSession).toEqual([going]);
    const result = (await call['library.remove']!({ trackIds: [going] })) as RemovalResult;
    expect(result).toEqual({ removed: 0, afterSession: 1, playlistsDeleted: ['Tonight'] });
    // The session still plays it from the library.
    expect((call['library.list']!({}) as LibraryTrack[]).map((t) => t.id)).toContain(going);

    clock.advance(60_000);
    session.control({ type: 'endTreatment' });
    clock.advance(61_000);
    await session.closeSession({ type: 'close', uncheckedConfirmed: true });
    await expect.poll(() => (call['library.list']!({}) as LibraryTrack[]).map((t) => t.id)).not.toContain(going);
  });
});
