import type { LibraryTrack } from './track';

/** Codecs as music-metadata names them, in words staff know. */
const CODEC_NAMES: Record<string, string> = {
  ALAC: 'Apple Lossless (ALAC)',
  DVI_ADPCM: 'IMA ADPCM',
  ADPCM: 'Microsoft ADPCM',
  'MPEG 1 Layer 3': 'MP3',
  'MPEG 2 Layer 3': 'MP3',
  'MPEG-4/AAC': 'AAC',
  'Vorbis I': 'Ogg Vorbis',
};

/** The ending the player should see: the content's, where the file's name says otherwise. */
export function endingOf(track: Pick<LibraryTrack, 'ending' | 'source'>): string {
  const file = track.source.kind === 'reference' ? track.source.path : track.source.file;
  const dot = file.lastIndexOf('.');
  return track.ending ?? (dot > file.lastIndexOf('/') ? file.slice(dot + 1).toLowerCase() : 'mp3');
}

/** The codec's name as staff read it ("Apple Lossless (ALAC)"), or the file's ending when it is unknown. */
export function codecName(track: Pick<LibraryTrack, 'codec' | 'ending' | 'source'>): string {
  if (track.codec) return CODEC_NAMES[track.codec] ?? track.codec;
  return endingOf(track).toUpperCase();
}

/**
 * The MIME type (with codecs where it decides) to ask the browser's canPlayType about, from the
 * codec the file gives and the ending its content calls for.
 */
export function mimeTypeOf(track: Pick<LibraryTrack, 'codec' | 'ending' | 'source'>): string {
  const codec = track.codec ?? '';
  if (codec === 'ALAC') return 'audio/mp4; codecs="alac"';
  if (codec.includes('ADPCM')) return `audio/wav; codecs="${codec === 'ADPCM' ? 2 : 17}"`;
  if (codec === 'MPEG-4/AAC') return 'audio/mp4; codecs="mp4a.40.2"';
  if (codec === 'Opus') return 'audio/ogg; codecs="opus"';
  if (codec.startsWith('Vorbis')) return 'audio/ogg; codecs="vorbis"';
  if (codec === 'FLAC') return 'audio/flac';
  if (codec.includes('Layer 3')) return 'audio/mpeg';
  if (codec === 'PCM') return 'audio/wav; codecs="1"';
  if (codec === 'AAC') return 'audio/aac';
  const ending = endingOf(track);
  return (
    { mp3: 'audio/mpeg', flac: 'audio/flac', ogg: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav', aac: 'audio/aac' }[
      ending
    ] ?? 'audio/mp4'
  );
}

/** Why a track marked as not playable is kept out of playlists, in the words the library shows. */
export const willNotPlay = (track: Pick<LibraryTrack, 'codec' | 'ending' | 'source'>) =>
  `Will not play here: ${codecName(track)}`;
