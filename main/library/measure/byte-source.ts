import fs from 'node:fs';

/** Random access to a file's bytes, for reading headers, frames and pages. */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Promise<Buffer>;
}

export async function openByteSource(fsPath: string | Buffer): Promise<ByteSource & { close(): Promise<void> }> {
  // Never blocks on a pipe put where the walk found a file: it is opened, seen and refused.
  const handle = await fs.promises.open(fsPath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    throw new Error('It is not an ordinary file (a pipe, socket or device), so it was not read.');
  }
  const { size } = stat;
  return {
    size,
    read: async (offset, length) => {
      const wanted = Math.max(0, Math.min(length, size - offset));
      const buffer = Buffer.alloc(wanted);
      const { bytesRead } = await handle.read(buffer, 0, wanted, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}
