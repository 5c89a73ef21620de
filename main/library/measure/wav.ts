import type { ByteSource } from './byte-source';

export interface WavInfo {
  formatTag: number;
  sampleRate: number;
  byteRate: number;
  /** Samples per channel, from the fact chunk that compressed formats (ADPCM ...) carry. */
  factSamples: number | null;
  dataStart: number;
  /** The data chunk's size as its header gives it. */
  dataSize: number;
}

/** The fmt and data chunks of a RIFF/WAVE file. */
export async function wavInfo(source: ByteSource, start: number): Promise<WavInfo | null> {
  let pos = start + 12;
  let format: { formatTag: number; sampleRate: number; byteRate: number } | null = null;
  let factSamples: number | null = null;
  for (let guard = 0; guard < 100 && pos + 8 <= source.size; guard++) {
    const header = await source.read(pos, 8 + 16);
    const id = header.toString('latin1', 0, 4);
    const size = header.readUInt32LE(4);
    if (id === 'fmt ' && header.length >= 24) {
      let formatTag = header.readUInt16LE(8);
      // WAVE_FORMAT_EXTENSIBLE names its real format in a sub-format GUID further on.
      if (formatTag === 0xfffe) formatTag = (await source.read(pos + 8 + 24, 2)).readUInt16LE(0);
      format = { formatTag, sampleRate: header.readUInt32LE(12), byteRate: header.readUInt32LE(16) };
    }
    if (id === 'fact' && header.length >= 12) factSamples = header.readUInt32LE(8);
    if (id === 'data') return format && { ...format, factSamples, dataStart: pos + 8, dataSize: size };
    pos += 8 + size + (size % 2);
  }
  return null;
}

/** The length the header gives: the data chunk's stated size (or, compressed, the fact chunk's count). */
export function wavHeaderLength(info: WavInfo): number | null {
  if (info.factSamples !== null && info.formatTag !== 1 && info.sampleRate > 0)
    return info.factSamples / info.sampleRate;
  return info.byteRate > 0 ? info.dataSize / info.byteRate : null;
}

/** Length of a WAV file from the audio bytes really there, not the data chunk's stated size. */
export function wavLength(info: WavInfo, fileSize: number): number | null {
  const present = fileSize - info.dataStart;
  // Some recorders leave the size at 0 or all ones while writing; then the file's end is the end.
  const stated = info.dataSize === 0 || info.dataSize === 0xffffffff ? present : info.dataSize;
  const bytes = Math.min(stated, present);
  const header = wavHeaderLength({ ...info, dataSize: stated });
  // Compressed audio: the stated length, in proportion to the bytes really there.
  return header === null || stated === 0 ? null : (header * bytes) / stated;
}
