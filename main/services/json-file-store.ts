import fs from 'node:fs';
import path from 'node:path';
import type { DocumentStore, StoreFactory } from './document-store';

/**
 * Writes `data` to `file` through a temporary file beside it and a rename, once. A disk that
 * refuses is reported at once: never retried in a loop that would hold up everything else
 * (the light outputs' frames, the session clock's answers) while it waits.
 */
export function writeFileAtomically(file: string, data: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  // The new version keeps the old one's permissions (the light keys' file is the user's alone).
  const mode = (fs.statSync(file, { throwIfNoEntry: false })?.mode ?? 0o644) & 0o777;
  try {
    const fd = fs.openSync(temp, 'w', mode);
    try {
      fs.fchmodSync(fd, mode);
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** What identifies one version of a file on disk, to notice when something else replaced it. */
const versionOf = (file: string): string | null => {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : null;
};

/**
 * One JSON document in a file, kept in memory: read when opened (a file that is not JSON throws
 * a SyntaxError, so it can be moved aside), written on every change, and read again when
 * something else replaced the file (restoring a backup puts older documents back on disk).
 */
class JsonFileStore<T extends Record<string, unknown>> implements DocumentStore<T> {
  private current: T;
  private version: string | null;
  readonly path: string;

  constructor(
    file: string,
    private readonly defaults: T,
  ) {
    this.path = file;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (fs.existsSync(file)) {
      this.current = this.read();
    } else {
      writeFileAtomically(file, serialise(defaults));
      this.current = defaults;
    }
    this.version = versionOf(file);
  }

  private read(): T {
    const parsed: unknown = JSON.parse(fs.readFileSync(this.path, 'utf8'));
    // A document that is not an object counts as unreadable; the defaults fill gaps.
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new SyntaxError(`${this.path} does not hold a JSON object`);
    }
    return { ...this.defaults, ...(parsed as Partial<T>) };
  }

  get store(): T {
    const now = versionOf(this.path);
    if (now !== null && now !== this.version) {
      try {
        this.current = this.read();
      } catch {
        // Half a document written by someone else: keep the last one that could be read.
      }
      this.version = now;
    }
    return this.current;
  }

  /** Written first: when the disk refuses, the error is thrown and the document stays as it was. */
  set store(value: T) {
    writeFileAtomically(this.path, serialise(value));
    this.current = value;
    this.version = versionOf(this.path);
  }
}

const serialise = (value: unknown) => JSON.stringify(value, undefined, '\t');

/** The app's documents, `<cwd>/<name>.json`, in the desktop app, the web host and the tests alike. */
export const jsonFileStores: StoreFactory = ({ name, cwd, defaults }) =>
  new JsonFileStore(path.join(cwd, `${name}.json`), defaults);
