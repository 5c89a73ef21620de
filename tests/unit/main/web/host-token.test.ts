import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { hostToken } from '../../../../main/web/host-token';

const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-token-'));
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('the web host’s token', () => {
  test('lasts across restarts of the same data folder, readable by its user only', () => {
    const dir = dataDir();
    const first = hostToken(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(hostToken(dir)).toBe(first);
    expect(mode(path.join(dir, 'web-host-token'))).toBe(0o600);
    // Another data folder, another room: another token.
    expect(hostToken(dataDir())).not.toBe(first);
  });

  test('a kept file that others could read is closed to them again', () => {
    const dir = dataDir();
    const token = hostToken(dir);
    fs.chmodSync(path.join(dir, 'web-host-token'), 0o644);
    expect(hostToken(dir)).toBe(token);
    expect(mode(path.join(dir, 'web-host-token'))).toBe(0o600);
  });

  test('--new-token replaces it, and the new one is kept from then on', () => {
    const dir = dataDir();
    const old = hostToken(dir);
    const rotated = hostToken(dir, { rotate: true });
    expect(rotated).not.toBe(old);
    expect(hostToken(dir)).toBe(rotated);
  });

  test('a damaged token file is replaced by a good token, never used as one', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, 'web-host-token'), 'short; or anything else\n');
    const token = hostToken(dir);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(fs.readFileSync(path.join(dir, 'web-host-token'), 'utf8').trim()).toBe(token);
  });
});
