import path from 'node:path';

/** One file found for import, as staff read its path and as the file system is given it. */
export interface SourceFile {
  /** The path as shown to staff (bytes that are not UTF-8 shown as �). */
  display: string;
  /** The path itself, or its raw bytes when its name is not valid UTF-8 (Node opens either). */
  fsPath: string | Buffer;
  size: number;
}

/** True when the bytes are valid UTF-8, so the path can be kept as text. */
export function isUtf8(bytes: Buffer): boolean {
  return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/** A path kept as bytes while walking, so names that are not UTF-8 can still be opened. */
export const joinBytes = (dir: Buffer, name: Buffer): Buffer => Buffer.concat([dir, Buffer.from(path.sep), name]);

/** How a file system path reads to staff. */
export const displayPath = (bytes: Buffer): string => bytes.toString('utf8');

/** The path to open: text where it can be, bytes where it cannot. */
export const fsPathOf = (bytes: Buffer): string | Buffer => (isUtf8(bytes) ? bytes.toString('utf8') : bytes);

/**
 * A name that is not UTF-8 most often comes from an older system in Latin-1 (Windows-1252):
 * read that way, "caf\xE9" is "café". Used for titles and to help staff find the file.
 */
export const latin1Name = (fsPath: string | Buffer): string =>
  typeof fsPath === 'string' ? path.basename(fsPath) : path.basename(fsPath.toString('latin1'));
