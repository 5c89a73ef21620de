import { UNPLAYABLE_EXTENSIONS } from '@domain/library/audio-formats';
import type { ByteSource } from './byte-source';
import { flacLength, flacStreamInfo } from './flac';
import { adtsFrameAt, mpegAudioEnd, mpegFrameAt, walkFrames } from './mpeg';
import { oggLength } from './ogg';
import { sniff, type AudioKind } from './sniff';
import { wavHeaderLength, wavInfo, wavLength } from './wav';

/** What the bytes of a file say about its audio, whatever its name says. */
export interface AudioAnalysis {
  kind: AudioKind | null;
  /** The ending the content calls for ("flac" for FLAC named .mp3), or null when unknown. */
  ending: string | null;
  /** The MIME type music-metadata should read it as. */
  mimeType: string | null;
  /** The bytes holding the audio itself (tags in front and behind left out): what the duplicate digest covers. */
  audioStart: number;
  audioEnd: number;
  /** Seconds worked out from the file's own frames or pages; null where only the header can tell (MP4). */
  measuredSec: number | null;
  /** Seconds the header states, where this reads the header itself (FLAC's STREAMINFO, WAV's chunk sizes). */
  headerSec: number | null;
}

const BY_KIND: Partial<Record<AudioKind, { ending: string; mimeType: string }>> = {
  mp3: { ending: 'mp3', mimeType: 'audio/mpeg' },
  aac: { ending: 'aac', mimeType: 'audio/aac' },
  flac: { ending: 'flac', mimeType: 'audio/flac' },
  ogg: { ending: 'ogg', mimeType: 'audio/ogg' },
  wav: { ending: 'wav', mimeType: 'audio/wav' },
  mp4: { ending: 'm4a', mimeType: 'audio/mp4' },
};

/** Content Stillroom can never play, with the reason given for its usual ending. */
export const UNPLAYABLE_KINDS: Partial<Record<AudioKind, string>> = {
  aiff: UNPLAYABLE_EXTENSIONS['.aiff'],
  wma: UNPLAYABLE_EXTENSIONS['.wma'],
  ape: UNPLAYABLE_EXTENSIONS['.ape'],
  wavpack: UNPLAYABLE_EXTENSIONS['.wv'],
  midi: UNPLAYABLE_EXTENSIONS['.mid'],
};

/** Tells what a file holds from its bytes and measures its length without decoding any audio. */
export async function analyseAudio(source: ByteSource): Promise<AudioAnalysis> {
  const { kind, tagEnd } = await sniff(source);
  let audioStart = tagEnd;
  let audioEnd = source.size;
  let measuredSec: number | null = null;
  let headerSec: number | null = null;
  if (kind === 'mp3' || kind === 'aac') {
    audioEnd = await mpegAudioEnd(source);
    const walked = await walkFrames(source, tagEnd, audioEnd, kind === 'mp3' ? mpegFrameAt : adtsFrameAt);
    measuredSec = walked?.seconds ?? 0;
  } else if (kind === 'flac') {
    const info = await flacStreamInfo(source, tagEnd);
    audioStart = info?.audioStart ?? tagEnd;
    if (info && info.sampleRate > 0 && info.totalSamples > 0) headerSec = info.totalSamples / info.sampleRate;
    measuredSec = await flacLength(source, tagEnd);
  } else if (kind === 'ogg') {
    measuredSec = await oggLength(source, tagEnd);
  } else if (kind === 'wav') {
    const info = await wavInfo(source, tagEnd);
    if (info) {
      audioStart = info.dataStart;
      audioEnd = Math.min(source.size, info.dataStart + info.dataSize);
      headerSec = wavHeaderLength(info);
      measuredSec = wavLength(info, source.size);
    }
  }
  const known = kind ? BY_KIND[kind] : undefined;
  return {
    kind,
    ending: known?.ending ?? null,
    mimeType: known?.mimeType ?? null,
    audioStart,
    audioEnd: Math.max(audioStart, audioEnd),
    measuredSec,
    headerSec,
  };
}
