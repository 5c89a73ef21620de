import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebHost } from '../../main/web/web-host';
import { writeTone } from '../support/audio-fixtures';
import { fileStores, services, tempDir } from '../support/services';
import { startTestWebHost } from '../support/test-web-host';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('small things an attacker or a crash would notice', () => {
  it('the app’s own files answer only GET and HEAD', async () => {
    const started = await startTestWebHost();
    host = started.host;
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${started.base}/index.html`, { method, body: method === 'DELETE' ? null : 'x' });
      expect(response.status, method).toBe(405);
    }
    expect((await fetch(`${started.base}/index.html`, { method: 'HEAD' })).status).toBe(200);
  });

  it('temporary files a killed app left in the data folder are cleared at start, and nothing else', () => {
    const dataDir = tempDir();
    const files = path.join(dataDir, 'library', 'files');
    fs.mkdirSync(files, { recursive: true });
    const leftovers = [
      'session-run.json.tmp-4242',
      'clinic-config.json.tmp-1790000000000a1b2c3',
      path.join('library', 'files', 'abc.ogg.partial-4242'),
    ];
    for (const name of leftovers) fs.writeFileSync(path.join(dataDir, name), 'half');
    const kept = ['notes.tmp', path.join('library', 'files', 'abc.ogg'), 'session-history.jsonl'];
    for (const name of kept) fs.writeFileSync(path.join(dataDir, name), 'keep');
    services(dataDir);
    for (const name of leftovers) expect(fs.existsSync(path.join(dataDir, name)), name).toBe(false);
    for (const name of kept) expect(fs.readFileSync(path.join(dataDir, name), 'utf8'), name).toBe('keep');
  });

  it('while the patient screen is shown, the library names its tracks but not where they are on disk', async () => {
    const room = services();
    const music = path.join(tempDir(), 'Dr Lee private music');
    fs.mkdirSync(music);
    writeTone(path.join(music, 'shore.ogg'), { seconds: 1, frequency: 330 });
    await room.handlers['library.import']({ paths: [music], mode: 'reference' });
    await room.handlers['staff.setPin']({ newPin: '4821' });
    await room.handlers['staff.lock']({});
    const seen = JSON.stringify(await room.handlers['library.list']({}));
    expect(seen).toContain('shore');
    expect(seen).not.toContain(music);
    expect(seen).not.toContain('private');
  });

  it('a document rewritten keeps its permissions, so a file readable by its user alone stays so', () => {
    const dataDir = tempDir();
    const store = fileStores({ name: 'secrets', cwd: dataDir, defaults: { secrets: {} as Record<string, string> } });
    fs.chmodSync(store.path, 0o600);
    store.store = { secrets: { 'ha-ceiling': 'a token' } };
    expect(fs.statSync(store.path).mode & 0o777).toBe(0o600);
  });
});
