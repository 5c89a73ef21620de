import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * The web host's token, kept in the data folder (readable by its user only) so the address a
 * browser tab or the room's ambient display holds stays good across restarts. `rotate` makes a
 * new one, which every open tab then needs.
 */
export function hostToken(dataDir: string, { rotate = false }: { rotate?: boolean } = {}): string {
  const file = path.join(dataDir, 'web-host-token');
  if (!rotate) {
    try {
      const kept = fs.readFileSync(file, 'utf8').trim();
      if (TOKEN.test(kept)) {
        fs.chmodSync(file, 0o600);
        return kept;
      }
    } catch {
      // None kept yet, or unreadable: a new one is made below.
    }
  }
  const token = randomBytes(24).toString('base64url');
  fs.mkdirSync(dataDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${token}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
  return token;
}
