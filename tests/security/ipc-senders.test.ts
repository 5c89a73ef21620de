import { beforeAll, describe, expect, it, vi } from 'vitest';
import { REQUEST_CHANNELS, type RequestChannel } from '../../src/ipc/channels';
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

/** A page's contents with its main frame and one embedded frame. */
function contents(inAppWindow: boolean) {
  const mainFrame = { url: 'file:///app/out/renderer/index.html', routingId: 1 };
  const page = { mainFrame, subFrame: { url: 'file:///app/out/renderer/index.html', routingId: 2 } };
  if (inAppWindow) electron.appWindows.set(page, { id: 1 });
  return page;
}

const appPage = contents(true);
const otherPage = contents(false);

/** Where a request can come from, and whether it counts as the app's own window. */
const SENDERS: [string, { sender: unknown; senderFrame: unknown }, boolean][] = [
  ['the main frame of an app window', { sender: appPage, senderFrame: appPage.mainFrame }, true],
  ['a frame embedded in an app window', { sender: appPage, senderFrame: appPage.subFrame }, false],
  ['a frame that has gone away', { sender: appPage, senderFrame: null }, false],
  ["another page's main frame, in no app window", { sender: otherPage, senderFrame: otherPage.mainFrame }, false],
  ['an app window naming a frame of another page', { sender: appPage, senderFrame: otherPage.mainFrame }, false],
  // A lookalike of the main frame is not the main frame.
  ['a copy of the main frame', { sender: appPage, senderFrame: { ...appPage.mainFrame } }, false],
];

beforeAll(() => {
  bindHandlers(handlers, () => {});
});

describe('the IPC bridge', () => {
  it('registers exactly one handler per contract channel, none missing and none extra', () => {
    const channels = electron.registered.map(([channel]) => channel);
    expect(channels).toHaveLength(REQUEST_CHANNELS.length);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  describe.each(SENDERS)('a request from %s', (_from, event, accepted) => {
    it.each(REQUEST_CHANNELS)(`is ${accepted ? 'answered' : 'refused'} on %s`, async (channel) => {
      const handler = electron.registered.find(([c]) => c === channel)![1];
      calls.length = 0;
      const reply = await handler(event, validPayload(channel));
      if (accepted) {
        expect(reply).toEqual({ ok: true, value: null });
        expect(calls).toEqual([channel]);
      } else {
        expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Request refused/) });
        expect(calls).toEqual([]);
      }
    });
  });
});
