import fs from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHost } from '../../main/web/web-host';
import { startTestWebHost } from '../support/test-web-host';

/** A policy as directive name → its sources; a directive named twice keeps its first (as browsers do). */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** Which directive stands in for one the policy leaves out (CSP level 3 fallback lists). */
const FALLBACK: Record<string, string> = {
  'script-src-elem': 'script-src',
  'script-src-attr': 'script-src',
  'style-src-elem': 'style-src',
  'style-src-attr': 'style-src',
  'script-src': 'default-src',
  'style-src': 'default-src',
};

/** The sources a fetch of this kind is checked against: its own directive, else the ones it falls back to. */
function effective(policy: Map<string, string[]>, directive: string): string[] | undefined {
  return policy.get(directive) ?? (FALLBACK[directive] ? effective(policy, FALLBACK[directive]) : undefined);
}

/** The policy in the page's <meta http-equiv="Content-Security-Policy">, read as a browser would. */
function metaPolicy(html: string): string[] {
  const document = new new Window().DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll('meta')]
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((meta) => meta.getAttribute('content') ?? '');
}

/** Sources a page may name: itself, nothing, inline pictures and the app's own media scheme. */
const KNOWN_SOURCES = new Set(["'self'", "'none'", 'data:', 'stillroom-media:']);
const UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:'];

/** The checks every policy the app sends must pass. */
function expectStrict(policyText: string): void {
  const policy = parsePolicy(policyText);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  for (const directive of Object.keys(FALLBACK)) {
    const sources = effective(policy, directive)!;
    expect(sources, directive).toBeDefined();
    for (const unsafe of UNSAFE) expect(sources, `${directive} allows ${unsafe}`).not.toContain(unsafe);
    // A nonce or hash would let an inline script through; the app has none.
    expect(
      sources.filter((s) => /^'(nonce|sha\d+)-/.test(s)),
      directive,
    ).toEqual([]);
  }
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  // No remote content: every source is the app itself or inline data it made.
  const named = [...policy.values()].flat();
  expect(named.filter((source) => !KNOWN_SOURCES.has(source))).toEqual([]);
  // Inline data only for pictures (the logo preview), never for scripts, styles or frames.
  for (const [directive, sources] of policy) {
    if (directive !== 'img-src') expect(sources, directive).not.toContain('data:');
  }
}

describe('the Content-Security-Policy', () => {
  it('of the page (renderer/index.html) is strict', () => {
    const policies = metaPolicy(fs.readFileSync('renderer/index.html', 'utf8'));
    expect(policies).toHaveLength(1);
    expectStrict(policies[0]!);
  });

  it('is parsed by directive, so a weakened one is caught', () => {
    // The checks above must be able to fail: each of these weakens a real policy in one place.
    const strict = metaPolicy(fs.readFileSync('renderer/index.html', 'utf8'))[0]!;
    const weakened = [
      strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      strict.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      strict.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
      strict.replace("object-src 'none'", "object-src 'self'"),
      strict.replace("base-uri 'none'; ", ''),
      strict.replace("form-action 'none'", 'form-action *'),
      strict.replace("connect-src 'self'", "connect-src 'self' https://example.com"),
      strict.replace("script-src 'self'; ", '') + "; script-src 'unsafe-inline'",
      `${strict}; style-src-attr 'unsafe-inline'`,
      `${strict}; script-src-elem 'self' 'unsafe-eval'`,
    ];
    for (const policy of weakened) expect(() => expectStrict(policy), policy).toThrow();
    // Without script-src, default-src 'self' governs scripts: still strict.
    expect(() => expectStrict(strict.replace("script-src 'self'; ", ''))).not.toThrow();
  });

  describe('sent by the web host', () => {
    let host: WebHost;
    let base: string;
    let token: string;

    beforeAll(async () => {
      ({ host, base, token } = await startTestWebHost());
    });

    afterAll(() => host.close());

    it.each([
      ['the page', () => `${base}/`],
      ['a missing file', () => `${base}/nothing-here.js`],
      ['a refused path', () => `${base}/%2e%2e/secret.txt`],
      ['media without the token', () => `${base}/media/assets/x.ogg`],
      ['media with the token', () => `${base}/media/nowhere/x.ogg?token=${token}`],
    ])('on %s is strict and forbids framing', async (_what, url) => {
      const header = (await fetch(url())).headers.get('content-security-policy');
      expect(header).not.toBeNull();
      expectStrict(header!);
      expect(parsePolicy(header!).get('frame-ancestors')).toEqual(["'none'"]);
    });
  });
});
