import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-runtime.mjs';
import { defaultClinicConfig } from '@domain/clinic/clinic-config';
import { endTreatment, startSession } from '../e2e/support';

// Found exactly as `npm start` finds it; never downloads (the suite skips instead).
const binary = findElectronBinary();
const ENTRY = path.resolve('out/main/index.js');

function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-electron-'));
}

/** Starts the built app on its own data folder; extra variables (kiosk ...) on top. */
function launch(dataDir: string, env: Record<string, string> = {}): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: binary!,
    args: [ENTRY],
    env: { ...process.env, STILLROOM_DATA_DIR: dataDir, ...env },
  });
}

const SKIPPED =
  'No Electron binary is installed here (Electron downloads it on first use, which has not happened, ' +
  'or ELECTRON_SKIP_BINARY_DOWNLOAD is set). To run these: `npm run test:electron` with Node.js 22.12 ' +
  'or newer on a computer that can reach Electron’s downloads (it downloads Electron, builds, then runs them).';

// The list reporter shows only that tests were skipped; this says why, once, in the run's output.
if (binary === null) process.stderr.write(`Electron suite skipped: ${SKIPPED}\n`);

test.describe('the Electron app', () => {
  test.skip(binary === null, SKIPPED);

  test.beforeAll(() => {
    if (!fs.existsSync(ENTRY)) throw new Error('Build first: npm run build');
  });

  test('runs the demo program, ends treatment and saves the take-home sheet as a one-page PDF', async () => {
    const dataDir = newDataDir();
    // A sheet is saved only once the clinic has entered its name and phone.
    const clinic = { ...defaultClinicConfig(1), clinicName: 'Harbor Clinic', clinicPhone: '(555) 010-4477' };
    fs.writeFileSync(path.join(dataDir, 'clinic-config.json'), JSON.stringify(clinic));
    const app = await launch(dataDir);
    try {
      const window = await app.firstWindow();
      // Isolated and sandboxed: no Node in the page, only the preload's named functions.
      const exposed = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as { stillroom?: object }).stillroom ?? {}).sort(),
        origin: location.origin,
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['handlesForFiles', 'on', 'request'],
        // Served from the app's own scheme, never from file://.
        origin: 'app://stillroom',
      });

      await startSession(window, 'Demo, 3 min');
      await expect(window.getByRole('timer', { name: 'Time since dose' })).toBeVisible();
      await endTreatment(window);
      await expect(window.getByRole('timer', { name: 'Recovery time remaining' })).toBeVisible();
      await window.getByRole('button', { name: 'Take-home sheet' }).click();
      await expect(window.getByRole('article', { name: 'Take-home sheet' })).toBeVisible();

      // The system's save dialog answers with a temporary path instead of waiting for a person.
      const pdfPath = path.join(dataDir, 'take-home-sheet.pdf');
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, pdfPath);
      await window.getByRole('button', { name: 'Save as PDF' }).click();
      await expect(window.getByText(`Saved as ${pdfPath}`)).toBeVisible();
      const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBe(1);
    } finally {
      await app.close();
    }
  });

  test('About shows the Electron and Chromium versions it runs on', async () => {
    const app = await launch(newDataDir());
    try {
      const window = await app.firstWindow();
      const versions = await app.evaluate(() => ({
        electron: process.versions.electron,
        chrome: process.versions.chrome,
      }));
      await window.getByRole('button', { name: 'About' }).click();
      const about = window.getByRole('dialog', { name: 'About Stillroom' });
      await expect(about.getByText(`Electron ${versions.electron}, Chromium ${versions.chrome}`)).toBeVisible();
      await expect(about.getByText(/CC0 1\.0/)).toBeVisible();
    } finally {
      await app.close();
    }
  });

  test('opens where it was left, at the size it was left', async () => {
    const dataDir = newDataDir();
    const bounds = { x: 60, y: 40, width: 1000, height: 700 };
    const first = await launch(dataDir);
    try {
      const control = await first.browserWindow(await first.firstWindow());
      await control.evaluate((window, wanted) => window.setBounds(wanted), bounds);
    } finally {
      await first.close();
    }
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')) as {
      control: { bounds: typeof bounds; maximized: boolean };
    };
    expect(saved.control).toMatchObject({ bounds, maximized: false });

    const second = await launch(dataDir);
    try {
      const control = await second.browserWindow(await second.firstWindow());
      const reopened = await control.evaluate((window) => window.getBounds());
      expect({ width: reopened.width, height: reopened.height }).toEqual({ width: 1000, height: 700 });
    } finally {
      await second.close();
    }
  });

  test('fills the screen in kiosk mode when STILLROOM_KIOSK=1', async () => {
    const app = await launch(newDataDir(), { STILLROOM_KIOSK: '1' });
    try {
      const control = await app.browserWindow(await app.firstWindow());
      await expect.poll(() => control.evaluate((window) => window.isKiosk())).toBe(true);
    } finally {
      await app.close();
    }
  });

  test('opens the ambient display as a second, equally locked-down window that plays no sound', async () => {
    const app = await launch(newDataDir());
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
