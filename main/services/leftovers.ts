import fs from 'node:fs';
import path from 'node:path';

/** A document being written (`<name>.json.tmp-…`, from this and earlier versions) or audio being unpacked (`….partial-<pid>`). */
const IN_PROGRESS = [
  { folder: [], name: /\.json\.tmp-[\w-]+$/ },
  { folder: ['library', 'files'], name: /\.partial-\d+$/ },
];

/**
 * Removes the temporary files a write in progress leaves behind when the app is killed. Run at
 * start-up, before any store opens, when none of them can be in use.
 */
export function removeLeftovers(dataDir: string, reportError: (error: unknown) => void = () => {}): void {
  for (const { folder, name } of IN_PROGRESS) {
    const dir = path.join(dataDir, ...folder);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile() || !name.test(entry.name)) continue;
      try {
        fs.rmSync(path.join(dir, entry.name));
      } catch (error) {
        reportError(error);
      }
    }
  }
}
