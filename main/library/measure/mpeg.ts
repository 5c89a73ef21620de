import type { ByteSource } from './byte-source';

/** kbit/s by [version 1?][layer][index]. */
const BITRATES = {
  v1: {
    1: [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    2: [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  },
  v2: {
    1: [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    3: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  },
} as const;
const RATES = [44100, 48000, 32000];

export interface MpegFrame {
  size: number;
  samples: number;
  sampleRate: number;
  /** Bytes of side information after the header (where a Xing or Info header would start). */
  sideInfo: number;
}

/** The MPEG audio frame whose header starts at `b[i]`, or null when these bytes are no frame header. */
export function mpegFrameAt(b: Buffer, i: number): MpegFrame | null {
  if (i + 4 > b.length || b[i] !== 0xff || (b[i + 1]! & 0xe0) !== 0xe0) return null;
  const versionBits = (b[i + 1]! >> 3) & 3;
  const layer = 4 - ((b[i + 1]! >> 1) & 3);
  const bitrateIndex = b[i + 2]! >> 4;
  const rateIndex = (b[i + 2]! >> 2) & 3;
  if (versionBits === 1 || layer === 4 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const v1 = versionBits === 3;
  const sampleRate = RATES[rateIndex]! / (v1 ? 1 : versionBits === 2 ? 2 : 4);
  const bitrate = BITRATES[v1 ? 'v1' : 'v2'][layer as 1 | 2 | 3][bitrateIndex]! * 1000;
  const padding = (b[i + 2]! >> 1) & 1;
  const mono = b[i + 3]! >> 6 === 3;
  if (layer === 1)
    return { size: (Math.floor((12 * bitrate) / sampleRate) + padding) * 4, samples: 384, sampleRate, sideInfo: 0 };
  const samples = layer === 3 && !v1 ? 576 : 1152;
  const size = Math.floor(((samples / 8) * bitrate) / sampleRate) + padding;
  const sideInfo = layer !== 3 ? 0 : v1 ? (mono ? 17 : 32) : mono ? 9 : 17;
  return { size, samples, sampleRate, sideInfo };
}

/** The 12-bit ADTS sync, layer 0: a raw AAC stream's frame header. */
const ADTS_RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
export function adtsFrameAt(b: Buffer, i: number): MpegFrame | null {
  if (i + 7 > b.length || b[i] !== 0xff || (b[i + 1]! & 0xf6) !== 0xf0) return null;
  const sampleRate = ADTS_RATES[(b[i + 2]! >> 2) & 0xf];
  const size = ((b[i + 3]! & 0x3) << 11) | (b[i + 4]! << 3) | (b[i + 5]! >> 5);
  if (!sampleRate || size < 7) return null;
  return { size, samples: 1024 * ((b[i + 6]! & 0x3) + 1), sampleRate, sideInfo: 0 };
}

/** Where the audio of an MP3 ends: before an ID3v1 tag, a Lyrics3 block or an APEv2 tag at the end. */
export async function mpegAudioEnd(source: ByteSource): Promise<number> {
  let end = source.size;
  if (end >= 128 && (await source.read(end - 128, 3)).toString('latin1') === 'TAG') end -= 128;
  const tail = await source.read(Math.max(0, end - 32), 32);
  if (tail.length === 32 && tail.toString('latin1', 0, 8) === 'APETAGEX')
    end -= tail.readUInt32LE(12) + (tail[23]! & 0x80 ? 32 : 0);
  const lyrics = await source.read(Math.max(0, end - 15), 15);
  if (lyrics.toString('latin1', 6) === 'LYRICS200') end -= 15 + Number(lyrics.toString('latin1', 0, 6));
  return Math.max(0, end);
}

/**
 * Length of an MPEG or ADTS stream worked out by walking its frame headers from `start` to
 * `end`: each header says how long its frame is and how many samples it holds, so nothing is
 * decoded. A Xing/Info/VBRI frame (no audio) is left out, and the LAME tag's encoder delay and
 * padding are taken off as a decoder does. A damaged stretch is skipped to the next pair of
 * good headers; a frame cut off at the end does not count.
 */
export async function walkFrames(
  source: ByteSource,
  start: number,
  end: number,
  frameAt: (b: Buffer, i: number) => MpegFrame | null,
): Promise<{ seconds: number; frames: number } | null> {
  let samples = 0;
  let frames = 0;
  let sampleRate = 0;
  let trim = 0;
  let synced = false;
  let pos = start;
  while (pos < end - 4) {
    // A megabyte at a time; the loop below stays synchronous within it.
    const block = await source.read(pos, Math.min(CHUNK + 8 * 1024, end - pos));
    const limit = Math.min(block.length, CHUNK);
    let i = 0;
    while (i < limit) {
      const frame = frameAt(block, i);
      // Out of step (the start, or a damaged stretch): a header counts only when the next one follows it.
      const next = frame && i + frame.size + 4 <= block.length ? frameAt(block, i + frame.size) : null;
      if (!frame || (!synced && !next && pos + i + frame.size < end)) {
        synced = false;
        i += 1;
        continue;
      }
      if (pos + i + frame.size > end) {
        i = block.length;
        pos = end;
        break;
      }
      if (frames === 0 && trim === 0 && frame.sideInfo > 0) {
        const at = i + 4 + frame.sideInfo;
        const tag = block.toString('latin1', at, at + 4);
        if (tag === 'Xing' || tag === 'Info' || block.toString('latin1', i + 36, i + 40) === 'VBRI') {
          trim = Math.max(1, lameTrim(block.subarray(i, i + frame.size), 4 + frame.sideInfo));
          i += frame.size;
          continue;
        }
      }
      synced = true;
      samples += frame.samples;
      frames += 1;
      sampleRate = frame.sampleRate;
      i += frame.size;
    }
    if (pos >= end) break;
    pos += i;
  }
  if (frames === 0) return null;
  return { seconds: Math.max(0, samples - Math.max(0, trim - 1)) / sampleRate, frames };
}

const CHUNK = 1 << 20;

/** Encoder delay plus padding from a LAME tag after the Xing header, or 0. */
function lameTrim(body: Buffer, xingAt: number): number {
  const flags = body.readUInt32BE(xingAt + 4);
  const lameAt = xingAt + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  if (body.length < lameAt + 24 || !/^(LAME|Lavc|Lavf)/.test(body.toString('latin1', lameAt, lameAt + 4))) return 0;
  const d = lameAt + 21;
  const delay = (body[d]! << 4) | (body[d + 1]! >> 4);
  const padding = ((body[d + 1]! & 0x0f) << 8) | body[d + 2]!;
  // One more than the samples a decoder drops, so "a tag with nothing to drop" is told from "no tag".
  return delay + padding + 1;
}
