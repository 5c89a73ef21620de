import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mountSmallDisk, type SmallDisk } from '../../../support/small-disk';
import { waitFor } from '../../../support/wait-for';

const probe = mountSmallDisk();
const refused = 'refused' in probe ? probe.refused : null;
if (!('refused' in probe)) probe.unmount();

let disk: SmallDisk | null = null;
afterEach(() => {
  disk?.unmount();
  disk = null;
});

const writes = (file: string, bytes: number) => {
  try {
    fs.writeFileSync(file, Buffer.alloc(bytes));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return false;
    throw error;
  }
};

// The disk-full tests rely on this: an app that was mid-write when the disk filled frees its old
// file at the rename, and its next write must still find the disk full.
describe.skipIf(refused !== null)(`a small disk filled by a test${refused ? ` (skipped: ${refused})` : ''}`, () => {
  it('stays full when a file on it is replaced after it filled', async () => {
    const mounted = mountSmallDisk(256);
    if ('refused' in mounted) throw new Error(mounted.refused);
    disk = mounted;
    const document = path.join(mounted.dir, 'session-run.json');
    fs.writeFileSync(document, Buffer.alloc(8 * 1024));
    mounted.fill();
    expect(writes(path.join(mounted.dir, 'new.tmp'), 100)).toBe(false);

    fs.rmSync(document);
    await waitFor('the freed space to be taken', () => fs.statfsSync(mounted.dir).bavail === 0, {
      timeoutMs: 2_000,
    });
    expect(writes(path.join(mounted.dir, 'next.tmp'), 100)).toBe(false);

    mounted.makeRoom();
    expect(writes(path.join(mounted.dir, 'after.tmp'), 8 * 1024)).toBe(true);
  });
});
