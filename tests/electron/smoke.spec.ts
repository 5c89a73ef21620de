import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

/** The Electron binary, when this machine has one (npm installs it unless ELECTRON_SKIP_BINARY_DOWNLOAD is set). */
function electronBinary(): string | null {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.describe('the packaged shell', () => {
  test.skip(
    binary === null,
    'No Electron binary is installed here; run `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD to run these.',
  );

  test('starts a session, ends treatment and opens the take-home sheet in a secure window', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [path.resolve('out/main/index.js')],
      env: { ...process.env, STILLROOM_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      // Isolated and sandboxed: no Node in the page, only the preload's named functions.
      const exposed = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as { stillroom?: object }).stillroom ?? {}).sort(),
      }));
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['on', 'pathForFile', 'request'] });

      await window.getByRole('radio', { name: /Demo, 3 min/ }).check();
      await window.getByRole('button', { name: 'Start session' }).click();
      await expect(window.getByRole('timer', { name: 'Session time' })).toBeVisible();
      await window.getByRole('button', { name: 'End treatment' }).click();
      await expect(window.getByRole('timer', { name: 'Recovery time remaining' })).toBeVisible();
      await window.getByRole('button', { name: 'Take-home sheet' }).click();
      await expect(window.getByRole('article', { name: 'Take-home sheet' })).toBeVisible();
    } finally {
      await app.close();
    }
  });

  test('opens the ambient display as a second, equally locked-down window that plays no sound', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [path.resolve('out/main/index.js')],
      env: { ...process.env, STILLROOM_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('button', { name: 'Lights' }).click();
      const opened = app.waitForEvent('window');
      await window.getByRole('button', { name: /Open on this screen/ }).click();
      const ambient = await opened;
      await expect(ambient.getByRole('main', { name: 'Ambient display' })).toBeVisible();
      // Isolated and sandboxed like the control window: no Node in the page.
      const exposed = await ambient.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined' });
      // The sound engine (which publishes these diagnostics) never loads in the ambient window.
      expect(
        await ambient.evaluate(() => typeof (globalThis as { stillroomDiagnostics?: unknown }).stillroomDiagnostics),
      ).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
