import { Howl } from 'howler';

type Releasing = { _clearSound(node: HTMLMediaElement): void };

/**
 * Howler lets go of a streamed track's <audio> by pointing it at a data: URL of silence, which
 * the page's security policy (media-src 'self') refuses and reports in the console each time.
 * Removing the source and loading again releases the element as the HTML standard describes,
 * with no request at all. Howler does this only when a sound is unloaded, or when a live
 * stream stops (Stillroom plays none), so no sound is ever resumed from the emptied element.
 */
export function releaseStreamsQuietly(): void {
  (Howl.prototype as unknown as Releasing)._clearSound = (node) => {
    node.removeAttribute('src');
    node.load();
  };
}
