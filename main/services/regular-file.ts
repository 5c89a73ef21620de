import fs from 'node:fs';
import { promisify } from 'node:util';
import { UserError } from './user-error';

const open = promisify(fs.open);
const fstat = promisify(fs.fstat);
const close = promisify(fs.close);
// Opening a pipe for reading would wait for a writer (holding one of Node's few I/O threads for good).
const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

/**
 * Opens a file staff named (typed, or chosen) for reading, only if it is an ordinary file of at
 * most `maxBytes`. A pipe, socket or device is refused with a clear message and never read.
 * Answers the descriptor (the caller closes it) and the size.
 */
export async function openRegularFile(
  file: string | Buffer,
  what: { name: string; tooLarge: string; maxBytes: number },
): Promise<{ fd: number; size: number }> {
  let fd: number;
  try {
    fd = await open(file, fs.constants.O_RDONLY | NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${what.name} does not exist: check the path.`);
    if (code === 'EISDIR') throw new UserError(`${what.name} is a folder; choose a file.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError(`${what.name} cannot be opened (permission denied).`);
    throw new UserError(`${what.name} could not be opened (${code ?? String(error)}).`);
  }
  try {
    const stat = await fstat(fd);
    if (stat.isDirectory()) throw new UserError(`${what.name} is a folder; choose a file.`);
    if (!stat.isFile()) {
      throw new UserError(`${what.name} is not an ordinary file (it is a pipe, socket or device), so it was not read.`);
    }
    if (stat.size > what.maxBytes) throw new UserError(what.tooLarge);
    return { fd, size: stat.size };
  } catch (error) {
    await close(fd).catch(() => {});
    throw error;
  }
}

/** Reads a whole ordinary file of at most `maxBytes`; anything else is refused as above. */
export async function readRegularFile(
  file: string,
  what: { name: string; tooLarge: string; maxBytes: number },
): Promise<Buffer> {
  const { fd, size } = await openRegularFile(file, what);
  try {
    // One byte more than allowed shows a file that grew since it was measured.
    const buffer = Buffer.alloc(Math.min(size, what.maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const read = await promisify(fs.read)(fd, buffer, filled, buffer.length - filled, filled);
      if (read.bytesRead === 0) break;
      filled += read.bytesRead;
      if (filled > what.maxBytes) throw new UserError(what.tooLarge);
      if (filled === buffer.length) break;
    }
    return buffer.subarray(0, filled);
  } finally {
    await close(fd).catch(() => {});
  }
}
