import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyLibraryChange, type LibraryChange } from '@domain/library/library-change';
import type { LibraryTrack } from '@domain/library/track';
import { libraryChangeWhileLocked } from '../../../../main/services/staff-screens';
import { writeTone } from '../../../support/audio-fixtures';
import { services, tempDir } from '../../../support/services';

let music: string;
let more: string;

beforeAll(() => {
  music = tempDir();
  writeTone(path.join(music, 'kept.ogg'), { seconds: 2, tags: { TITLE: 'Kept' } });
  writeTone(path.join(music, 'going.ogg'), { seconds: 2, frequency: 330, tags: { TITLE: 'Going' } });
  more = tempDir();
  writeTone(path.join(more, 'later.ogg'), { seconds: 2, frequency: 440, tags: { TITLE: 'Later' } });
});

/**
 * The real services and a window that read the library once and then only applies what main
 * announces: after every change it must hold exactly what main holds.
 */
async function roomWithWindow() {
  const app = services();
  const call = app.handlers as unknown as Record<string, (input: unknown) => unknown>;
  const list = () => call['library.list']!({}) as LibraryTrack[];
  const window = { tracks: list(), changes: [] as LibraryChange[] };
  app.onEvent((event, payload) => {
    if (event !== 'library.changed') return;
    window.changes.push(payload as LibraryChange);
    window.tracks = applyLibraryChange(window.tracks, payload as LibraryChange);
  });
  const id = (title: string) => list().find((t) => t.title === title)!.id;
  return { ...app, call, list, window, id };
}

describe('main announces every change to the library, whoever made it', () => {
  it('an import, a tag, a playability answer and a removal reach a window that never reads the list again', async () => {
    const { call, list, window, id } = await roomWithWindow();
    await call['library.import']!({ paths: [music], mode: 'reference' });
    expect(window.tracks.map((t) => t.title).sort()).toEqual(['Going', 'Kept']);

    await call['library.tag']!({ trackIds: [id('Kept')], tag: 'lyrics', on: true });
    expect(window.tracks.find((t) => t.title === 'Kept')!.tags).toEqual(['lyrics']);

    await call['library.markPlayable']!({ results: [{ trackId: id('Going'), playable: false }] });
    expect(window.tracks.find((t) => t.title === 'Going')!.playable).toBe(false);

    await call['library.remove']!({ trackIds: [id('Going')] });
    expect(window.tracks).toEqual(list());
    expect(window.tracks.map((t) => t.title)).toEqual(['Kept']);
  });

  it('sends what changed, not the whole library, for a change to a few tracks', async () => {
    const { call, window, id } = await roomWithWindow();
    await call['library.import']!({ paths: [music], mode: 'reference' });
    window.changes.length = 0;
    await call['library.tag']!({ trackIds: [id('Kept')], tag: 'voices', on: true });
    expect(window.changes).toEqual([
      { kind: 'tracks', upserted: [expect.objectContaining({ title: 'Kept' })], removed: [] },
    ]);
    // Nothing changed, nothing said.
    await call['library.tag']!({ trackIds: [id('Kept')], tag: 'voices', on: true });
    expect(window.changes).toHaveLength(1);
  });

  it('a track kept for the running session leaves the window when the session closes', async () => {
    const { call, list, window, id, session, clock } = await roomWithWindow();
    await call['library.import']!({ paths: [music], mode: 'copy' });
    const playlist = (await call['playlists.save']!({ name: 'Tonight', crossfadeSec: 2, trackIds: [id('Going')] })) as {
      id: string;
    };
    session.start('demo-3', playlist.id);
    await call['library.remove']!({ trackIds: [id('Going')] });
    expect(window.tracks.map((t) => t.title)).toContain('Going');

    clock.advance(60_000);
    session.control({ type: 'endTreatment' });
    clock.advance(61_000);
    await session.closeSession({ type: 'close', uncheckedConfirmed: true });
    await expect.poll(() => window.tracks.map((t) => t.title)).toEqual(['Kept']);
    expect(window.tracks).toEqual(list());
  });

  it('a pack that brings tracks, and the backup restored after it, leave the window holding what main holds', async () => {
    const source = await roomWithWindow();
    await source.call['library.import']!({ paths: [music], mode: 'copy' });
    await source.call['playlists.save']!({ name: 'Both', crossfadeSec: 2, trackIds: source.list().map((t) => t.id) });
    const pack = path.join(tempDir(), 'with-audio.zip');
    await source.call['pack.export']!({ path: pack, includeAudio: true });

    const room = await roomWithWindow();
    await room.call['library.import']!({ paths: [more], mode: 'reference' });
    await room.call['pack.import']!({ path: pack });
    expect(room.window.tracks.map((t) => t.title).sort()).toEqual(['Going', 'Kept', 'Later']);
    expect(room.window.tracks).toEqual(room.list());

    await room.call['pack.restoreBackup']!({});
    expect(room.window.tracks.map((t) => t.title)).toEqual(['Later']);
    expect(room.window.tracks).toEqual(room.list());
  });
});

describe('a window applying a library change', () => {
  const track = (id: string, title = id) => ({ id, title }) as LibraryTrack;

  it('keeps the order it has, replaces changed tracks in place and adds new ones last', () => {
    const before = [track('a'), track('b'), track('c')];
    const after = applyLibraryChange(before, {
      kind: 'tracks',
      upserted: [track('d'), track('b', 'B tagged')],
      removed: ['a'],
    });
    expect(after.map((t) => t.title)).toEqual(['B tagged', 'c', 'd']);
    expect(before.map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });

  it('takes the whole list when main sends it', () => {
    expect(applyLibraryChange([track('a')], { kind: 'all', tracks: [track('z')] })).toEqual([track('z')]);
  });
});

describe('a library change heard while the patient screen is shown', () => {
  const track = {
    id: 't',
    title: 'Harbor',
    source: { kind: 'reference', path: '/home/clinic/Music/Private folder/harbor.ogg' },
  } as LibraryTrack;

  it('names the files, never the folders they lie in, as library.list does while locked', () => {
    const locked = [
      libraryChangeWhileLocked({ kind: 'tracks', upserted: [track], removed: ['gone'] }),
      libraryChangeWhileLocked({ kind: 'all', tracks: [track] }),
    ];
    expect(JSON.stringify(locked)).not.toContain('Private folder');
    expect(locked[0]).toEqual({
      kind: 'tracks',
      upserted: [{ ...track, source: { kind: 'reference', path: 'harbor.ogg' } }],
      removed: ['gone'],
    });
  });
});
