import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { FUSES } from '../../electron-builder.config';

describe('the installers’ configuration', () => {
  it('hands electron-builder the one fuse list kept in the config', () => {
    expect(config.electronFuses).toBe(FUSES);
  });

  it.each([
    ['running the binary as plain Node (ELECTRON_RUN_AS_NODE)', 'runAsNode', false],
    ['NODE_OPTIONS and NODE_EXTRA_CA_CERTS', 'enableNodeOptionsEnvironmentVariable', false],
    ['--inspect and friends on the command line', 'enableNodeCliInspectArguments', false],
    ['checking app.asar against its recorded hash', 'enableEmbeddedAsarIntegrityValidation', true],
    ['loading the app only from app.asar', 'onlyLoadAppFromAsar', true],
    ['file:// pages’ extra privileges (the app loads from app://)', 'grantFileProtocolExtraPrivileges', false],
  ] as const)('sets the fuse for %s', (_what, fuse, on) => {
    expect(config.electronFuses?.[fuse]).toBe(on);
  });

  it('packs the app into an asar archive holding only the build, the assets and package.json', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([
      'out/**',
      '!out/web-host/**',
      'assets/**',
      '!assets/generate-ambience.sh',
      'package.json',
    ]);
  });

  it('builds an AppImage and a .deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.productName).toBe('Stillroom');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('uses an icon large enough for every platform (a PNG of at least 512×512)', () => {
    for (const icon of [config.icon, config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      const png = fs.readFileSync(icon!);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // The IHDR chunk's width and height, big-endian, right after the signature and chunk header.
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
    }
  });
});
