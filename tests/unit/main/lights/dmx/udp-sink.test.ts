import dgram from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { DmxDriver } from '../../../../../main/lights/dmx/dmx-driver';
import { openUdpSink, type PacketSink } from '../../../../../main/lights/dmx/udp-sink';
import { systemClock } from '../../../../../main/services/system-clock';
import { waitFor } from '../../../../support/wait-for';

/** An address no machine here has: TEST-NET-3 is reserved for documentation. */
const NOT_OURS = '203.0.113.77';
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function listener(): Promise<{ port: number; received: { data: Buffer; from: number }[] }> {
  const socket = dgram.createSocket('udp4');
  const received: { data: Buffer; from: number }[] = [];
  socket.on('message', (data, from) => received.push({ data, from: from.port }));
  await new Promise<void>((resolve) => socket.bind({ port: 0, address: '127.0.0.1' }, resolve));
  cleanup.push(() => new Promise<void>((resolve) => socket.close(() => resolve())));
  return { port: socket.address().port, received };
}

function sink(options: Parameters<typeof openUdpSink>[0] = {}): PacketSink {
  const opened = openUdpSink(options);
  cleanup.push(() => opened.close());
  return opened;
}

describe('the UDP packet sink', () => {
  it('delivers packets from an ephemeral port, leaving 5568 and 6454 to receivers', async () => {
    const { port, received } = await listener();
    const out = sink();
    await out.send(Uint8Array.of(1, 2, 3), '127.0.0.1', port);
    await out.send(Uint8Array.of(4), '127.0.0.1', port);
    await waitFor('both packets', () => received.length === 2);
    expect(received.map((r) => [...r.data])).toEqual([[1, 2, 3], [4]]);
    expect(received[0]!.from).toBe(received[1]!.from);
    expect([5568, 6454]).not.toContain(received[0]!.from);
  });

  it('rejects with the system’s error when its local address is not this machine’s, and tries again next time', async () => {
    const out = sink({ localAddress: NOT_OURS });
    await expect(out.send(Uint8Array.of(1), '127.0.0.1', 9)).rejects.toMatchObject({ code: 'EADDRNOTAVAIL' });
    await expect(out.send(Uint8Array.of(1), '127.0.0.1', 9)).rejects.toMatchObject({ code: 'EADDRNOTAVAIL' });
  });

  it('refuses to send once closed', async () => {
    const out = sink();
    await out.close();
    await expect(out.send(Uint8Array.of(1), '127.0.0.1', 9)).rejects.toThrow(/closed/);
  });
});

describe('the DMX driver on a real socket', () => {
  it('says why it cannot send, without throwing, while the lighting address is missing', async () => {
    const driver = new DmxDriver({
      settings: { protocol: 'sacn', host: '', interfaceAddress: NOT_OURS, universe: 1, startChannel: 1, fixtures: 1 },
      cid: new Uint8Array(16).fill(7),
      sourceName: 'Stillroom test',
      clock: systemClock,
    });
    cleanup.push(() => driver.close());
    expect(() => driver.follow({ levelAt: () => 40 })).not.toThrow();
    const status = await waitFor('the output to report a problem', () => {
      const now = driver.status();
      return now.state === 'retrying' ? now : undefined;
    });
    expect(status.reason).toMatch(/does not have the network address chosen for lighting/);
  });
});
