// Builds the test collection: real files from Debian's encoders (sox, lame, flac, oggenc,
// opusenc, ffmpeg), covering what a clinic's own collection holds: CD rips, downloads, old
// iTunes files, odd names. Nothing is downloaded and nothing is kept in git: the files are
// made once into .cache/corpus/<hash of this script> and reused until the script changes.
// Prints the folder. `node tests/support/generate-corpus.mjs`
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(import.meta.url);
const hash = createHash('sha256').update(fs.readFileSync(script)).digest('hex').slice(0, 12);
const cacheRoot = process.env.STILLROOM_CORPUS_CACHE ?? path.resolve(path.dirname(script), '../../.cache/corpus');
const target = path.join(cacheRoot, hash);

const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
const quietFfmpeg = (...args) => run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);

/** A tone as 16-bit stereo WAV: the source every encoder below starts from. */
function tone(file, seconds, frequency, { rate = 44100, channels = 2 } = {}) {
  run('sox', [
    '-n',
    '-r',
    String(rate),
    '-c',
    String(channels),
    '-b',
    '16',
    file,
    'synth',
    String(seconds),
    'sine',
    String(frequency),
    'gain',
    '-n',
    '-12',
  ]);
  return file;
}

/** Keeps the first `fraction` of a file: a download or copy that stopped part way. */
function cutOff(from, to, fraction) {
  const bytes = fs.readFileSync(from);
  fs.writeFileSync(to, bytes.subarray(0, Math.floor(bytes.length * fraction)));
}

/** A 1×1 GIF, written out byte by byte. */
const GIF = Buffer.from(
  '47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b',
  'hex',
);

function build(dir) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-corpus-src-'));
  const src = (name) => path.join(work, name);
  const out = (name) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    return path.join(dir, name);
  };
  const manifest = [];
  const add = (name, expect = {}) => manifest.push({ file: name, ...expect });

  tone(src('20s.wav'), 20, 330);
  tone(src('60s.wav'), 60, 250);
  tone(src('10s.wav'), 10, 440);
  // Each file gets music of its own (tags aside, two files with the same audio are the same track).
  const own = (seconds, frequency) => tone(src(`${seconds}s-${frequency}.wav`), seconds, frequency);

  // MP3: CBR and VBR, with and without the Xing/Info frame that carries a length.
  run('lame', ['--quiet', '-b', '128', src('20s.wav'), out('mp3/cbr-info.mp3')]);
  run('lame', ['--quiet', '-b', '128', '-t', src('20s.wav'), out('mp3/cbr-no-info.mp3')]);
  run('lame', ['--quiet', '-V', '4', src('20s.wav'), out('mp3/vbr-xing.mp3')]);
  run('lame', ['--quiet', '-V', '4', '-t', src('20s.wav'), out('mp3/vbr-no-xing.mp3')]);
  for (const name of ['cbr-info', 'cbr-no-info', 'vbr-xing', 'vbr-no-xing']) add(`mp3/${name}.mp3`);

  // Tags: ID3v1 only, ID3v2.3 (UTF-16) and ID3v2.4 (UTF-8), with titles beyond Latin-1.
  run('lame', [
    '--quiet',
    '-b',
    '96',
    '--id3v1-only',
    '--tt',
    'Old tag',
    '--ta',
    'Old artist',
    own(5, 530),
    out('mp3/id3v1.mp3'),
  ]);
  add('mp3/id3v1.mp3', { title: 'Old tag', artist: 'Old artist' });
  quietFfmpeg(
    '-i',
    own(5, 540),
    '-c:a',
    'libmp3lame',
    '-b:a',
    '96k',
    '-id3v2_version',
    '3',
    '-metadata',
    'title=Тихая ночь 静かな夜',
    '-metadata',
    'artist=Хор',
    out('mp3/id3v23-utf16.mp3'),
  );
  add('mp3/id3v23-utf16.mp3', { title: 'Тихая ночь 静かな夜', artist: 'Хор' });
  quietFfmpeg(
    '-i',
    own(5, 550),
    '-c:a',
    'libmp3lame',
    '-b:a',
    '96k',
    '-id3v2_version',
    '4',
    '-metadata',
    'title=Ночь über Café ✦',
    out('mp3/id3v24.mp3'),
  );
  add('mp3/id3v24.mp3', { title: 'Ночь über Café ✦' });

  // Two hours of CBR without an Info frame: one minute's frames, 120 times over.
  run('lame', [
    '--quiet',
    '-b',
    '64',
    '-m',
    'm',
    '-t',
    tone(src('60s-mono.wav'), 60, 300, { channels: 1 }),
    src('60s-mono.mp3'),
  ]);
  const minute = fs.readFileSync(src('60s-mono.mp3'));
  fs.writeFileSync(out('mp3/two-hours.mp3'), Buffer.concat(Array.from({ length: 120 }, () => minute)));
  add('mp3/two-hours.mp3');

  // Cut-off downloads: each header still says 60 s; about 24 s of audio is really there.
  run('lame', ['--quiet', '-V', '4', src('60s.wav'), src('60s.mp3')]);
  cutOff(src('60s.mp3'), out('mp3/truncated.mp3'), 0.4);
  run('flac', ['--silent', '-o', src('60s.flac'), src('60s.wav')]);
  cutOff(src('60s.flac'), out('flac/truncated.flac'), 0.4);
  run('oggenc', ['--quiet', '-o', src('60s.ogg'), src('60s.wav')]);
  cutOff(src('60s.ogg'), out('ogg/truncated.ogg'), 0.4);
  cutOff(src('60s.wav'), out('wav/truncated.wav'), 0.4);
  for (const name of ['mp3/truncated.mp3', 'flac/truncated.flac', 'ogg/truncated.ogg', 'wav/truncated.wav'])
    add(name, { truncated: true });

  // FLAC with a back cover before the front one and two artists; one with a GIF cover.
  fs.copyFileSync(path.resolve(path.dirname(script), '../../assets/icon.png'), src('front.png'));
  quietFfmpeg('-f', 'lavfi', '-i', 'color=c=navy:s=64x64', '-frames:v', '1', src('back.png'));
  fs.writeFileSync(src('cover.gif'), GIF);
  run('flac', [
    '--silent',
    '-T',
    'TITLE=Two voices',
    '-T',
    'ARTIST=Ana Ruiz',
    '-T',
    'ARTIST=Ben Okafor',
    '-T',
    'ALBUM=Duets',
    '-o',
    out('flac/two-artists.flac'),
    src('10s.wav'),
  ]);
  run('metaflac', [`--import-picture-from=4|image/png|||${src('back.png')}`, out('flac/two-artists.flac')]);
  run('metaflac', [`--import-picture-from=3|image/png|||${src('front.png')}`, out('flac/two-artists.flac')]);
  add('flac/two-artists.flac', { title: 'Two voices', artist: 'Ana Ruiz, Ben Okafor', cover: 'front.png' });
  run('flac', ['--silent', '-T', 'TITLE=Gif cover', '-o', out('flac/gif-cover.flac'), own(5, 560)]);
  run('metaflac', [`--import-picture-from=3|image/gif|||${src('cover.gif')}`, out('flac/gif-cover.flac')]);
  add('flac/gif-cover.flac', { title: 'Gif cover', cover: 'cover.gif' });

  // A FLAC file named .mp3.
  run('flac', ['--silent', '-T', 'TITLE=Flac in disguise', '-o', out('flac/as-mp3.mp3'), own(10, 570)]);
  add('flac/as-mp3.mp3', { title: 'Flac in disguise', ending: 'flac' });

  // Ogg Vorbis, Opus, WAV, AAC in MP4, raw ADTS AAC.
  run('oggenc', ['--quiet', '-t', 'Vorbis tone', '-o', out('ogg/vorbis.ogg'), own(10, 580)]);
  run('opusenc', ['--quiet', '--title', 'Opus tone', own(10, 590), out('opus/tone.opus')]);
  fs.copyFileSync(own(10, 600), out('wav/pcm.wav'));
  quietFfmpeg('-i', own(10, 610), '-c:a', 'aac', '-b:a', '96k', out('m4a/aac.m4a'));
  quietFfmpeg('-i', own(10, 620), '-c:a', 'aac', '-b:a', '96k', '-f', 'adts', out('aac/adts.aac'));
  for (const name of ['ogg/vorbis.ogg', 'opus/tone.opus', 'wav/pcm.wav', 'm4a/aac.m4a', 'aac/adts.aac']) add(name);

  // What Chromium cannot play: Apple Lossless (iTunes rips) and IMA ADPCM WAV.
  quietFfmpeg('-i', own(5, 630), '-c:a', 'alac', out('m4a/alac.m4a'));
  add('m4a/alac.m4a', { playable: false, codec: 'ALAC' });
  quietFfmpeg('-i', own(5, 640), '-c:a', 'adpcm_ima_wav', out('wav/adpcm.wav'));
  add('wav/adpcm.wav', { playable: false, codec: 'ADPCM' });

  // Silence-framed twins: same size, same first and last 64 KB, different music in the middle.
  for (const [name, frequency] of [
    ['a', 440],
    ['b', 660],
  ]) {
    run('sox', [
      '-D',
      '-n',
      '-r',
      '44100',
      '-c',
      '2',
      '-b',
      '16',
      out(`twins/silence-framed-${name}.wav`),
      'synth',
      '3',
      'sine',
      String(frequency),
      'pad',
      '10',
      '10',
    ]);
    add(`twins/silence-framed-${name}.wav`);
  }

  // Under a second long; and a name that is not UTF-8 (Latin-1 "café").
  run('sox', ['-n', '-r', '44100', '-c', '2', out('short/blip.ogg'), 'synth', '0.4', 'sine', '880']);
  add('short/blip.ogg');
  fs.mkdirSync(path.join(dir, 'names'), { recursive: true });
  const latin1 = Buffer.concat([
    Buffer.from(path.join(dir, 'names') + path.sep),
    Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    Buffer.from('.ogg'),
  ]);
  run('sox', ['-n', '-r', '44100', '-c', '2', src('name.ogg'), 'synth', '2', 'sine', '600']);
  fs.copyFileSync(src('name.ogg'), latin1);
  add('names/caf\ufffd.ogg', { latin1Name: 'café.ogg' });

  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.rmSync(work, { recursive: true, force: true });
}

if (!fs.existsSync(path.join(target, 'manifest.json'))) {
  fs.mkdirSync(cacheRoot, { recursive: true });
  // Built aside and moved in whole, so a run that stops half way (or two at once) never leaves half a corpus.
  const building = fs.mkdtempSync(path.join(cacheRoot, `.building-${hash}-`));
  build(building);
  try {
    fs.renameSync(building, target);
  } catch {
    fs.rmSync(building, { recursive: true, force: true });
  }
  // Collections made by earlier versions of this script are not needed again.
  for (const old of fs.readdirSync(cacheRoot)) {
    if (old !== hash && !old.startsWith('.building-'))
      fs.rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
  }
}
process.stdout.write(target + '\n');
