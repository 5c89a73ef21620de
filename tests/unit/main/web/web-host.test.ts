import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WebHost } from '../../../../main/web/web-host';
import { startTestWebHost } from '../../../support/test-web-host';

let host: WebHost;
let base: string;
let token: string;

beforeEach(async () => {
  let dir: string;
  ({ host, dir, base, token } = await startTestWebHost());
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for the page');
});

afterEach(async () => {
  await host.close();
});

function connect(query: string, origin: string | undefined): Promise<WebSocket> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/ipc${query}`, origin ? { origin } : {});
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function ask(
  ws: WebSocket,
  channel: string,
  payload: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve((JSON.parse(String(data)) as { reply: { ok: boolean } }).reply));
    ws.send(JSON.stringify({ id: 1, channel, payload }));
  });
}

describe('the web host', () => {
  it('serves the app and answers requests from a page that has the token', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const ws = await connect(`?token=${token}`, base);
    const reply = await ask(ws, 'programs.list', {});
    expect(reply.ok).toBe(true);
    expect((reply.value as { name: string }[]).map((p) => p.name)).toContain('IV infusion, 40 min');
    ws.close();
  });

  it('refuses a socket without the token, with a wrong token, or from another origin', async () => {
    await expect(connect('', base)).rejects.toThrow(/403/);
    await expect(connect(`?token=${token}x`, base)).rejects.toThrow(/403/);
    await expect(connect(`?token=${token}`, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(`?token=${token}`, undefined)).rejects.toThrow(/403/);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    // fetch will not let a caller set Host, so this goes through node:http.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http
        .get(`${base}/`, { headers: { host: 'attacker.example' } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
        .on('error', reject);
    });
    expect(status).toBe(421);
  });

  it('serves built-in ambience only with the token, with Range support', async () => {
    expect((await fetch(`${base}/media/assets/ambience/soft-rain.ogg`)).status).toBe(403);
    const ranged = await fetch(`${base}/media/assets/ambience/soft-rain.ogg?token=${token}`, {
      headers: { range: 'bytes=0-3' },
    });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).toString('latin1')).toBe('OggS');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await fetch(`${base}${attempt}`);
      expect(await response.text()).not.toContain('not for the page');
    }
  });

  it('refuses a payload that does not fit the contract and keeps the connection', async () => {
    const ws = await connect(`?token=${token}`, base);
    const bad = await ask(ws, 'session.start', { programId: '' });
    expect(bad).toMatchObject({ ok: false });
    expect(bad.error).toMatch(/programId/);
    const good = await ask(ws, 'session.get', {});
    expect(good).toEqual({ ok: true, value: null });
    ws.close();
  });
});
