/**
 * The web-platform globals the domain (src/) may use, which the page and Node both provide.
 * Only the domain's type check reads this file; the page sees the DOM's own, main sees Node's.
 */

interface URL {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly href: string;
}

// A global constructor is declared with var, as TypeScript's own lib files do.
// eslint-disable-next-line no-var
declare var URL: {
  prototype: URL;
  new (url: string, base?: string): URL;
};
