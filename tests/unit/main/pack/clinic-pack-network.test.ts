import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACK_MANIFEST } from '@domain/clinic/clinic-pack';
import { SafeZip } from '../../../../main/pack/safe-zip';
import { services, tempDir } from '../../../support/services';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

function room() {
  const app = services();
  opened.push(app);
  return app;
}

describe('a clinic pack and the clinic network', () => {
  it('carries the broker address and clinic id to another room, never the password or the CA file', async () => {
    const source = room();
    await source.handlers['network.save']({
      settings: {
        enabled: false,
        brokerUrl: 'mqtts://broker.clinic.lan:8883',
        clinicId: 'northside',
        caFile: '/etc/stillroom/clinic-ca.pem',
        homeAssistantDiscovery: true,
        publishRoom: true,
      },
      password: 'source-room-password',
    });
    const file = path.join(tempDir(), 'pack.zip');
    await source.handlers['pack.export']({ path: file, includeAudio: false });
    const zip = await SafeZip.open(file, () => true);
    const manifest = await zip.readText(PACK_MANIFEST, 10_000_000);
    zip.close();
    expect(JSON.parse(manifest).network).toEqual({
      brokerUrl: 'mqtts://broker.clinic.lan:8883',
      clinicId: 'northside',
    });
    expect(manifest).not.toContain('source-room-password');
    expect(manifest).not.toContain('clinic-ca.pem');

    const other = room();
    await other.handlers['pack.import']({ path: file });
    const view = await other.handlers['network.get']({});
    expect(view.settings).toEqual({
      enabled: false,
      brokerUrl: 'mqtts://broker.clinic.lan:8883',
      clinicId: 'northside',
      caFile: '',
      homeAssistantDiscovery: false,
      publishRoom: true,
    });
    expect(view.passwordSet).toBe(false);
    expect(view.roomId).not.toBe((await source.handlers['network.get']({})).roomId);
  });
});
