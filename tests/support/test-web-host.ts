import fs from 'node:fs';
import path from 'node:path';
import { startWebHost, type WebHost } from '../../main/web/web-host';
import { services, tempDir } from './services';

/**
 * The real web host in this process, on a free port, serving a one-line page from a fresh folder.
 * `log` receives the one line the host writes for each refused upgrade, frame or message.
 */
export async function startTestWebHost(
  log: (line: string) => void = () => {},
): Promise<{ host: WebHost; dir: string; base: string; token: string }> {
  const dir = tempDir();
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Stillroom</title>');
  const host = await startWebHost({
    services: services(path.join(dir, 'data')),
    rendererDir,
    port: 0,
    reportError: () => {},
    log,
  });
  const url = new URL(host.url);
  return { host, dir, base: url.origin, token: url.searchParams.get('token')! };
}
