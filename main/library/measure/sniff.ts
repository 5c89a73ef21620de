import type { ByteSource } from './byte-source';

/** What a file holds, told by its first bytes rather than its name. */
export type AudioKind =
  'mp3' | 'aac' | 'flac' | 'ogg' | 'wav' | 'mp4' | 'aiff' | 'wma' | 'ape' | 'wavpack' | 'midi' | 'apple-double';

export interface Sniffed {
  kind: AudioKind | null;
  /** Where the audio begins after any ID3v2 tags in front of it. */
  tagEnd: number;
}

/** Size of the ID3v2 tag at `offset` (0 when there is none). */
function id3v2Size(head: Buffer): number {
  if (head.length < 10 || head.toString('latin1', 0, 3) !== 'ID3') return 0;
  const size = ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
  return 10 + size + (head[5]! & 0x10 ? 10 : 0);
}

const isMpegSync = (b: Buffer, i = 0) => b[i] === 0xff && (b[i + 1]! & 0xe0) === 0xe0;

/** Tells the kind of audio from the bytes, past any ID3v2 tags (MP3s and some FLACs carry them). */
export async function sniff(source: ByteSource): Promise<Sniffed> {
  let tagEnd = 0;
  for (let guard = 0; guard < 4; guard++) {
    const size = id3v2Size(await source.read(tagEnd, 10));
    if (size === 0) break;
    tagEnd += size;
  }
  const head = await source.read(tagEnd, 64);
  const text = (from: number, to: number) => head.toString('latin1', from, to);
  let kind: AudioKind | null = null;
  if (head.length >= 4 && head.readUInt32BE(0) === 0x00051607) kind = 'apple-double';
  else if (text(0, 4) === 'fLaC') kind = 'flac';
  else if (text(0, 4) === 'OggS') kind = 'ogg';
  else if (text(0, 4) === 'RIFF' && text(8, 12) === 'WAVE') kind = 'wav';
  else if (text(4, 8) === 'ftyp') kind = 'mp4';
  else if (text(0, 4) === 'FORM' && /^AIF[FC]$/.test(text(8, 12))) kind = 'aiff';
  else if (head.length >= 16 && head.subarray(0, 16).toString('hex') === '3026b2758e66cf11a6d900aa0062ce6c')
    kind = 'wma';
  else if (text(0, 4) === 'MAC ') kind = 'ape';
  else if (text(0, 4) === 'wvpk') kind = 'wavpack';
  else if (text(0, 4) === 'MThd') kind = 'midi';
  else if (head.length >= 2 && head[0] === 0xff && (head[1]! & 0xf6) === 0xf0) kind = 'aac';
  else if (isMpegSync(head) || tagEnd > 0) kind = 'mp3';
  return { kind, tagEnd };
}
