import { UserError } from '../services/user-error';

/** What kind of trouble a light output ran into; the setup screen can offer the right next step. */
export type OutputErrorCode =
  | 'link-button'
  | 'unauthorized'
  | 'not-found'
  | 'rate-limited'
  | 'busy'
  | 'timeout'
  | 'unreachable'
  | 'certificate'
  | 'refused-command'
  | 'unexpected-answer';

/**
 * A light output failed in a way staff can read. `retry` means waiting may fix it (a bridge
 * rebooting, a busy network); `fix` means someone has to change a setting or pair again, so
 * retrying would only repeat the same refusal.
 */
export class OutputError extends UserError {
  override name = 'OutputError';

  constructor(
    message: string,
    readonly code: OutputErrorCode,
    readonly recovery: 'retry' | 'fix',
    /** How long the device asked us to wait before the next request (HTTP Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Reads an HTTP Retry-After header given in seconds; dates and nonsense count as absent. */
export function retryAfterMs(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Math.round(Number(value) * 1000);
}

/** "1 second", "0.4 seconds", "4 seconds": a wait as staff would say it. */
export function inSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}
