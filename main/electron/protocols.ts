import { protocol } from 'electron';
import { APP_SCHEME, appFileResponse } from '../services/app-files';
import type { AppServices } from '../services/app-services';
import { MEDIA_SCHEME } from './security';

/**
 * Must run before the app is ready. app:// carries the pages (standard and secure, like https,
 * so they get none of file://'s extra powers); stillroom-media:// streams and seeks audio.
 */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    {
      scheme: MEDIA_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true },
    },
  ]);
}

/** Serves app://stillroom/<path> from the built renderer folder and nothing else. */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appFileResponse(rendererDir, request));
}

/**
 * Serves stillroom-media://<root>/<path> through the media service, which confines it to its
 * roots. The page reads audio through Web Audio for the level meter, which needs CORS: it is
 * allowed for the app's own pages (`pageOrigins`, app://stillroom first), never for any origin.
 */
export function handleMediaScheme(media: AppServices['media'], pageOrigins: readonly string[]): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    const url = new URL(request.url);
    const response = media(url.hostname, url.pathname.replace(/^\//, ''), request);
    const origin = request.headers.get('origin');
    response.headers.set(
      'Access-Control-Allow-Origin',
      origin && pageOrigins.includes(origin) ? origin : pageOrigins[0]!,
    );
    response.headers.append('Vary', 'Origin');
    return response;
  });
}
