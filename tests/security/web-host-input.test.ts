import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_FRAME_BYTES } from '@domain/ipc/channels';
import type { WebHost } from '../../main/web/web-host';
import { startTestWebHost } from '../support/test-web-host';

// Each attack below once killed the web host from a page with no token, or from a client with one.
let host: WebHost;
let base: string;
let token: string;
let logged: string[];

beforeEach(async () => {
  logged = [];
  ({ host, base, token } = await startTestWebHost((line) => logged.push(line)));
});

afterEach(async () => {
  await host.close();
});

const hostPort = () => new URL(base).port;

/** Sends a raw HTTP upgrade and answers the status line the host replies with. */
function rawUpgrade(target: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(hostPort()), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.split('\r\n')[0]!);
      }
    });
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    const lines = [
      `GET ${target} HTTP/1.1`,
      `Host: 127.0.0.1:${hostPort()}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(lines.join('\r\n') + '\r\n\r\n');
  });
}

function connect(): Promise<WebSocket> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/ipc?token=${token}`, { origin: base });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function closeOf(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

function reply(ws: WebSocket): Promise<{ ok: boolean; error?: string; value?: unknown }> {
  return new Promise((resolve) =>
    ws.once('message', (data) => resolve((JSON.parse(String(data)) as { reply: { ok: boolean } }).reply)),
  );
}

/** The host still answers a fresh, well-formed request. */
async function stillUp(): Promise<void> {
  const ws = await connect();
  const answer = reply(ws);
  ws.send(JSON.stringify({ id: 7, channel: 'session.get', payload: {} }));
  expect(await answer).toEqual({ ok: true, value: null });
  ws.close();
}

describe('the web host never dies from input', () => {
  it('refuses a socket from a sandboxed page (Origin: null), even one with the token, and logs one line', async () => {
    expect(await rawUpgrade(`/ipc?token=${token}`, { Origin: 'null' })).toMatch(/^HTTP\/1\.1 403/);
    await stillUp();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/origin/i);
  });

  it('refuses an upgrade whose target is not a path it can read', async () => {
    for (const target of ['http://a:b/ipc', '//a:b/ipc', 'http://[::1/ipc', '*']) {
      expect(await rawUpgrade(target, { Origin: base }), target).toMatch(/^HTTP\/1\.1 40\d/);
    }
    await stillUp();
    expect(logged).toHaveLength(4);
  });

  it('refuses JSON that is not a request object (null, a number, an array) by closing that socket', async () => {
    for (const message of ['null', '42', '[1,2]', '"text"', '{"id":"1"}', 'not json']) {
      const ws = await connect();
      const closed = closeOf(ws);
      ws.send(message);
      expect(await closed, message).toBe(1003);
    }
    await stillUp();
    expect(logged).toHaveLength(6);
    expect(logged.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('closes a socket that sends invalid UTF-8 as text', async () => {
    const ws = await connect();
    const closed = closeOf(ws);
    ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await closed).toBe(1007);
    await stillUp();
    expect(logged).toHaveLength(1);
  });

  it('closes a socket that sends a frame over the limit', async () => {
    const ws = await connect();
    const closed = closeOf(ws);
    ws.on('error', () => {});
    ws.send(JSON.stringify({ id: 1, channel: 'session.get', payload: { x: 'a'.repeat(MAX_FRAME_BYTES) } }));
    expect(await closed).toBe(1009);
    await stillUp();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/too large|payload/i);
  });

  it('answers the largest request the contract allows (10,000 tracks marked playable) over the socket', async () => {
    const ws = await connect();
    const answer = reply(ws);
    const results = Array.from({ length: 10_000 }, (_, i) => ({ trackId: `é${i}`.padEnd(100, 'é'), playable: true }));
    ws.send(JSON.stringify({ id: 1, channel: 'library.markPlayable', payload: { results } }));
    expect(await answer).toEqual({ ok: true, value: [] });
    ws.close();
  });

  it('refuses a 100,000-deep array as the channel or the payload and keeps the socket', async () => {
    const deep = '['.repeat(100_000) + '"x"' + ']'.repeat(100_000);
    const ws = await connect();
    for (const message of [
      `{"id":1,"channel":${deep},"payload":{}}`,
      `{"id":2,"channel":"session.get","payload":${deep}}`,
    ]) {
      const answer = reply(ws);
      ws.send(message);
      expect((await answer).ok).toBe(false);
    }
    ws.close();
    await stillUp();
  });
});
