import type { ByteSource } from './byte-source';

/** An Ogg page header's fixed part; the segment table follows. */
const PAGE_HEADER = 27;
/** The largest page there can be: header, 255 segment lengths, 255 segments of 255 bytes. */
const MAX_PAGE = PAGE_HEADER + 255 + 255 * 255;

/** The first packet: Vorbis' or Opus' identification header, which gives the clock of the granule positions. */
function streamClock(first: Buffer): { rate: number; preSkip: number } | null {
  const segments = first[26] ?? 0;
  const packet = first.subarray(PAGE_HEADER + segments);
  if (packet.toString('latin1', 1, 7) === 'vorbis' && packet[0] === 1)
    return { rate: packet.readUInt32LE(12), preSkip: 0 };
  if (packet.toString('latin1', 0, 8) === 'OpusHead') return { rate: 48_000, preSkip: packet.readUInt16LE(10) };
  return null;
}

/**
 * Length of an Ogg Vorbis or Opus file from its last complete page: the page's granule
 * position counts the samples up to there (Opus at 48 kHz, less its pre-skip). A file cut off
 * mid-page ends at the page before; only the tail of the file is read.
 */
export async function oggLength(source: ByteSource, start: number): Promise<number | null> {
  const clock = streamClock(await source.read(start, PAGE_HEADER + 255 + 64));
  if (!clock || clock.rate <= 0) return null;
  const tailStart = Math.max(start, source.size - MAX_PAGE * 2);
  const tail = await source.read(tailStart, source.size - tailStart);
  for (let i = tail.lastIndexOf('OggS'); i >= 0; i = i === 0 ? -1 : tail.lastIndexOf('OggS', i - 1)) {
    if (i + PAGE_HEADER > tail.length || tail[i + 4] !== 0) continue;
    const segments = tail[i + 26]!;
    if (i + PAGE_HEADER + segments > tail.length) continue;
    let body = 0;
    for (let s = 0; s < segments; s++) body += tail[i + PAGE_HEADER + s]!;
    // A page cut off by the end of the file does not count.
    if (i + PAGE_HEADER + segments + body > tail.length) continue;
    const granule = tail.readBigInt64LE(i + 6);
    if (granule < 0n) continue;
    return Math.max(0, Number(granule) - clock.preSkip) / clock.rate;
  }
  return null;
}
