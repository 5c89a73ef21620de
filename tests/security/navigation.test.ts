import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

// Electron replaced at its thinnest point: the app and the default session record what they get.
const electron = vi.hoisted(() => ({
  appListeners: new Map<string, Listener[]>(),
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
}));
vi.mock('electron', () => ({
  app: {
    on: (event: string, listener: Listener) => {
      electron.appListeners.set(event, [...(electron.appListeners.get(event) ?? []), listener]);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (electron.permissionRequest = handler),
      setPermissionCheckHandler: (handler: Listener) => (electron.permissionCheck = handler),
    },
  },
}));

const { lockDownContents } = await import('../../main/electron/window');

/** A webContents as far as the lock-down sees it: events, and a window-open handler slot. */
class FakeContents extends EventEmitter {
  openHandler: Listener | null = null;
  setWindowOpenHandler(handler: Listener) {
    this.openHandler = handler;
  }
}

/** Announces a new webContents the way Electron does, after lockDownContents has run. */
function created(): FakeContents {
  const contents = new FakeContents();
  const listeners = electron.appListeners.get('web-contents-created') ?? [];
  for (const listener of listeners) listener({}, contents);
  return contents;
}

/** Fires an event on the contents and says whether a listener prevented its default. */
function prevented(contents: FakeContents, event: string, ...args: unknown[]): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, ...args);
  return preventDefault.mock.calls.length > 0;
}

beforeAll(() => {
  lockDownContents();
});

describe('every webContents the app creates', () => {
  it('is locked down as it is created, each one of them', () => {
    expect(electron.appListeners.get('web-contents-created')).toHaveLength(1);
    const first = created();
    const second = created();
    for (const contents of [first, second]) {
      expect(prevented(contents, 'will-navigate', 'https://example.com/')).toBe(true);
      expect(contents.openHandler).not.toBeNull();
    }
  });

  it.each([
    ['navigation to another site', 'will-navigate', ['https://evil.example/']],
    ['navigation to another local file', 'will-navigate', ['file:///etc/passwd']],
    ['a server redirect', 'will-redirect', ['https://evil.example/']],
    ['attaching a webview', 'will-attach-webview', [{ nodeIntegration: true }, { src: 'https://evil.example/' }]],
  ])('prevents %s', (_what, event, args) => {
    expect(prevented(created(), event, ...args)).toBe(true);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'stillroom-media://library/x.ogg', 'about:blank'])(
    'denies window.open("%s") and middle clicks on links',
    (url) => {
      const contents = created();
      for (const disposition of ['new-window', 'foreground-tab', 'background-tab']) {
        expect(contents.openHandler!({ url, disposition, frameName: '', features: '' })).toEqual({ action: 'deny' });
      }
    },
  );
});

describe('permissions', () => {
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'unknown',
  ];

  it.each(PERMISSIONS)('refuses a request for "%s"', (permission) => {
    const callback = vi.fn();
    electron.permissionRequest!({}, permission, callback, { requestingUrl: 'file:///app/index.html' });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS)('refuses a request for "%s" from the app itself', (permission) => {
    const callback = vi.fn();
    electron.permissionRequest!({}, permission, callback, { requestingUrl: 'app://stillroom/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS.filter((p) => p !== 'media'))('answers no when a page checks for "%s"', (permission) => {
    expect(electron.permissionCheck!({}, permission, 'app://stillroom', { securityOrigin: 'app://stillroom/' })).toBe(
      false,
    );
  });

  // Chromium names sound output devices only to a page that holds "media"; the check says yes
  // for the app's own pages alone, and never for cameras.
  it('answers yes to a check for media (to name sound outputs) from the app’s own pages only', () => {
    const check = (origin: string, details: object) => electron.permissionCheck!({}, 'media', origin, details);
    expect(check('app://stillroom', { securityOrigin: 'app://stillroom/', mediaType: 'audio' })).toBe(true);
    expect(check('app://stillroom/', { mediaType: 'unknown' })).toBe(true);
    expect(check('app://stillroom', { securityOrigin: 'app://stillroom/', mediaType: 'video' })).toBe(false);
    expect(check('file://', { mediaType: 'audio' })).toBe(false);
    expect(check('https://example.com', { securityOrigin: 'https://example.com/', mediaType: 'audio' })).toBe(false);
    expect(check('app://stillroom.evil', { mediaType: 'audio' })).toBe(false);
    expect(check('app://stillroom', { securityOrigin: 'https://example.com/', mediaType: 'audio' })).toBe(false);
    expect(check('not a url', {})).toBe(false);
  });

  // The one check answered yes must never become a microphone: nothing in the page asks for one.
  it('no page source asks for a microphone or camera', () => {
    const sources = fs.readdirSync('renderer', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(sources.length).toBeGreaterThan(50);
    const asking = sources.filter((file) =>
      /getUserMedia|getDisplayMedia|webkitGetUserMedia/.test(fs.readFileSync(path.join('renderer', file), 'utf8')),
    );
    expect(asking).toEqual([]);
  });
});
