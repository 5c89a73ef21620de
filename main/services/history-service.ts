import fs from 'node:fs';
import path from 'node:path';
import { HistoryRecord } from '@domain/session/history';

/**
 * The session history: one JSON line per closed session, only ever appended to. A line that
 * cannot be read (say, cut short by a power loss) is skipped and reported, never removed.
 */
export class HistoryService {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'session-history.jsonl');
  }

  /**
   * Appends one line and waits until it is on the disk. If the disk refuses part way, the file
   * is cut back to what it was, so a failed close leaves no half line, and the error is thrown.
   */
  async append(record: HistoryRecord): Promise<void> {
    const line = JSON.stringify(HistoryRecord.parse(record)) + '\n';
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const handle = await fs.promises.open(this.file, 'a+');
    let size = 0;
    try {
      size = (await handle.stat()).size;
      // A line cut short earlier must not swallow this one.
      const last = Buffer.alloc(1);
      if (size > 0) await handle.read(last, 0, 1, size - 1);
      const lead = size > 0 && last.toString() !== '\n' ? '\n' : '';
      await handle.appendFile(lead + line);
      await handle.sync();
    } catch (error) {
      await handle.truncate(size).catch(() => {});
      throw error;
    } finally {
      await handle.close();
    }
  }

  /** Whether the history holds a line for this session. */
  has(sessionId: string): boolean {
    return this.list().records.some((record) => record.sessionId === sessionId);
  }

  /**
   * Every readable record, oldest first, and how many lines could not be read. A session closed
   * twice (its close written to the history, the app stopped before the run log said so, and
   * closed again after a restart) counts once, as it was closed last.
   */
  list(): { records: HistoryRecord[]; unreadableLines: number } {
    if (!fs.existsSync(this.file)) return { records: [], unreadableLines: 0 };
    const bySession = new Map<string, HistoryRecord>();
    let unreadableLines = 0;
    for (const line of fs.readFileSync(this.file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        const record = HistoryRecord.parse(JSON.parse(line));
        bySession.delete(record.sessionId);
        bySession.set(record.sessionId, record);
      } catch {
        unreadableLines += 1;
      }
    }
    return { records: [...bySession.values()], unreadableLines };
  }
}
