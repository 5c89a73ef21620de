import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { understandTypedPath } from '../library/typed-path';
import { UserError } from './user-error';

const HANDLE = /^chosen:[0-9a-f]{24}\//;
/** Handles kept for one run of the app; far more than staff choose, and a bound on memory. */
const MAX_KEPT = 50_000;

/**
 * Files and folders staff chose in a system dialog or dropped on the window (desktop app): the
 * main process keeps their paths and the page gets an opaque handle (`chosen:<id>/<name>`,
 * the name only to show), so a page can never name a path of its own choosing. Where paths are
 * typed (the web host), a typed path is understood as staff meant it and checked where it is used.
 */
export class ChosenFiles {
  private readonly paths = new Map<string, string>();

  constructor(
    /** True in the desktop app: only handles are accepted, never a path from the page. */
    private readonly handlesOnly: boolean,
    private readonly home = os.homedir(),
  ) {}

  /** A handle for a path the main process itself got from a dialog or a drop. */
  grant(file: string): string {
    const handle = `chosen:${randomBytes(12).toString('hex')}/${path.basename(file)}`;
    if (this.paths.size >= MAX_KEPT) this.paths.delete(this.paths.keys().next().value!);
    this.paths.set(handle, file);
    return handle;
  }

  /** The path a handle (or, in the web host, a typed path) stands for; refused with a reason otherwise. */
  resolve(given: string): string {
    if (HANDLE.test(given)) {
      const file = this.paths.get(given);
      if (file === undefined) throw new UserError('Stillroom no longer knows that file. Choose it again.');
      return file;
    }
    if (this.handlesOnly) {
      throw new UserError('Choose the file with “Choose…”, or drop it on the window; a typed path is not used here.');
    }
    const understood = understandTypedPath(given, this.home);
    if ('refused' in understood) throw new UserError(understood.refused);
    return understood.path;
  }

  /** Paths for an import: typed ones are passed on as typed (the import explains each it cannot use). */
  resolveForImport(given: string[]): string[] {
    return given.map((item) => (HANDLE.test(item) || this.handlesOnly ? this.resolve(item) : item));
  }
}
