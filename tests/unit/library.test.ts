import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LibraryService } from '../../main/services/library-service';
import { PlaylistService } from '../../main/services/playlist-service';
import { searchTracks } from '@domain/library/track';
import { addCover, writeCorrupt, writeTone } from '../support/audio-fixtures';
import { fileStores, tempDir } from '../support/services';

let music: string;

beforeAll(() => {
  music = tempDir();
  writeTone(path.join(music, 'piano.ogg'), {
    seconds: 3,
    tags: { TITLE: 'Calm piano', ARTIST: 'Room Ensemble', ALBUM: 'Evenings' },
  });
  writeTone(path.join(music, 'odd.flac'), {
    seconds: 2,
    frequency: 220,
    tags: { TITLE: 'Ñandú\u0007 – 静かな 🌙 ' + 'x'.repeat(400), ARTIST: '' },
  });
  writeTone(path.join(music, 'nested', 'deeper', 'untagged.wav'), { seconds: 1.5 });
  addCover(
    writeTone(path.join(music, 'covered.flac'), { seconds: 1, tags: { TITLE: 'With a cover' } }),
    path.resolve('assets/icon.png'),
  );
  writeCorrupt(path.join(music, 'broken.mp3'));
  fs.writeFileSync(path.join(music, 'notes.txt'), 'not music');
});

describe('the music library', () => {
  it('imports a folder: reads tags and lengths, lists the bad file with its reason, ignores non-audio', async () => {
    const library = new LibraryService(tempDir(), fileStores);
    const progress: number[] = [];
    const report = await library.import([music], 'reference', (p) => progress.push(p.done));

    expect(report.added).toBe(4);
    expect(report.failed).toEqual([
      { path: path.join(music, 'broken.mp3'), reason: expect.stringMatching(/could not|damaged/) },
    ]);
    expect(progress.at(-1)).toBe(5);
    const covered = library.tracks().find((t) => t.title === 'With a cover')!;
    expect(fs.readFileSync(path.join(library.folder, covered.cover!))).toEqual(fs.readFileSync('assets/icon.png'));
    expect(library.tracks().filter((t) => t.cover !== null)).toHaveLength(1);

    const byTitle = Object.fromEntries(library.tracks().map((t) => [t.title.slice(0, 12), t]));
    expect(byTitle['Calm piano']).toMatchObject({ artist: 'Room Ensemble', album: 'Evenings' });
    expect(byTitle['Calm piano']!.durationSec).toBeCloseTo(3, 1);
    expect(byTitle['untagged']!.durationSec).toBeCloseTo(1.5, 1);
    const odd = library.tracks().find((t) => t.title.startsWith('Ñandú'))!;
    expect([...odd.title].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
    expect(odd.title.length).toBeLessThanOrEqual(300);
    expect(odd.title).toContain('静かな 🌙');
  });

  it('does not duplicate a file imported twice, even under another name', async () => {
    const library = new LibraryService(tempDir(), fileStores);
    await library.import([path.join(music, 'piano.ogg')], 'reference');
    const copy = path.join(tempDir(), 'renamed.ogg');
    fs.copyFileSync(path.join(music, 'piano.ogg'), copy);
    const again = await library.import([path.join(music, 'piano.ogg'), copy], 'reference');
    // The report names each file and the track it matched.
    expect(again).toEqual({
      added: 0,
      alreadyThere: [
        { path: path.join(music, 'piano.ogg'), track: 'Calm piano — Room Ensemble' },
        { path: copy, track: 'Calm piano — Room Ensemble' },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)),
      failed: [],
      notAudio: 0,
      lengthsCorrected: [],
    });
    expect(library.tracks()).toHaveLength(1);
  });

  it('copies files into the library folder when asked, so the original can go', async () => {
    const dataDir = tempDir();
    const source = path.join(tempDir(), 'gone-soon.ogg');
    writeTone(source, { seconds: 1 });
    const library = new LibraryService(dataDir, fileStores);
    await library.import([source], 'copy');
    fs.rmSync(source);
    const [track] = library.tracks();
    const file = library.filePath(track!.id)!;
    expect(file.startsWith(path.join(dataDir, 'library'))).toBe(true);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('says clearly when a chosen path does not exist or is not audio, and keeps the library as it was', async () => {
    const library = new LibraryService(tempDir(), fileStores);
    const report = await library.import(['/no/such/folder', path.join(music, 'notes.txt')], 'reference');
    expect(report.added).toBe(0);
    expect(report.failed.map((f) => f.reason)).toEqual([
      'It does not exist or cannot be opened.',
      expect.stringContaining('Not an audio file'),
    ]);
    expect(library.tracks()).toEqual([]);
  });

  it('finds tracks by any word of title, artist or album, and by length', async () => {
    const library = new LibraryService(tempDir(), fileStores);
    await library.import([music], 'reference');
    const tracks = library.tracks();
    expect(searchTracks(tracks, 'room EVENINGS').map((t) => t.title)).toEqual(['Calm piano']);
    expect(searchTracks(tracks, 'nothing like this')).toEqual([]);
    expect(searchTracks(tracks, '', 'short')).toHaveLength(4);
    expect(searchTracks(tracks, '', 'long')).toHaveLength(0);
  });
});

describe('a library from an earlier version', () => {
  it('opens with every track untagged, written back once, and tags can then be set', () => {
    const dataDir = tempDir();
    const track = {
      id: 'abc',
      title: 'Old piece',
      artist: '',
      album: '',
      durationSec: 90,
      fingerprint: '1:x',
      source: { kind: 'reference', path: '/music/old.ogg' },
      cover: null,
      importedAt: '2026-11-01T10:00:00.000Z',
    };
    fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ version: 1, tracks: [track] }));
    const library = new LibraryService(dataDir, fileStores);
    expect(library.notice).toBeNull();
    expect(library.tracks()).toEqual([{ ...track, tags: [] }]);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'library.json'), 'utf8')).tracks[0].tags).toEqual([]);
    library.setTag(['abc'], 'piano', true);
    expect(new LibraryService(dataDir, fileStores).tagsOf('abc')).toEqual(['piano']);
  });
});

describe('playlists', () => {
  it('keep the order staff chose and take titles and lengths from the library', async () => {
    const dataDir = tempDir();
    const library = new LibraryService(dataDir, fileStores);
    await library.import([music], 'reference');
    const ids = library.tracks().map((t) => t.id);
    const playlists = new PlaylistService(dataDir, fileStores, library);
    const saved = playlists.save({ name: 'Evening', crossfadeSec: 4, trackIds: [ids[2]!, ids[0]!] });
    expect(saved.tracks.map((t) => t.trackId)).toEqual([ids[2], ids[0]]);
    expect(saved.tracks[0]!.durationSec).toBe(library.track(ids[2]!)!.durationSec);
    expect(new PlaylistService(dataDir, fileStores, library).list()).toEqual([saved]);
  });

  it('refuses a track that is not in the library and leaves the playlists as they were', () => {
    const dataDir = tempDir();
    const playlists = new PlaylistService(dataDir, fileStores, new LibraryService(dataDir, fileStores));
    expect(() => playlists.save({ name: 'X', crossfadeSec: 4, trackIds: ['ghost'] })).toThrow(
      /no longer in the library/,
    );
    expect(playlists.list()).toEqual([]);
  });
});
