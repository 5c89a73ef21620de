import { z } from 'zod';

export function parsedUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The address of a service on the clinic's network: one of `schemes`, host and port, no user
 * name, query or fragment (the credentials have fields of their own). Stored without a trailing slash.
 */
export function serviceUrl({
  schemes,
  example,
  credentials,
}: {
  schemes: readonly string[];
  example: string;
  /** Where the credentials go instead, said when an address carries a user name. */
  credentials: string;
}) {
  return z
    .string()
    .max(2_000)
    .trim()
    .refine((value) => parsedUrl(value) !== null, `enter the full address, like ${example}`)
    .refine(
      (value) => schemes.map((s) => `${s}:`).includes(parsedUrl(value)?.protocol ?? ''),
      `the address must start with ${schemes.map((s) => `${s}://`).join(' or ')}`,
    )
    .refine((value) => {
      const url = parsedUrl(value);
      return !url || (url.username === '' && url.password === '' && url.search === '' && url.hash === '');
    }, `enter the address without a user name, ? or #; ${credentials}`)
    .transform((value) => value.replace(/\/+$/, ''));
}
