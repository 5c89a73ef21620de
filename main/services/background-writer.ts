import fs from 'node:fs/promises';
import path from 'node:path';

/** How long the writer waits before trying a failed write again: growing, never busy. */
const RETRY_MS = [250, 500, 1_000, 2_000];

const STORAGE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

/** Whether an error is the disk refusing a write (full, read-only, no permission, failing). */
export function isStorageError(error: unknown): boolean {
  return STORAGE_CODES.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

/** The storage failure in words staff understand, with the system's code for whoever fixes it. */
export function describeStorageError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `disk full (${code})`;
    case 'EROFS':
      return `the disk is read-only (${code})`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to write the data folder (${code})`;
    case 'EIO':
      return `the disk reported an error (${code})`;
    default:
      return code ? `the disk refused the write (${code})` : `the write failed (${String(error)})`;
  }
}

/**
 * Keeps one JSON document written to disk in the background. `save` never waits and never
 * throws: the newest document is written through a temporary file and a rename, and a write
 * the disk refuses is tried again later, on a timer, without blocking anything meanwhile.
 * `problem` says why the disk holds an older version, until a write succeeds.
 */
export class BackgroundWriter<T> {
  private pending: { document: T; version: number } | null = null;
  private version = 0;
  private writtenVersion = 0;
  private writing: Promise<void> | null = null;
  /** On quit: no more retries once the last try is made. */
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private readonly waiters: { version: number; resolve: () => void }[] = [];
  private readonly listeners = new Set<(problem: string | null) => void>();
  problem: string | null = null;

  constructor(
    readonly file: string,
    private readonly reportError: (error: unknown) => void = () => {},
  ) {}

  /** Writes `document` as soon as the disk allows; later saves replace one not yet written. */
  save(document: T): void {
    this.pending = { document, version: ++this.version };
    if (!this.writing && !this.retry && !this.stopped) void this.flush();
  }

  /** Resolves once everything saved so far is on disk (it may wait for ever while the disk refuses). */
  whenWritten(): Promise<void> {
    if (this.writtenVersion >= this.version) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ version: this.version, resolve }));
  }

  /** Tries a refused write again at once (say, when staff press a control). */
  retryNow(): void {
    if (!this.retry) return;
    clearTimeout(this.retry);
    this.retry = null;
    void this.flush();
  }

  onProblem(listener: (problem: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops retrying (on quit), after one last try to write what is waiting. */
  async close(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    while (this.writing) await this.writing;
    if (this.pending) await this.flush();
  }

  private flush(): Promise<void> {
    this.writing = this.writeNext().finally(() => {
      this.writing = null;
      this.followUp();
    });
    return this.writing;
  }

  private async writeNext(): Promise<void> {
    const next = this.pending;
    if (!next) return;
    this.pending = null;
    try {
      await writeAtomically(this.file, JSON.stringify(next.document, undefined, '\t'));
      this.writtenVersion = next.version;
      this.failures = 0;
      this.setProblem(null);
      for (const waiter of this.waiters.splice(0)) {
        if (waiter.version <= this.writtenVersion) waiter.resolve();
        else this.waiters.push(waiter);
      }
    } catch (error) {
      // Unless something newer came meanwhile, this is still the document to write.
      this.pending ??= next;
      if (this.problem === null) this.reportError(error);
      this.setProblem(describeStorageError(error));
      this.failures += 1;
    }
  }

  /** After a write: the next one at once, or a retry later while the disk refuses. */
  private followUp(): void {
    if (!this.pending || this.stopped || this.retry) return;
    if (this.problem === null) {
      void this.flush();
    } else {
      const delay = RETRY_MS[Math.min(this.failures - 1, RETRY_MS.length - 1)]!;
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.flush();
      }, delay);
      this.retry.unref?.();
    }
  }

  private setProblem(problem: string | null): void {
    if (problem === this.problem) return;
    this.problem = problem;
    for (const listener of this.listeners) listener(problem);
  }
}

/** Writes through a temporary file beside `file` and a rename, so a reader never sees half a document. */
async function writeAtomically(file: string, data: string): Promise<void> {
  const temp = path.join(path.dirname(file), `${path.basename(file)}.tmp-${process.pid}`);
  const mode = ((await fs.stat(file).catch(() => null))?.mode ?? 0o644) & 0o777;
  try {
    const handle = await fs.open(temp, 'w', mode);
    try {
      await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}
