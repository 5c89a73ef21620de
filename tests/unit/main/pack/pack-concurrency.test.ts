import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SafeZip } from '../../../../main/pack/safe-zip';
import { exportedPack } from '../../../support/pack-entries';
import { rawZip } from '../../../support/raw-zip';
import { services, tempDir } from '../../../support/services';

/** A pack of two tracks with their audio, and a copy whose second track turns out damaged while unpacking. */
async function twoPacks() {
  const { file: good, entries } = await exportedPack();
  const last = entries.at(-1)!;
  // Compressed and claiming one byte less: found only once that entry is unpacked, after the first.
  entries[entries.length - 1] = { ...last, deflate: true, declaredSize: last.data!.length - 1 };
  const damaged = path.join(tempDir(), 'damaged.zip');
  fs.writeFileSync(damaged, rawZip(entries));
  return { good, damaged };
}

describe('clinic packs brought in at the same time', () => {
  it('are taken one at a time, and no track is ever left without its file', async () => {
    const { good, damaged } = await twoPacks();
    for (let round = 0; round < 8; round++) {
      const room = services();
      const order = round % 2 === 0 ? [good, damaged] : [damaged, good];
      const results = await Promise.allSettled(order.map((file) => room.handlers['pack.import']({ path: file })));
      const refusals = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      expect(refusals.some((reason) => /Another clinic pack is being brought in/.test(reason))).toBe(true);
      for (const track of await room.handlers['library.list']({})) {
        const file = path.join(room.dataDir, 'library', track.source.kind === 'copy' ? track.source.file : '');
        expect(fs.existsSync(file), `round ${round}: ${track.title}`).toBe(true);
      }
      // Once the first is done, the good pack comes in whole.
      await room.handlers['pack.import']({ path: good });
      expect(await room.handlers['library.list']({})).toHaveLength(2);
    }
  });

  it('replaces a file an unfinished import left where a track’s audio goes, and never trusts it', async () => {
    const { good } = await twoPacks();
    const room = services();
    const zip = await SafeZip.open(good, () => true);
    const audio = [...zip.entries.keys()].filter((name) => name.startsWith('audio/'));
    const expected = await Promise.all(audio.map((name) => zip.readBytes(name, 10_000_000)));
    zip.close();
    const files = path.join(room.dataDir, 'library', 'files');
    fs.mkdirSync(files, { recursive: true });
    for (const name of audio) fs.writeFileSync(path.join(files, path.basename(name)), 'cut short');
    await room.handlers['pack.import']({ path: good });
    expect(audio.map((name) => fs.readFileSync(path.join(files, path.basename(name))))).toEqual(expected);
  });
});
