import fs from 'node:fs';
import path from 'node:path';
import { HistoryRecord } from '../../src/session/history';

/**
 * The session history: one JSON line per closed session, only ever appended to. A line that
 * cannot be read (say, cut short by a power loss) is skipped and reported, never removed.
 */
export class HistoryService {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'session-history.jsonl');
  }

  append(record: HistoryRecord): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // A line cut short earlier must not swallow this one.
    const size = fs.existsSync(this.file) ? fs.statSync(this.file).size : 0;
    let lead = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      const fd = fs.openSync(this.file, 'r');
      fs.readSync(fd, last, 0, 1, size - 1);
      fs.closeSync(fd);
      if (last.toString() !== '\n') lead = '\n';
    }
    fs.appendFileSync(this.file, lead + JSON.stringify(HistoryRecord.parse(record)) + '\n');
  }

  /** Every readable record, oldest first, and how many lines could not be read. */
  list(): { records: HistoryRecord[]; unreadableLines: number } {
    if (!fs.existsSync(this.file)) return { records: [], unreadableLines: 0 };
    const records: HistoryRecord[] = [];
    let unreadableLines = 0;
    for (const line of fs.readFileSync(this.file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        records.push(HistoryRecord.parse(JSON.parse(line)));
      } catch {
        unreadableLines += 1;
      }
    }
    return { records, unreadableLines };
  }
}
