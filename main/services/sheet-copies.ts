import fs from 'node:fs';
import path from 'node:path';
import type { TakeHomeSheet } from '@domain/sheet/take-home-sheet';
import { UserError } from './user-error';

/**
 * Copies of printed take-home sheets, one JSON line each, kept only when the clinic chose to
 * keep them (off by default: otherwise nothing about a sheet outlives its printing).
 */
export class SheetCopies {
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly enabled: () => boolean,
  ) {
    this.file = path.join(dataDir, 'take-home-sheets.jsonl');
  }

  keep(sheet: TakeHomeSheet): void {
    if (!this.enabled()) throw new UserError('This clinic does not keep copies of take-home sheets.');
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.appendFileSync(this.file, JSON.stringify(sheet) + '\n', { mode: 0o600 });
  }
}
