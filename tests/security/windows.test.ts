import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Options = { webPreferences?: Record<string, unknown> } & Record<string, unknown>;

// Electron is replaced at its thinnest point: BrowserWindow records what it was built with.
const created = vi.hoisted(() => [] as Options[]);
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => {
  const display = { id: 7, label: 'Ceiling projector', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  class FakeBrowserWindow {
    constructor(options: Options) {
      created.push(options);
    }
    once() {}
    on() {}
    show() {}
    close() {}
    isDestroyed() {
      return false;
    }
    async loadFile(file: string) {
      loaded.push(`loadFile ${file}`);
    }
    async loadURL(url: string) {
      loaded.push(url);
    }
  }
  return {
    app: { getAppPath: () => '/opt/stillroom', isPackaged: true, on: () => {} },
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    BrowserWindow: FakeBrowserWindow,
  };
});

const { createControlWindow } = await import('../../main/electron/window');
const { ambientWindows } = await import('../../main/electron/ambient-window');

const OUT = '/opt/stillroom/out';
const PLACEMENT = { bounds: { x: 0, y: 0, width: 1280, height: 800 }, maximized: false, restored: false };

/** Every window the app opens, each by the code path that opens it. */
const WINDOWS: [string, () => void][] = [
  ['the control window', () => createControlWindow(OUT, { placement: PLACEMENT, kiosk: false })],
  ['the control window in kiosk mode', () => createControlWindow(OUT, { placement: PLACEMENT, kiosk: true })],
  ['the ambient window', () => ambientWindows(OUT).open(7)],
  ['the ambient window on an unknown screen', () => ambientWindows(OUT).open(999)],
];

/** Keys whose presence or value would undo the checklist, wherever they sit in the options. */
function dangerousSettings(value: unknown, at = 'options'): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = `${at}.${key}`;
    const bad =
      key === 'enableRemoteModule' ||
      key === 'enableBlinkFeatures' ||
      (/^nodeIntegration/.test(key) && inner !== false) ||
      (['contextIsolation', 'sandbox', 'webSecurity'].includes(key) && inner !== true) ||
      (['allowRunningInsecureContent', 'webviewTag', 'experimentalFeatures'].includes(key) && inner !== false);
    return [...(bad ? [here] : []), ...dangerousSettings(inner, here)];
  });
}

beforeEach(() => {
  created.length = 0;
  loaded.length = 0;
});

describe('every window the app opens', () => {
  it.each(WINDOWS)('%s is isolated, sandboxed and has no Node', (_name, open) => {
    open();
    expect(created).toHaveLength(1);
    const preferences = created[0]!.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    // A sandboxed preload must be the CommonJS bundle electron-vite emits.
    expect(preferences!.preload).toBe(path.join(OUT, 'preload/index.cjs'));
    expect(String(preferences!.preload)).toMatch(/\.cjs$/);
    expect(dangerousSettings(created[0])).toEqual([]);
  });

  it.each(WINDOWS)('%s loads the app from app://stillroom, never from file://', (name, open) => {
    open();
    const ambient = name.startsWith('the ambient');
    expect(loaded).toEqual([ambient ? 'app://stillroom/index.html?view=ambient' : 'app://stillroom/index.html']);
    // The preload reads the window's role from its command line, to expose only what it needs.
    expect(created[0]!.webPreferences!.additionalArguments).toEqual([
      `--stillroom-window=${ambient ? 'ambient' : 'control'}`,
    ]);
  });

  it('the ambient window keeps the same preferences when it is opened again', () => {
    const ambient = ambientWindows(OUT);
    ambient.open(7);
    ambient.open(7);
    expect(created).toHaveLength(2);
    expect(created[1]!.webPreferences).toEqual(created[0]!.webPreferences);
  });
});

/** Every TypeScript and HTML file under a folder. */
function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|html)$/.test(name))
    .map((name) => path.join(folder, name));
}

describe('the source', () => {
  const files = ['main', 'renderer', 'src'].flatMap((folder) => sourceFiles(folder));

  it('makes windows and views in one place only, so none can skip the preferences above', () => {
    const makers = files.filter((file) =>
      /new\s+(BrowserWindow|BrowserView|WebContentsView)\b|<webview\b/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(makers).toEqual([path.join('main', 'electron', 'security.ts')]);
  });

  it('never turns on remote modules or Node, nor turns off isolation, the sandbox or web security', () => {
    const unsafe =
      /enableRemoteModule|nodeIntegration\w*\s*:\s*true|(contextIsolation|sandbox|webSecurity)\s*:\s*false|allowRunningInsecureContent\s*:\s*true|webviewTag\s*:\s*true/;
    expect(files.filter((file) => unsafe.test(fs.readFileSync(file, 'utf8')))).toEqual([]);
  });
});
