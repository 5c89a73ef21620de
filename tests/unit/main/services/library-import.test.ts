import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryService } from '../../../../main/services/library-service';
import { PlaylistService } from '../../../../main/services/playlist-service';
import { writeTone } from '../../../support/audio-fixtures';
import { fileStores, tempDir } from '../../../support/services';

const library = () => new LibraryService(tempDir(), fileStores);
const reasonFor = (report: { failed: { path: string; reason: string }[] }, file: string) =>
  report.failed.find((f) => f.path === file)?.reason;

describe('importing forgives what it cannot use, and says what it left out', () => {
  it('follows links once: a linked folder is imported, a loop and a dangling link are named, a file met twice counts once', async () => {
    const outside = tempDir();
    writeTone(path.join(outside, 'far.ogg'), { seconds: 1, tags: { TITLE: 'Far away' } });
    const music = tempDir();
    writeTone(path.join(music, 'near.ogg'), { seconds: 1, tags: { TITLE: 'Near' } });
    fs.symlinkSync(outside, path.join(music, 'linked folder'));
    fs.symlinkSync(path.join(music, 'near.ogg'), path.join(music, 'same near.ogg'));
    fs.symlinkSync(music, path.join(music, 'loop'));
    fs.symlinkSync(path.join(music, 'gone.ogg'), path.join(music, 'dangling.ogg'));

    const lib = library();
    const report = await lib.import([music], 'reference');
    expect(
      lib
        .tracks()
        .map((t) => t.title)
        .sort(),
    ).toEqual(['Far away', 'Near']);
    expect(report.alreadyThere).toEqual([]);
    expect(reasonFor(report, path.join(music, 'loop'))).toMatch(/already looked through, so it was not followed again/);
    expect(reasonFor(report, path.join(music, 'dangling.ogg'))).toBe(
      `It is a link to ${path.join(music, 'gone.ogg')}, which does not exist, so it was left out.`,
    );
  });

  it('lists audio it cannot play with the reason, imports .m4b, and counts other files without listing them', async () => {
    const music = tempDir();
    writeTone(path.join(music, 'tone.ogg'), { seconds: 1 });
    for (const name of ['old.wma', 'studio.aiff', 'notes.mid']) fs.writeFileSync(path.join(music, name), 'x');
    fs.writeFileSync(path.join(music, 'cover.jpg'), 'x');
    execFileSync(
      'ffmpeg',
      ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'aac'].concat([
        path.join(music, 'chapter.m4b'),
      ]),
    );

    const report = await library().import([music], 'reference');
    expect(report.added).toBe(2);
    expect(reasonFor(report, path.join(music, 'old.wma'))).toMatch(
      /^Windows Media Audio \(WMA\) cannot be played here\. Convert/,
    );
    expect(reasonFor(report, path.join(music, 'studio.aiff'))).toMatch(/^AIFF audio cannot be played here/);
    expect(reasonFor(report, path.join(music, 'notes.mid'))).toMatch(/MIDI files hold notes/);
    expect(report.failed).toHaveLength(3);
    expect(report.notAudio).toBe(1);
  });

  describe('typed paths', () => {
    const home = process.env.HOME;
    afterEach(() => {
      process.env.HOME = home;
    });

    it('understands quotes, ~ for the home folder and file:// addresses, and refuses a relative path', async () => {
      const fakeHome = tempDir();
      process.env.HOME = fakeHome;
      writeTone(path.join(fakeHome, 'Music', 'My Songs', 'a.ogg'), { seconds: 1, tags: { TITLE: 'A' } });
      writeTone(path.join(fakeHome, 'b.ogg'), { seconds: 1, tags: { TITLE: 'B' } });
      writeTone(path.join(fakeHome, 'c d.ogg'), { seconds: 1, tags: { TITLE: 'C' } });

      const lib = library();
      const report = await lib.import(
        [
          `  "${path.join(fakeHome, 'Music', 'My Songs')}"  `,
          '~/b.ogg',
          `file://${path.join(fakeHome, 'c%20d.ogg')}`,
          'Music',
        ],
        'reference',
      );
      expect(
        lib
          .tracks()
          .map((t) => t.title)
          .sort(),
      ).toEqual(['A', 'B', 'C']);
      expect(report.failed).toEqual([
        { path: 'Music', reason: 'Type the full path, starting with / (or ~ for your home folder).' },
      ]);
    });
  });

  it('a name that is not UTF-8 is named clearly when referenced, and imported when copied', async () => {
    const music = tempDir();
    const latin1 = Buffer.concat([
      Buffer.from(music + path.sep),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      Buffer.from('.ogg'),
    ]);
    fs.writeFileSync(latin1, fs.readFileSync(writeTone(path.join(tempDir(), 'x.ogg'), { seconds: 1 })));

    const referenced = await library().import([music], 'reference');
    expect(referenced.added).toBe(0);
    expect(referenced.failed[0]!.reason).toBe(
      'Its name is not valid UTF-8 text (it may read “café.ogg”), so Stillroom cannot keep a reference to it. ' +
        'Rename it, or add it with “Copy it into Stillroom’s library”.',
    );
    expect(referenced.failed[0]!.path).toBe(path.join(music, 'caf\ufffd.ogg'));

    const lib = library();
    const copied = await lib.import([music], 'copy');
    expect(copied.failed).toEqual([]);
    expect(lib.tracks()[0]!.title).toBe('café');
    expect(fs.existsSync(lib.filePath(lib.tracks()[0]!.id)!)).toBe(true);
  });

  it('an empty file and a macOS “._” companion file are each told apart from damaged audio', async () => {
    const music = tempDir();
    fs.writeFileSync(path.join(music, 'unfinished.mp3'), '');
    const appleDouble = Buffer.concat([Buffer.from([0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0]), Buffer.alloc(4000)]);
    fs.writeFileSync(path.join(music, '._song.mp3'), appleDouble);
    fs.writeFileSync(path.join(music, 'renamed companion.mp3'), appleDouble);

    const report = await library().import([music], 'reference');
    expect(reasonFor(report, path.join(music, 'unfinished.mp3'))).toBe(
      'It is empty (0 bytes): perhaps a copy or download that did not finish.',
    );
    for (const name of ['._song.mp3', 'renamed companion.mp3']) {
      expect(reasonFor(report, path.join(music, name))).toMatch(/macOS “._” companion file/);
    }
  });

  it('a pipe typed as a path is refused at once instead of waiting for ever', async () => {
    const music = tempDir();
    execFileSync('mkfifo', [path.join(music, 'pipe.mp3')]);
    const report = await library().import([path.join(music, 'pipe.mp3'), music], 'reference');
    expect(report.failed).toEqual([
      { path: path.join(music, 'pipe.mp3'), reason: expect.stringMatching(/not an ordinary file \(a pipe/) },
      { path: path.join(music, 'pipe.mp3'), reason: expect.stringMatching(/not an ordinary file \(a pipe/) },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is skipped and named; the rest imports', async () => {
    // As root every folder can be read; tests/e2e/library-import.spec.ts runs this as another user.
    const music = tempDir();
    writeTone(path.join(music, 'ok.ogg'), { seconds: 1 });
    writeTone(path.join(music, 'System Volume Information', 'x.ogg'), { seconds: 1 });
    fs.chmodSync(path.join(music, 'System Volume Information'), 0o000);
    const report = await library().import([music], 'reference');
    expect(report.added).toBe(1);
    expect(reasonFor(report, path.join(music, 'System Volume Information'))).toMatch(/permission denied/);
  });
});

describe('a library from before whole-audio digests', () => {
  it('recognises its tracks by their whole audio, not their ends, and brings their fingerprints up to date', async () => {
    const music = tempDir();
    const a = path.join(music, 'a.wav');
    const b = path.join(music, 'b.wav');
    for (const [file, frequency] of [
      [a, 440],
      [b, 660],
    ] as const)
      execFileSync('sox', [
        '-D',
        '-n',
        '-r',
        '44100',
        '-c',
        '2',
        '-b',
        '16',
        file,
        'synth',
        '1',
        'sine',
        String(frequency),
        'pad',
        '2',
        '2',
      ]);
    const dataDir = tempDir();
    // As an earlier version wrote it: fingerprint by size and both ends, which the twins share.
    const ends = (file: string) => {
      const bytes = fs.readFileSync(file);
      const hash = createHash('sha256')
        .update(bytes.subarray(0, 65536))
        .update(bytes.subarray(bytes.length - 65536));
      return `${bytes.length}:${hash.digest('hex')}`;
    };
    const old = {
      id: 'old-a',
      title: 'A',
      artist: '',
      album: '',
      durationSec: 5,
      fingerprint: ends(a),
      source: { kind: 'reference', path: a },
      cover: null,
      importedAt: '2026-11-01T10:00:00.000Z',
      tags: [],
    };
    fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ version: 1, tracks: [old] }));
    const lib = new LibraryService(dataDir, fileStores);
    const report = await lib.import([music], 'reference');
    expect(report.alreadyThere).toEqual([{ path: a, track: 'A' }]);
    expect(report.added).toBe(1);
    expect(lib.track('old-a')!.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('lengths listed by an earlier version', () => {
  it('are measured again when the folder is imported again, and playlists show the new length', async () => {
    const music = tempDir();
    const cut = path.join(music, 'cut.wav');
    writeTone(cut, { seconds: 4 });
    const whole = fs.readFileSync(cut);
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const bytes = fs.readFileSync(cut);
    const ends = createHash('sha256')
      .update(bytes.subarray(0, 65536))
      .update(bytes.subarray(bytes.length - 65536));
    const dataDir = tempDir();
    const old = {
      ...{ id: 'old-cut', title: 'Cut', artist: '', album: '', cover: null, tags: [] },
      ...{ importedAt: '2026-11-01T10:00:00.000Z', source: { kind: 'reference', path: cut } },
      // As the header said: the whole four seconds.
      durationSec: 4,
      fingerprint: `${bytes.length}:${ends.digest('hex')}`,
    };
    fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ version: 1, tracks: [old] }));
    const lib = new LibraryService(dataDir, fileStores);
    const playlists = new PlaylistService(dataDir, fileStores, lib);
    playlists.save({ name: 'Old', crossfadeSec: 0, trackIds: ['old-cut'] });

    const report = await lib.import([music], 'reference');
    expect(report.alreadyThere).toEqual([{ path: cut, track: 'Cut' }]);
    expect(report.lengthsCorrected).toEqual([{ path: cut, headerSec: 4, measuredSec: expect.closeTo(2, 1) }]);
    expect(lib.track('old-cut')!.durationSec).toBeCloseTo(2, 1);
    expect(playlists.list()[0]!.tracks[0]!.durationSec).toBeCloseTo(2, 1);
  });
});
