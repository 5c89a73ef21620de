import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { services, tempDir } from '../support/services';

/** A named pipe: reading it waits for a writer that never comes. */
function fifo(name: string): string {
  const file = path.join(tempDir(), name);
  execFileSync('mkfifo', [file]);
  return file;
}

const NOT_A_FILE = /not an ordinary file \(it is a pipe, socket or device\)/;

describe('a path staff give must name an ordinary file of a stated size', () => {
  it('refuses a pipe as the logo at once, and the room goes on answering', async () => {
    const room = services();
    await expect(room.handlers['clinic.importLogo']({ path: fifo('logo.png') })).rejects.toThrow(NOT_A_FILE);
    expect(await room.handlers['session.get']({})).toBeNull();
  });

  it('refuses a device as the logo without reading it', async () => {
    await expect(services().handlers['clinic.importLogo']({ path: '/dev/zero' })).rejects.toThrow(NOT_A_FILE);
  });

  it('refuses a logo over 2 MB before reading it', async () => {
    const big = path.join(tempDir(), 'poster.png');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 3 * 1024 * 1024);
    await expect(services().handlers['clinic.importLogo']({ path: big })).rejects.toThrow(/larger than 2 MB/);
  });

  it('refuses four pipes given as packs at once, and an import still runs afterwards', async () => {
    const room = services();
    const pipes = ['a', 'b', 'c', 'd'].map((name) => fifo(`${name}.zip`));
    const results = await Promise.allSettled(pipes.map((file) => room.handlers['pack.preview']({ path: file })));
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect(String((result as PromiseRejectedResult).reason)).toMatch(NOT_A_FILE);
    }
    // Node's I/O threads are all free: a file read still answers.
    const notes = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(notes, 'not music');
    expect((await room.handlers['library.import']({ paths: [notes], mode: 'reference' })).failed).toHaveLength(1);
  });

  it('refuses a folder or a device given as a pack, and a pipe in a folder being imported', async () => {
    const room = services();
    await expect(room.handlers['pack.import']({ path: tempDir() })).rejects.toThrow(/is a folder; choose a file/);
    await expect(room.handlers['pack.import']({ path: '/dev/null' })).rejects.toThrow(NOT_A_FILE);
    const folder = path.dirname(fifo('track.mp3'));
    const report = await room.handlers['library.import']({ paths: [folder], mode: 'copy' });
    expect(report.failed).toEqual([
      { path: path.join(folder, 'track.mp3'), reason: expect.stringMatching(/not an ordinary file/) },
    ]);
  });
});
