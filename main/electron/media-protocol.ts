import { protocol } from 'electron';
import { serveMedia, type MediaRoots } from '../services/media';
import { MEDIA_SCHEME } from './security';

/** Must run before the app is ready: lets the scheme stream, seek and be fetched. */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: MEDIA_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true },
    },
  ]);
}

/** Serves stillroom-media://<root>/<path> from the allowed roots only. */
export function handleMediaScheme(roots: MediaRoots): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    const url = new URL(request.url);
    return serveMedia(roots, url.hostname, url.pathname.replace(/^\//, ''), request);
  });
}
