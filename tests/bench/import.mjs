// Library import rate: 1,000 generated files, and the generated test collection (CD rips,
// downloads, a two-hour MP3 ...), imported through the real web host, each against the same
// files read by music-metadata alone one at a time, as imports used to (with {duration: true},
// which scans MP3s itself). For the collection it also prints how far each measured length is
// from a full ffmpeg decode.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseFile } from 'music-metadata';
import { ratio, request, startHost, tempDir } from './support.mjs';

const FILES = Number(process.env.BENCH_IMPORT_FILES ?? 1000);
const RATE = 22_050;

/** A short mono WAV tone; each file gets its own frequency, so none is a duplicate. */
function wav(seconds, frequency) {
  const samples = Math.round(seconds * RATE);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(RATE, 24);
  buffer.writeUInt32LE(RATE * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    buffer.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * frequency * i) / RATE)), 44 + i * 2);
  }
  return buffer;
}

/** Seconds of audio in a full decode (ffmpeg, resampled to 1 kHz mono so the count stays small). */
function decodedSeconds(file) {
  const pcm = execFileSync(
    'ffmpeg',
    ['-loglevel', 'quiet', '-i', file, '-ac', '1', '-ar', '1000', '-f', 's16le', '-'],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return pcm.length / 2 / 1000;
}

/** The generated collection: import rate, and each measured length against a full decode. */
async function corpusBench() {
  const dir = execFileSync('node', ['tests/support/generate-corpus.mjs'], { encoding: 'utf8' }).trim();
  const files = execFileSync('find', [dir, '-type', 'f', '!', '-name', 'manifest.json'], { encoding: 'buffer' })
    .toString('latin1')
    .split('\n')
    .filter(Boolean)
    .map((f) => Buffer.from(f, 'latin1').toString('utf8'));
  const megabytes = Number(execFileSync('du', ['-sm', dir], { encoding: 'utf8' }).split('\t')[0]);

  let started = performance.now();
  for (const file of files) await parseFile(file, { duration: true }).catch(() => null);
  const baselineSec = (performance.now() - started) / 1000;

  const host = await startHost(tempDir('import-corpus'));
  try {
    started = performance.now();
    const report = await request(host.url, 'library.import', { paths: [dir], mode: 'reference' });
    const importSec = (performance.now() - started) / 1000;
    const tracks = await request(host.url, 'library.list', {});
    let worst = { off: 0, title: '' };
    for (const track of tracks) {
      const off = Math.abs(track.durationSec - decodedSeconds(track.source.path));
      if (off > worst.off) worst = { off, title: track.title };
    }
    console.log('\nLibrary import, generated collection (web host, 1 request)');
    console.log(
      `  files: ${files.length} (${megabytes} MB, one of 2 hours), added ${report.added}, failed ${report.failed.length}`,
    );
    console.log(`  Stillroom import: ${(files.length / importSec).toFixed(1)} files/s (${importSec.toFixed(2)} s)`);
    console.log(
      `  baseline, music-metadata alone with {duration: true}: ${(files.length / baselineSec).toFixed(1)} files/s; Stillroom/baseline time ${ratio(importSec, baselineSec)}`,
    );
    console.log(
      `  lengths against a full ffmpeg decode: largest difference ${worst.off.toFixed(3)} s (${worst.title})`,
    );
    console.log(`  lengths corrected: ${report.lengthsCorrected.length}; already there: ${report.alreadyThere.length}`);
    return [
      {
        measure: `Library import, generated collection (${files.length} files, ${megabytes} MB)`,
        result: `${(files.length / importSec).toFixed(1)} files/s; lengths within ${worst.off.toFixed(2)} s of a full decode`,
        baseline: `music-metadata alone: ${(files.length / baselineSec).toFixed(1)} files/s`,
        ratio: ratio(importSec, baselineSec),
      },
    ];
  } finally {
    host.stop();
  }
}

export async function importBench() {
  const folder = tempDir('import-files');
  for (let i = 0; i < FILES; i++) {
    fs.writeFileSync(path.join(folder, `tone-${String(i).padStart(4, '0')}.wav`), wav(2, 200 + i));
  }
  const files = fs.readdirSync(folder).map((name) => path.join(folder, name));

  let started = performance.now();
  for (const file of files) await parseFile(file, { duration: true });
  const baselineSec = (performance.now() - started) / 1000;
  const corpusRows = await corpusBench();

  const host = await startHost(tempDir('import-data'));
  try {
    started = performance.now();
    const report = await request(host.url, 'library.import', { paths: [folder], mode: 'reference' });
    const importSec = (performance.now() - started) / 1000;
    console.log('\nLibrary import (web host, 1 request)');
    console.log(`  files: ${FILES}, added ${report.added}, failed ${report.failed.length}`);
    console.log(`  Stillroom import: ${(FILES / importSec).toFixed(0)} files/s (${importSec.toFixed(2)} s)`);
    console.log(
      `  baseline, music-metadata alone one file at a time: ${(FILES / baselineSec).toFixed(0)} files/s; Stillroom/baseline time ${ratio(importSec, baselineSec)}`,
    );
    return [
      ...corpusRows,
      {
        measure: `Library import, ${FILES} files`,
        result: `${(FILES / importSec).toFixed(0)} files/s`,
        baseline: `music-metadata alone: ${(FILES / baselineSec).toFixed(0)} files/s`,
        ratio: ratio(importSec, baselineSec),
      },
    ];
  } finally {
    host.stop();
  }
}
