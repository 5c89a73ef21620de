/** Audio file endings the library accepts: what Chromium can play. */
export const AUDIO_EXTENSIONS = ['.mp3', '.m4a', '.m4b', '.aac', '.ogg', '.oga', '.opus', '.flac', '.wav'] as const;

const convert = 'Convert it to FLAC (or MP3) and add the converted file.';

/** Endings of audio that Stillroom cannot play, with the reason staff are given. */
export const UNPLAYABLE_EXTENSIONS: Record<string, string> = {
  '.wma': `Windows Media Audio (WMA) cannot be played here. ${convert}`,
  '.aif': `AIFF audio cannot be played here. ${convert}`,
  '.aiff': `AIFF audio cannot be played here. ${convert}`,
  '.aifc': `AIFF audio cannot be played here. ${convert}`,
  '.ape': `Monkey's Audio (APE) cannot be played here. ${convert}`,
  '.wv': `WavPack cannot be played here. ${convert}`,
  '.mpc': `Musepack cannot be played here. ${convert}`,
  '.dsf': `DSD audio cannot be played here. ${convert}`,
  '.dff': `DSD audio cannot be played here. ${convert}`,
  '.ra': `RealAudio cannot be played here. ${convert}`,
  '.rm': `RealAudio cannot be played here. ${convert}`,
  '.amr': `AMR voice recordings cannot be played here. ${convert}`,
  '.ac3': `Dolby Digital (AC-3) cannot be played here. ${convert}`,
  '.caf': `Core Audio (CAF) files cannot be played here. ${convert}`,
  '.mid': 'MIDI files hold notes, not recorded sound, so there is nothing to play.',
  '.midi': 'MIDI files hold notes, not recorded sound, so there is nothing to play.',
};

/** The ending of a file name, lower-cased ("" when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot > name.lastIndexOf('/') ? name.slice(dot).toLowerCase() : '';
}

export const isAudioName = (name: string): boolean =>
  (AUDIO_EXTENSIONS as readonly string[]).includes(extensionOf(name));

/** A macOS "._name" companion file: Finder information written beside a file on some disks. */
export const isAppleDoubleName = (name: string): boolean => name.split(/[\\/]/).at(-1)!.startsWith('._');
