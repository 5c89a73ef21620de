import { APP_ORIGIN } from '../services/app-files';

/** What Electron tells a permission check handler beyond the permission's name. */
export interface PermissionCheckDetails {
  securityOrigin?: string;
  mediaType?: 'video' | 'audio' | 'unknown';
}

/**
 * The one permission *check* answered yes: "media" for the app's own pages, because Chromium
 * names sound output devices only to a page that holds it, and staff choose the room's output
 * by name. It is never a microphone: every permission *request* is still refused, the app never
 * calls getUserMedia, and a check for video (cameras) or from any other origin is answered no.
 */
export function allowsPermissionCheck(
  permission: string,
  requestingOrigin: string,
  details: PermissionCheckDetails,
): boolean {
  if (permission !== 'media' || details.mediaType === 'video') return false;
  const origin = details.securityOrigin ?? requestingOrigin;
  return sameOrigin(requestingOrigin, APP_ORIGIN) && sameOrigin(origin, APP_ORIGIN);
}

/** Scheme and host compared, since Node's URL gives a custom scheme no origin of its own. */
function sameOrigin(url: string, origin: string): boolean {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}` === origin;
  } catch {
    return false;
  }
}
