import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../main/pack/safe-zip';
import { exportedPack } from '../support/pack-entries';
import { rawZip, type RawEntry } from '../support/raw-zip';
import { services, tempDir } from '../support/services';

function writeZip(entries: RawEntry[]): string {
  const file = path.join(tempDir(), 'crafted.zip');
  fs.writeFileSync(file, rawZip(entries));
  return file;
}

/** Every file and folder under the data folder, to prove a refusal changed nothing. */
const listing = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('a pack’s entries are checked, not trusted', () => {
  it.each([
    ['stored', false],
    ['deflated', true],
  ])('refuses %s audio whose bytes no longer match their CRC-32, and imports nothing', async (_, deflate) => {
    const { entries } = await exportedPack();
    const audio = entries.findIndex((e) => e.name.startsWith('audio/'));
    const original = entries[audio]!.data!;
    const damaged = Buffer.from(original);
    damaged[Math.floor(damaged.length / 2)]! ^= 0x01;
    entries[audio] = { ...entries[audio]!, data: damaged, crc: zlib.crc32(original), deflate };
    const room = services();
    const before = listing(room.dataDir);
    await expect(room.handlers['pack.import']({ path: writeZip(entries) })).rejects.toThrow(
      /damaged \(its checksum does not match\)/,
    );
    expect(listing(room.dataDir)).toEqual(before);
  });

  it('refuses a damaged manifest by its CRC-32 too', async () => {
    const { entries } = await exportedPack();
    const manifest = entries[0]!.data!;
    entries[0] = {
      ...entries[0]!,
      data: Buffer.from(manifest.toString().replace('Shore', 'Shorf')),
      crc: zlib.crc32(manifest),
    };
    await expect(services().handlers['pack.preview']({ path: writeZip(entries) })).rejects.toThrow(/checksum/);
  });

  it('counts folder entries toward the limit, and refuses a pack of too many entries at once', async () => {
    const { entries } = await exportedPack();
    const folders = Array.from({ length: PACK_LIMITS.maxEntries + 10 }, (_, i) => ({ name: `audio/x${i}/` }));
    const file = writeZip([...entries, ...folders]);
    const startedAt = performance.now();
    await expect(services().handlers['pack.preview']({ path: file })).rejects.toThrow(
      `The pack holds more than ${PACK_LIMITS.maxEntries} entries.`,
    );
    expect(performance.now() - startedAt).toBeLessThan(2_000);
  });
});
