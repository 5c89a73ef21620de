// Library import rate: 1,000 generated files imported through the real web host, against
// the same files read by music-metadata alone (the floor the import cannot beat).
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

export async function importBench() {
  const folder = tempDir('import-files');
  for (let i = 0; i < FILES; i++) {
    fs.writeFileSync(path.join(folder, `tone-${String(i).padStart(4, '0')}.wav`), wav(2, 200 + i));
  }
  const files = fs.readdirSync(folder).map((name) => path.join(folder, name));

  let started = performance.now();
  for (const file of files) await parseFile(file, { duration: true });
  const baselineSec = (performance.now() - started) / 1000;

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
