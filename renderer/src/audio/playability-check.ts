import { endingOf, mimeTypeOf } from '@domain/library/playability';
import type { LibraryTrack } from '@domain/library/track';

/** A file this long in coming is not judged (a slow disk); it is tried again next time. */
const PROBE_LIMIT_MS = 10_000;
/** Numbers each probe's address. */
let probes = 0;
/** Two at a time: enough to be quick, few enough not to crowd out a session's own sound. */
const PARALLEL = 2;

/**
 * Tries to start decoding a track the way the room plays it (a muted, streamed `<audio>`
 * element, never connected to the output): true when its first audio decodes, false when the
 * browser has no decoder for it, null when it could not tell in time.
 */
function probe(url: string): Promise<boolean | null> {
  return new Promise((resolve) => {
    const audio = new Audio();
    audio.muted = true;
    audio.preload = 'auto';
    const finish = (result: boolean | null) => {
      clearTimeout(timer);
      audio.removeAttribute('src');
      audio.load();
      resolve(result);
    };
    audio.addEventListener('loadeddata', () => finish(true), { once: true });
    audio.addEventListener('error', () => finish(false), { once: true });
    const timer = setTimeout(() => finish(null), PROBE_LIMIT_MS);
    audio.src = url;
  });
}

/**
 * Whether this app can play each track: the browser's canPlayType for its codec first (a plain
 * "no" needs no more), then, for the tracks `worthProbing` picks, a short decode probe of the
 * file itself. A track neither answers is left out of the results.
 */
export async function checkPlayability(
  tracks: LibraryTrack[],
  urlFor: (root: 'track', mediaPath: string) => string,
  worthProbing: (track: LibraryTrack) => boolean,
): Promise<{ trackId: string; playable: boolean }[]> {
  const results: { trackId: string; playable: boolean }[] = [];
  const tester = new Audio();
  const toProbe: LibraryTrack[] = [];
  for (const track of tracks) {
    if (tester.canPlayType(mimeTypeOf(track)) === '') results.push({ trackId: track.id, playable: false });
    else if (worthProbing(track)) toProbe.push(track);
  }
  let next = 0;
  const worker = async () => {
    while (next < toProbe.length) {
      const track = toProbe[next++]!;
      // Its own address (the media service reads only the path): the browser keeps what an
      // element loaded for reuse by the same address, and playback must read the file as it is then.
      const url = urlFor('track', `${track.id}.${endingOf(track)}`);
      const playable = await probe(`${url}${url.includes('?') ? '&' : '?'}probe=${++probes}`);
      if (playable !== null) results.push({ trackId: track.id, playable });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return results;
}
