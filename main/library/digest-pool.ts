import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, kept as plain JavaScript so it runs the same in Electron, the web host and
 * the tests without a bundling step. It hashes a byte range of a file with SHA-256, reading a
 * megabyte at a time on its own thread.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const buffer = Buffer.allocUnsafe(1 << 20);
parentPort.on('message', ({ id, file, start, end }) => {
  let fd = null;
  try {
    fd = fs.openSync(typeof file === 'string' ? file : Buffer.from(file), 'r');
    const hash = crypto.createHash('sha256');
    for (let pos = start; pos < end; ) {
      const read = fs.readSync(fd, buffer, 0, Math.min(buffer.length, end - pos), pos);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
      pos += read;
    }
    parentPort.postMessage({ id, digest: hash.digest('hex') });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
});
`;

interface Job {
  resolve: (digest: string) => void;
  reject: (error: Error) => void;
}

/**
 * Digests of whole audio data, worked out on worker threads so a large import never holds up
 * the main process (the session clock, the lights, the windows' requests).
 */
export class DigestPool {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;

  constructor(size = Math.max(1, Math.min(2, os.availableParallelism() - 1))) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      worker.on('message', ({ id, digest, error }: { id: number; digest?: string; error?: string }) => {
        const job = this.jobs.get(id);
        this.jobs.delete(id);
        if (digest) job?.resolve(digest);
        else job?.reject(new Error(`It could not be read (${error}).`));
      });
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
    }
  }

  /** SHA-256 (hex) of bytes `start` to `end` of a file. */
  digest(file: string | Buffer, start: number, end: number): Promise<string> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, file, start, end });
    });
  }

  private failAll(error: Error): void {
    for (const job of this.jobs.values()) job.reject(error);
    this.jobs.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
