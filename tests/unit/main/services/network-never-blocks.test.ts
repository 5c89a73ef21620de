import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../main/services/app-services';
import { systemClock } from '../../../../main/services/system-clock';
import { fileStores, tempDir } from '../../../support/services';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A "broker" that takes the connection and never answers: the worst a network can do. */
async function silentBroker(): Promise<string> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    sockets.forEach((s) => s.destroy());
    server.close();
  });
  return `mqtt://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}

describe('a broker that never answers', () => {
  it('never holds up the session: it starts, and every control takes effect at once', async () => {
    const url = await silentBroker();
    const dataDir = tempDir();
    const app = createAppServices({
      dataDir,
      assetsDir: path.resolve('assets'),
      clock: systemClock,
      timeScale: 1,
      storeFactory: fileStores,
      version: '0.0.0',
      networkPresets: { url, username: 'room-1' },
    });
    cleanups.push(() => app.close());
    const settings = {
      enabled: true,
      brokerUrl: url,
      clinicId: 'northside',
      caFile: '',
      homeAssistantDiscovery: true,
      publishRoom: true,
    };
    await app.handlers['network.save']({ settings });

    const started = performance.now();
    await app.handlers['session.start']({ programId: 'iv-40' });
    for (const type of ['dose', 'quiet', 'staffLightOn', 'pause'] as const) {
      const before = performance.now();
      const snapshot = await app.handlers['session.control']({ type });
      expect(snapshot.run.events.at(-1)!.type).toBe(type);
      expect(performance.now() - before).toBeLessThan(50);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await app.handlers['network.get']({})).connection.state).toBe('connecting');
  }, 10_000);
});
