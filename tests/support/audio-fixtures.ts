import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a sine tone with sox: a known length and a known level (dBFS peak), optionally with
 * tags (Vorbis comments for ogg and flac). Test audio is always generated, never downloaded.
 */
export function writeTone(
  file: string,
  options: { seconds: number; frequency?: number; levelDb?: number; tags?: Record<string, string> },
): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const comments = Object.entries(options.tags ?? {}).flatMap(([key, value]) => ['--add-comment', `${key}=${value}`]);
  execFileSync('sox', [
    '-n',
    '-r',
    '44100',
    '-c',
    '2',
    ...comments,
    file,
    'synth',
    String(options.seconds),
    'sine',
    String(options.frequency ?? 440),
    'gain',
    '-n',
    String(options.levelDb ?? -12),
  ]);
  return file;
}

/** A file with an audio name and bytes that are not audio. */
export function writeCorrupt(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
  return file;
}

/** A file that decodes fine but holds only digital silence. */
export function writeSilence(file: string, seconds: number, tags: Record<string, string> = {}): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const comments = Object.entries(tags).flatMap(([key, value]) => ['--add-comment', `${key}=${value}`]);
  execFileSync('sox', ['-n', '-r', '44100', '-c', '2', ...comments, file, 'trim', '0', String(seconds)]);
  return file;
}

/** Embeds a cover picture in a FLAC file (metaflac, from Debian's flac package). */
export function addCover(flacFile: string, pictureFile: string): string {
  execFileSync('metaflac', [`--import-picture-from=${pictureFile}`, flacFile]);
  return flacFile;
}
