import { protocol } from 'electron';
import type { AppServices } from '../services/app-services';
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

/** Serves stillroom-media://<root>/<path> through the media service, which confines it to its roots. */
export function handleMediaScheme(media: AppServices['media']): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    const url = new URL(request.url);
    const response = media(url.hostname, url.pathname.replace(/^\//, ''), request);
    // The page (file://) reads audio through Web Audio for the level meter, which needs CORS.
    response.headers.set('Access-Control-Allow-Origin', '*');
    return response;
  });
}
