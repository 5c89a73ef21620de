import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A path as staff typed or pasted it, made into the absolute path they meant: surrounding
 * quotes (from "Copy as path"), a leading ~ for their home folder, file:// addresses and a
 * shell's escaped spaces are understood. A relative path is refused: it would otherwise be
 * taken from wherever the app happens to run.
 */
export function understandTypedPath(typed: string, home: string): { path: string } | { refused: string } {
  let text = typed.trim();
  const quoted = /^(["'])(.*)\1$/s.exec(text);
  if (quoted) text = quoted[2]!.trim();
  if (/^file:\/\//i.test(text)) {
    try {
      return { path: fileURLToPath(text) };
    } catch {
      return { refused: 'This file:// address could not be read as a path on this computer.' };
    }
  }
  if (text === '~' || text.startsWith('~/') || text.startsWith(`~${path.sep}`)) text = path.join(home, text.slice(1));
  if (!path.isAbsolute(text)) {
    return {
      refused: `Type the full path, starting with ${path.sep === '/' ? '/' : 'a drive letter'} (or ~ for your home folder).`,
    };
  }
  // A path copied from a terminal has its spaces escaped ("My\ Music").
  if (path.sep === '/' && text.includes('\\ ') && !fs.existsSync(text)) text = text.replace(/\\ /g, ' ');
  return { path: path.normalize(text) };
}
