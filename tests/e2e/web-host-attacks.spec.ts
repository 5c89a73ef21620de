import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '../support/host-fixture';
import { request } from '../support/web-host';

let other: http.Server | undefined;

test.afterEach(async () => {
  other?.close();
});

/**
 * Any web page open in the same browser can try the host's socket. A sandboxed frame's socket
 * says `Origin: null`, which once threw in the host's upgrade handler and stopped it.
 */
test('a web page whose sandboxed frame opens sockets to the host cannot reach it or stop it', async ({
  page: browserPage,
  startHost,
}) => {
  const host = await startHost();
  const { host: address, searchParams } = new URL(host.url);
  const token = searchParams.get('token')!;
  // Even a page that somehow learned the token is refused: its frame is no page of the host's.
  const targets = [`ws://${address}/ipc`, `ws://${address}/ipc?token=${token}`, `ws://${address}/other`];
  const frameScript = `
    for (const target of ${JSON.stringify(targets)}) {
      const ws = new WebSocket(target);
      ws.onopen = () => parent.postMessage({ target, opened: true }, '*');
      ws.onclose = () => parent.postMessage({ target, opened: false }, '*');
    }`;
  // Another site on this computer (a local page, say): the browser lets it reach 127.0.0.1.
  const page = `<!doctype html><title>Another site</title>
    <script>window.outcomes = []; addEventListener('message', (e) => outcomes.push(e.data));</script>
    <iframe sandbox="allow-scripts" srcdoc="${`<script>${frameScript}</script>`.replace(/"/g, '&quot;')}"></iframe>`;
  other = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page));
  await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
  await browserPage.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
  await expect
    .poll(() => browserPage.evaluate(() => (window as unknown as { outcomes: unknown[] }).outcomes.length))
    .toBe(targets.length);
  const outcomes = await browserPage.evaluate(
    () => (window as unknown as { outcomes: { opened: boolean }[] }).outcomes,
  );
  expect(outcomes.every((o) => !o.opened)).toBe(true);

  // The host is still up: it answers a request and serves the app.
  expect(host.process.exitCode).toBeNull();
  expect(await request(host, 'session.get', {})).toBeNull();
  await browserPage.goto(host.url);
  await expect(browserPage.getByRole('button', { name: 'Start session' })).toBeVisible();
  // One line for each refusal, naming why.
  expect(host.log().match(/refused a socket: origin "null"/g)).toHaveLength(2);
});
