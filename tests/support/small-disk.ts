import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A tmpfs of a few hundred KB that a test can fill up, make read-only and give back. */
export interface SmallDisk {
  dir: string;
  /**
   * Writes a filler file until the disk says it is full, and keeps it full until `makeRoom`: a
   * write in flight when the disk filled frees the old file's pages at its rename, and without
   * topping up, the app's next write would fit in exactly that space.
   */
  fill(): void;
  /** Deletes the filler, so the disk has room again. */
  makeRoom(): void;
  readOnly(on: boolean): void;
  unmount(): void;
}

/** Mounts a small tmpfs, or answers why it cannot (no root, or mounts not allowed in this container). */
export function mountSmallDisk(sizeKb = 512): SmallDisk | { refused: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-small-disk-'));
  const run = (args: string[]) => execFileSync('mount', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    run(['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0777`, 'tmpfs', dir]);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    const why = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    return { refused: `a tmpfs cannot be mounted here (${why})` };
  }
  const filler = path.join(dir, 'filler');
  let topUp: NodeJS.Timeout | undefined;
  const fillUp = () => {
    const fd = fs.openSync(filler, 'a');
    // Small blocks, so the last one leaves no page free.
    const block = Buffer.alloc(1024);
    try {
      for (;;) fs.writeSync(fd, block);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    } finally {
      fs.closeSync(fd);
    }
  };
  const stopTopping = () => {
    clearInterval(topUp);
    topUp = undefined;
  };
  return {
    dir,
    fill: () => {
      fillUp();
      topUp ??= setInterval(fillUp, 5);
    },
    makeRoom: () => {
      stopTopping();
      fs.rmSync(filler, { force: true });
    },
    readOnly: (on) => run(['-o', `remount,${on ? 'ro' : 'rw'}`, dir]),
    unmount: () => {
      stopTopping();
      execFileSync('umount', ['-l', dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
