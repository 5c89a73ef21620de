import { fileResponse, MediaRefused, resolveMediaPath } from './media';

/** The desktop app's own address: its pages come from app://stillroom/, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stillroom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The policy the desktop app's pages are served with, as a header besides the page's own meta tag. */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: stillroom-media:; " +
  "media-src 'self' stillroom-media:; connect-src 'self' stillroom-media:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

/** The type a built renderer file is served as. */
export function contentType(file: string): string {
  if (file.endsWith('.html')) return 'text/html; charset=utf-8';
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.svg')) return 'image/svg+xml';
  if (file.endsWith('.png')) return 'image/png';
  if (file.endsWith('.woff2')) return 'font/woff2';
  return 'application/octet-stream';
}

/**
 * Answers a request for app://stillroom/<path> from the built renderer folder: GET and HEAD of
 * files inside it only, with the app's Content-Security-Policy. Anything else is refused.
 */
export function appFileResponse(rendererDir: string, request: Request): Response {
  const headers = { 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff' };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('only GET and HEAD', { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } });
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return new Response('unreadable address', { status: 400, headers });
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST)
    return new Response('not found', { status: 404, headers });
  const relative = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  try {
    const file = resolveMediaPath({ renderer: rendererDir }, 'renderer', relative);
    const response = fileResponse(file, request.headers.get('range'), request.method === 'GET');
    response.headers.set('Content-Type', contentType(file));
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch (error) {
    if (error instanceof MediaRefused) return new Response(error.message, { status: error.status, headers });
    throw error;
  }
}
