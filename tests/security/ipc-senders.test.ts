import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AMBIENT_CHANNELS, DROPPED_FILES_CHANNEL, REQUEST_CHANNELS, type RequestChannel } from '@domain/ipc/channels';
import type { Handlers } from '../../main/ipc/dispatch';
import { validPayload } from './support/contract-payloads';

type Invoke = (event: unknown, payload: unknown) => unknown;

// Electron replaced at its thinnest point: ipcMain records its handlers, and only the contents
// listed in appWindows belong to a BrowserWindow.
const electron = vi.hoisted(() => ({
  registered: [] as [string, Invoke][],
  appWindows: new Map<object, object>(),
}));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Invoke) => electron.registered.push([channel, handler]) },
  BrowserWindow: {
    fromWebContents: (contents: object) => electron.appWindows.get(contents) ?? null,
    getAllWindows: () => [],
  },
}));

const { bindHandlers } = await import('../../main/electron/ipc-bridge');

const calls: RequestChannel[] = [];
const handlers = Object.fromEntries(
  REQUEST_CHANNELS.map((channel) => [
    channel,
    () => {
      calls.push(channel);
      return null;
    },
  ]),
) as unknown as Handlers;

const APP_PAGE = 'app://stillroom/index.html';

/** A page's contents with its main frame and one embedded frame, showing `url`. */
function contents(inAppWindow: boolean, url = APP_PAGE) {
  const mainFrame = { url, routingId: 1 };
  const page = { mainFrame, subFrame: { url, routingId: 2 } };
  if (inAppWindow) electron.appWindows.set(page, { id: 1 });
  return page;
}

const appPage = contents(true);
const otherPage = contents(false);
const ambientPage = contents(true, `${APP_PAGE}?view=ambient`);
// An app window whose main frame shows something other than the app: a file, or a site.
const fileInAppWindow = contents(true, 'file:///app/out/renderer/index.html');
const siteInAppWindow = contents(true, 'https://evil.example/');
const granted: string[][] = [];

/** Where a request can come from, and whether it counts as the app's own window. */
const SENDERS: [string, { sender: unknown; senderFrame: unknown }, boolean][] = [
  ['the main frame of an app window', { sender: appPage, senderFrame: appPage.mainFrame }, true],
  ['a frame embedded in an app window', { sender: appPage, senderFrame: appPage.subFrame }, false],
  ['a frame that has gone away', { sender: appPage, senderFrame: null }, false],
  ["another page's main frame, in no app window", { sender: otherPage, senderFrame: otherPage.mainFrame }, false],
  ['an app window naming a frame of another page', { sender: appPage, senderFrame: otherPage.mainFrame }, false],
  // A lookalike of the main frame is not the main frame.
  ['a copy of the main frame', { sender: appPage, senderFrame: { ...appPage.mainFrame } }, false],
  ['an app window showing a file:// page', { sender: fileInAppWindow, senderFrame: fileInAppWindow.mainFrame }, false],
  ['an app window showing another site', { sender: siteInAppWindow, senderFrame: siteInAppWindow.mainFrame }, false],
];

const handlerFor = (channel: string) => electron.registered.find(([c]) => c === channel)![1];

beforeAll(() => {
  bindHandlers(handlers, () => {}, {
    pageOrigins: ['app://stillroom'],
    roleOf: (sender) => (sender === (ambientPage as unknown) ? 'ambient' : 'control'),
    grantDropped: (paths) => {
      granted.push(paths);
      return paths.map((_, i) => `chosen:${'0'.repeat(24)}/${i}`);
    },
  });
});

describe('the IPC bridge', () => {
  it('registers exactly one handler per contract channel, and one for dropped files, none missing and none extra', () => {
    const channels = electron.registered.map(([channel]) => channel);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toEqual([...REQUEST_CHANNELS, DROPPED_FILES_CHANNEL].sort());
  });

  describe.each(SENDERS)('a request from %s', (_from, event, accepted) => {
    it.each(REQUEST_CHANNELS)(`is ${accepted ? 'answered' : 'refused'} on %s`, async (channel) => {
      calls.length = 0;
      const reply = await handlerFor(channel)(event, validPayload(channel));
      if (accepted) {
        expect(reply).toEqual({ ok: true, value: null });
        expect(calls).toEqual([channel]);
      } else {
        expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Request refused/) });
        expect(calls).toEqual([]);
      }
    });
  });

  it.each(REQUEST_CHANNELS)('the ambient display may ask only for the session and the clock: %s', async (channel) => {
    calls.length = 0;
    const reply = await handlerFor(channel)(
      { sender: ambientPage, senderFrame: ambientPage.mainFrame },
      validPayload(channel),
    );
    const allowed = (AMBIENT_CHANNELS as readonly string[]).includes(channel);
    expect(reply).toMatchObject({ ok: allowed });
    expect(calls).toEqual(allowed ? [channel] : []);
  });

  it('hands handles for files dropped on the control window, and refuses every other window and bad input', async () => {
    const drop = handlerFor(DROPPED_FILES_CHANNEL);
    const control = { sender: appPage, senderFrame: appPage.mainFrame };
    expect(await drop(control, ['/music/a.ogg', '/music/b.ogg'])).toEqual({
      ok: true,
      value: [`chosen:${'0'.repeat(24)}/0`, `chosen:${'0'.repeat(24)}/1`],
    });
    expect(granted).toEqual([['/music/a.ogg', '/music/b.ogg']]);
    for (const from of [
      { sender: ambientPage, senderFrame: ambientPage.mainFrame },
      { sender: otherPage, senderFrame: otherPage.mainFrame },
      { sender: siteInAppWindow, senderFrame: siteInAppWindow.mainFrame },
    ]) {
      expect(await drop(from, ['/etc/shadow'])).toMatchObject({ ok: false });
    }
    for (const bad of ['/etc/shadow', [42], [''], ['x'.repeat(5000)], null]) {
      expect(await drop(control, bad)).toMatchObject({ ok: false });
    }
    expect(granted).toHaveLength(1);
  });
});
