import type { ByteSource } from './byte-source';

interface StreamInfo {
  maxBlockSize: number;
  sampleRate: number;
  totalSamples: number;
  /** Where the first audio frame begins, after the last metadata block. */
  audioStart: number;
}

/** The STREAMINFO block and where the metadata blocks end. */
export async function flacStreamInfo(source: ByteSource, start: number): Promise<StreamInfo | null> {
  let pos = start + 4;
  let info: Omit<StreamInfo, 'audioStart'> | null = null;
  for (let guard = 0; guard < 1000 && pos + 4 <= source.size; guard++) {
    const header = await source.read(pos, 4 + 18);
    const last = (header[0]! & 0x80) !== 0;
    const length = header.readUIntBE(1, 3);
    if ((header[0]! & 0x7f) === 0 && header.length >= 22) {
      const b = header.subarray(4);
      info = {
        maxBlockSize: b.readUInt16BE(2),
        sampleRate: (b[10]! << 12) | (b[11]! << 4) | (b[12]! >> 4),
        totalSamples: (b[13]! & 0x0f) * 2 ** 32 + b.readUInt32BE(14),
      };
    }
    pos += 4 + length;
    if (last) return info && { ...info, audioStart: pos };
  }
  return null;
}

function crc8(bytes: Buffer): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** A frame header at `b[i]` with a good CRC: the first sample it holds and how many. */
function frameAt(b: Buffer, i: number, maxBlockSize: number): { first: number; samples: number } | null {
  if (b[i] !== 0xff || (b[i + 1]! & 0xfe) !== 0xf8 || i + 6 > b.length) return null;
  const variable = (b[i + 1]! & 1) === 1;
  const blockCode = b[i + 2]! >> 4;
  const rateCode = b[i + 2]! & 0x0f;
  if (blockCode === 0 || rateCode === 15 || (b[i + 3]! & 1) !== 0) return null;
  // The frame or sample number, UTF-8 coded (up to 7 bytes).
  let p = i + 4;
  const lead = b[p]!;
  const extra =
    lead < 0x80
      ? 0
      : lead >= 0xfe
        ? 6
        : lead >= 0xfc
          ? 5
          : lead >= 0xf8
            ? 4
            : lead >= 0xf0
              ? 3
              : lead >= 0xe0
                ? 2
                : lead >= 0xc0
                  ? 1
                  : -1;
  if (extra < 0 || p + extra >= b.length) return null;
  let number = extra === 0 ? lead : lead & (0x3f >> extra);
  for (let k = 1; k <= extra; k++) {
    if ((b[p + k]! & 0xc0) !== 0x80) return null;
    number = number * 64 + (b[p + k]! & 0x3f);
  }
  p += extra + 1;
  let samples: number;
  if (blockCode === 1) samples = 192;
  else if (blockCode <= 5) samples = 576 << (blockCode - 2);
  else if (blockCode === 6) samples = b[p++]! + 1;
  else if (blockCode === 7) {
    samples = ((b[p]! << 8) | b[p + 1]!) + 1;
    p += 2;
  } else samples = 256 << (blockCode - 8);
  if (rateCode === 12) p += 1;
  else if (rateCode === 13 || rateCode === 14) p += 2;
  if (p >= b.length || crc8(b.subarray(i, p)) !== b[p]) return null;
  return { first: variable ? number : number * maxBlockSize, samples };
}

/**
 * Length of a FLAC file from its last frame rather than STREAMINFO's total, which a cut-off
 * copy keeps: the last frame's header (found from the end, its CRC checked) says which sample
 * it starts at. When the file is whole, that frame ends exactly at the total; when it is not,
 * the cut frame is not counted. Only the tail is read.
 */
export async function flacLength(source: ByteSource, start: number): Promise<number | null> {
  const info = await flacStreamInfo(source, start);
  if (!info || info.sampleRate === 0) return null;
  const tailStart = Math.max(info.audioStart, source.size - 1024 * 1024);
  const tail = await source.read(tailStart, source.size - tailStart);
  for (let i = tail.length - 2; i >= 0; i--) {
    const frame = frameAt(tail, i, info.maxBlockSize);
    if (!frame) continue;
    const end = frame.first + frame.samples;
    const samples = info.totalSamples > 0 && end === info.totalSamples ? end : frame.first;
    return samples / info.sampleRate;
  }
  return null;
}
