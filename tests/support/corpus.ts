import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CorpusFile {
  file: string;
  title?: string;
  artist?: string;
  cover?: string;
  ending?: string;
  truncated?: boolean;
  playable?: boolean;
  codec?: string;
  latin1Name?: string;
}

/** The generated test collection (made once, then taken from the cache): its folder and what is in it. */
export function testCorpus(): { dir: string; files: CorpusFile[] } {
  const dir = execFileSync('node', [path.resolve('tests/support/generate-corpus.mjs')], { encoding: 'utf8' }).trim();
  return { dir, files: JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as CorpusFile[] };
}

/**
 * Seconds of audio a full decode gives (ffmpeg, every sample, resampled to 1 kHz mono so the
 * count is small): the reference the importer's measured lengths are held to.
 */
export function decodedSeconds(file: string): number {
  // ffmpeg takes its path as text; a copy under a plain name serves one that is not UTF-8.
  const plain = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-decode-')), `input${path.extname(file)}`);
  fs.copyFileSync(file, plain);
  const pcm = execFileSync(
    'ffmpeg',
    ['-hide_banner', '-loglevel', 'error', '-i', plain, '-ac', '1', '-ar', '1000', '-f', 's16le', '-'],
    { maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  fs.rmSync(path.dirname(plain), { recursive: true, force: true });
  return pcm.length / 2 / 1000;
}
