import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/services';

type Handler = (request: Request) => Response | Promise<Response>;

// Electron replaced at its thinnest point: the protocol module records schemes and handlers.
const electron = vi.hoisted(() => ({
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  handlers: new Map<string, Handler>(),
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: typeof electron.privileged) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: Handler) => electron.handlers.set(scheme, handler),
  },
}));

const { registerSchemes, handleAppScheme, handleMediaScheme } = await import('../../main/electron/protocols');

const renderer = tempDir();
const outside = path.join(path.dirname(renderer), `${path.basename(renderer)}-secret.txt`);

beforeAll(() => {
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Stillroom</title>');
  fs.mkdirSync(path.join(renderer, 'assets'));
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'export {}');
  fs.writeFileSync(outside, 'not for the page');
  registerSchemes();
  handleAppScheme(renderer);
  handleMediaScheme(() => new Response('OggS', { status: 200 }), ['app://stillroom', 'http://localhost:5173']);
});

const app = (url: string, init?: RequestInit) => electron.handlers.get('app')!(new Request(url, init)) as Response;
const media = (origin?: string) =>
  electron.handlers.get('stillroom-media')!(
    new Request('stillroom-media://assets/ambience/soft-rain.ogg', { headers: origin ? { origin } : {} }),
  ) as Response;

describe('the desktop app’s own scheme', () => {
  it('is registered standard and secure, like https, so pages get none of file://’s extra powers', () => {
    const scheme = electron.privileged.find((s) => s.scheme === 'app')!;
    expect(scheme.privileges).toMatchObject({ standard: true, secure: true });
    expect(scheme.privileges.bypassCSP).toBeUndefined();
    expect(electron.privileged.find((s) => s.scheme === 'stillroom-media')!.privileges).toMatchObject({
      standard: true,
      secure: true,
      stream: true,
    });
  });

  it('serves the app’s pages with its Content-Security-Policy', async () => {
    const page = app('app://stillroom/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<title>Stillroom</title>');
    expect(app('app://stillroom/assets/app.js').headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://stillroom/../' + path.basename(outside),
    'app://stillroom/%2e%2e/' + path.basename(outside),
    'app://stillroom/..%2f' + path.basename(outside),
    'app://elsewhere/index.html',
    'app://stillroom/missing.js',
  ])('refuses %s', async (url) => {
    const answer = app(url);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await answer.text()).not.toContain('not for the page');
  });

  it('answers only GET and HEAD', () => {
    expect(app('app://stillroom/index.html', { method: 'POST', body: 'x' }).status).toBe(405);
    expect(app('app://stillroom/index.html', { method: 'HEAD' }).status).toBe(200);
  });
});

describe('media for the app’s pages', () => {
  it('allows the app’s own page to read audio, never every origin', () => {
    expect(media('app://stillroom').headers.get('access-control-allow-origin')).toBe('app://stillroom');
    expect(media('http://localhost:5173').headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    for (const answer of [media('https://evil.example'), media('null'), media()]) {
      expect(answer.headers.get('access-control-allow-origin')).toBe('app://stillroom');
    }
  });
});
