import fs from 'node:fs';
import path from 'node:path';

/** The documents a pack replaces, backed up before every import so one step restores them. */
const BACKED_UP = [
  'clinic-config.json',
  'programs.json',
  'journeys.json',
  'playlists.json',
  'library.json',
  'clinic-network.json',
];

/**
 * The copy of a room's documents from before the last clinic pack import. An import stages a
 * new copy first, and that copy replaces the old one only once the import has finished.
 */
export class PackBackup {
  private readonly dir: string;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = path.join(dataDir, 'backups', 'before-import');
  }

  /** When the settings before the last import were saved, or null when there is no backup. */
  last(): { takenAt: string } | null {
    const stamp = path.join(this.dir, 'taken-at.txt');
    return fs.existsSync(stamp) ? { takenAt: fs.readFileSync(stamp, 'utf8') } : null;
  }

  /** Puts back the documents as they were before the last import, byte for byte. */
  restore(): void {
    this.restoreFrom(this.dir);
  }

  /** Copies the documents an import replaces to a new folder beside the backup, and answers it. */
  stage(): string {
    const staged = `${this.dir}.partial`;
    fs.rmSync(staged, { recursive: true, force: true });
    fs.mkdirSync(staged, { recursive: true });
    for (const name of BACKED_UP) {
      const live = path.join(this.dataDir, name);
      if (fs.existsSync(live)) fs.copyFileSync(live, path.join(staged, name));
    }
    fs.writeFileSync(path.join(staged, 'taken-at.txt'), this.now().toISOString());
    return staged;
  }

  /** A finished import: its staged copy replaces the backup of the one before it. */
  keep(staged: string): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.renameSync(staged, this.dir);
  }

  /** A failed import: the documents go back to the staged copy, which is then dropped. */
  rollBack(staged: string): void {
    this.restoreFrom(staged);
    fs.rmSync(staged, { recursive: true, force: true });
  }

  private restoreFrom(dir: string): void {
    for (const name of BACKED_UP) {
      const saved = path.join(dir, name);
      const live = path.join(this.dataDir, name);
      if (fs.existsSync(saved)) fs.copyFileSync(saved, live);
      else fs.rmSync(live, { force: true });
    }
  }
}
