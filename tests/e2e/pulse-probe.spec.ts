import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import chromiumArgs from '../support/chromium-args.json' with { type: 'json' };
import {
  HEADPHONES,
  ROOM_SPEAKERS,
  levels,
  pulseUnavailable,
  soundAfter,
  startPulseServer,
  type PulseServer,
  type Recording,
} from '../support/pulse-server';
import { waitFor } from '../support/wait-for';

/*
 * What Chromium does with a real audio server when the chosen output device comes and goes:
 * the facts the sound output device setting is built on. A private PulseAudio server has two
 * null sinks, "Room speakers" (the default) and "Headphones"; Chromium plays a tone into it,
 * and each sink's monitor is recorded and measured with sox. Unloading a sink is pulling the
 * headphones out: PulseAudio moves the streams on it to the default sink, as desktops do.
 *
 * What these tests hold Chromium (156, Debian) to:
 * - Outputs are listed by name with microphone permission alone (granted, or answered by
 *   --use-fake-ui-for-media-stream); no getUserMedia call is needed. Without it there is one
 *   output with no label and no id. Ids are salted per browser context.
 * - When the playing device goes, PulseAudio moves the stream to Room speakers and the tone
 *   plays there at full level until Chromium itself stops: the AudioContext fires `error`,
 *   turns 'suspended' and keeps the lost sinkId (no `sinkchange`), at the same moment as
 *   `devicechange` and as enumerateDevices() drops the device. The page learns nothing
 *   sooner, so muting or suspending on that news cannot shorten what reaches the room.
 * - resume() while the device is gone stays pending (another `error`), and plays nowhere.
 *   When the device is back it has the same id, but the context stays suspended until
 *   setSinkId moves it away and back.
 * - Chromium keeps the lost output stream open, corked on Room speakers where PulseAudio moved
 *   it, for about 5 s (it closes idle output streams after a delay), and reuses it for any
 *   output to the same device with the same parameters: until then resume(), setSinkId away
 *   and back, and even a new AudioContext for Headphones all play to Room speakers while
 *   sinkId says Headphones. A context with other parameters (latencyHint 'playback') gets a
 *   stream of its own, on Headphones; after the stream is closed, anything plays there.
 */

const unavailable = pulseUnavailable();
test.skip(unavailable !== undefined, unavailable ?? '');

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
/** Sound quieter than this (peak, dBFS) counts as none reaching a sink. */
const SILENT_DB = -60;

/** The test's PulseAudio server, stopped after it. */
let started: PulseServer | undefined;
const browsers: Browser[] = [];
let server: http.Server | undefined;

test.afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
  await started?.stop();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  started = server = undefined;
});

/** Reports a measured figure with the test's results and in its output. */
function fact(name: string, value: unknown) {
  const description = typeof value === 'string' ? value : JSON.stringify(value);
  test.info().annotations.push({ type: name, description });
  // eslint-disable-next-line no-console -- the measurements are this probe's report
  console.log(`${name}: ${description}`);
}

/** An empty page on http://127.0.0.1, a secure context for navigator.mediaDevices. */
async function servePage(): Promise<string> {
  const s = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>Sound output probe</title><p>probe</p>');
  });
  server = s;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
}

async function launch(p: PulseServer, { fakeUi = true } = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: systemChromium,
    args: [
      ...chromiumArgs,
      ...(fakeUi ? ['--use-fake-ui-for-media-stream'] : []),
      '--autoplay-policy=no-user-gesture-required',
    ],
    // Playwright mutes Chromium by default; these tests listen to what it plays.
    ignoreDefaultArgs: ['--mute-audio'],
    env: { ...process.env, ...p.env },
  });
  browsers.push(browser);
  return browser;
}

async function openPage(browser: Browser, url: string, { grant = false } = {}): Promise<Page> {
  const context = await browser.newContext();
  if (grant) await context.grantPermissions(['microphone'], { origin: new URL(url).origin });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

interface Output {
  label: string;
  deviceId: string;
}

const outputs = (page: Page): Promise<Output[]> =>
  page.evaluate(async () =>
    (await navigator.mediaDevices.enumerateDevices())
      .filter((d) => d.kind === 'audiooutput')
      .map((d) => ({ label: d.label, deviceId: d.deviceId })),
  );

const outputNamed = (page: Page, label: string) =>
  waitFor(`"${label}" to be listed`, async () => (await outputs(page)).find((d) => d.label === label));

type Response = 'none' | 'gain' | 'suspend' | 'both';

interface Probe {
  /** Every device and context event, with Date.now(). */
  log: { at: number; what: string; detail?: string }[];
  ctx?: AudioContext;
  gain?: GainNode;
  watchedId: string;
  response: Response;
  /** When enumerateDevices() first lacked the watched device, by the 250 ms poll and after devicechange. */
  goneAt: { poll?: number; devicechange?: number };
  resumed?: Promise<number>;
  resumedAt?: number;
  play(deviceId: string): Promise<{ sinkId: string; state: string }>;
}

declare global {
  interface Window {
    probe: Probe;
  }
  /** Chromium's AudioContext output device (Audio Output Devices API), not yet in TypeScript's DOM types. */
  interface AudioContext {
    readonly sinkId: string | { type: 'none' };
    setSinkId(sinkId: string | { type: 'none' }): Promise<void>;
  }
  interface AudioContextOptions {
    sinkId?: string | { type: 'none' };
  }
}

/**
 * Installs window.probe: a 440 Hz tone through a master gain, a poll of enumerateDevices()
 * every 250 ms, and a log of every device and context event. When the watched output is
 * gone the page responds as `response` says: not at all, gain to 0, suspend, or both.
 */
async function installProbe(page: Page) {
  await page.evaluate(() => {
    const note = (what: string, detail?: string) => probe.log.push({ at: Date.now(), what, detail });
    const probe: Probe = {
      log: [],
      watchedId: '',
      response: 'none',
      goneAt: {},
      async play(deviceId) {
        const ctx = new AudioContext();
        // A peak of -6 dBFS and an RMS of -9 dBFS on the sink.
        const gain = new GainNode(ctx, { gain: 0.5 });
        const osc = new OscillatorNode(ctx, { frequency: 440 });
        osc.connect(gain).connect(ctx.destination);
        osc.start();
        ctx.addEventListener('sinkchange', () => note('sinkchange', ctx.sinkId as string));
        ctx.addEventListener('error', () => note('error', ctx.state));
        ctx.addEventListener('statechange', () => note('statechange', ctx.state));
        probe.ctx = ctx;
        probe.gain = gain;
        await ctx.setSinkId(deviceId);
        await ctx.resume();
        probe.watchedId = deviceId;
        return { sinkId: ctx.sinkId as string, state: ctx.state };
      },
    };
    const check = async (via: 'poll' | 'devicechange') => {
      if (!probe.watchedId || probe.goneAt[via]) return;
      const ids = (await navigator.mediaDevices.enumerateDevices()).map((d) => d.deviceId);
      if (ids.includes(probe.watchedId)) return;
      probe.goneAt[via] = Date.now();
      note('gone', via);
      const { ctx, gain, response } = probe;
      if (!ctx || !gain || Object.keys(probe.goneAt).length > 1) return;
      if (response === 'gain' || response === 'both') gain.gain.setValueAtTime(0, ctx.currentTime);
      if (response === 'suspend' || response === 'both') void ctx.suspend();
    };
    navigator.mediaDevices.addEventListener('devicechange', () => {
      note('devicechange');
      void check('devicechange');
    });
    setInterval(() => void check('poll'), 250);
    window.probe = probe;
  });
}

const pageLog = (page: Page) => page.evaluate(() => window.probe.log);
const eventsSince = async (page: Page, since: number, what: string) =>
  (await pageLog(page)).filter((e) => e.at >= since && e.what === what);

const listen = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records both sinks' monitors over `body` and then `listenMs` more (the window being measured),
 * then stops and returns both recordings.
 */
async function recordBoth(
  p: PulseServer,
  listenMs: number,
  body: () => Promise<void>,
): Promise<{ room: Recording; phones: Recording }> {
  const room = await p.record(ROOM_SPEAKERS.name);
  const phones = await p.record(HEADPHONES.name);
  try {
    await body();
    await listen(listenMs);
  } finally {
    await Promise.all([room.stop(), phones.stop()]);
  }
  return { room, phones };
}

async function startPulse(): Promise<PulseServer> {
  started = await startPulseServer();
  return started;
}

/** A private PulseAudio, a browser on it and a page with the probe installed; Headphones as that page lists them. */
async function probePage(): Promise<{ pulse: PulseServer; page: Page; headphones: Output }> {
  const pulse = await startPulse();
  const page = await openPage(await launch(pulse), await servePage());
  await installProbe(page);
  return { pulse, page, headphones: await outputNamed(page, HEADPHONES.description) };
}

const toneOnHeadphones = (p: PulseServer) =>
  waitFor('the tone to play into Headphones', () => p.streams().some((s) => s.sink === HEADPHONES.name && !s.corked));

const contextOf = (page: Page) =>
  page.evaluate(() => ({ state: window.probe.ctx!.state, sinkId: window.probe.ctx!.sinkId as string }));

/** The tone plays into Headphones, then they are pulled out and Chromium suspends the context. */
async function playThenPullOut(p: PulseServer, page: Page, headphones: Output): Promise<void> {
  await page.evaluate((id) => window.probe.play(id), headphones.deviceId);
  await toneOnHeadphones(p);
  p.unloadSink(HEADPHONES.name);
  await waitFor('Chromium to suspend the context', async () => (await contextOf(page)).state === 'suspended');
}

test('output devices are listed by name once the page has microphone permission; no getUserMedia call is needed', async () => {
  const pulse = await startPulse();
  const url = await servePage();
  const plain = await launch(pulse, { fakeUi: false });
  const withFakeUi = await launch(pulse);
  const state = (page: Page) =>
    page.evaluate(async () => (await navigator.permissions.query({ name: 'microphone' as PermissionName })).state);

  // No permission: one anonymous output, no label and no id.
  const bare = await openPage(plain, url);
  expect(await state(bare)).toBe('prompt');
  expect(await outputs(bare)).toEqual([{ label: '', deviceId: '' }]);

  // Permission granted (context.grantPermissions), no getUserMedia: every output by name.
  for (const page of [await openPage(plain, url, { grant: true }), await openPage(withFakeUi, url)]) {
    expect(await state(page)).toBe('granted');
    const named = await outputs(page);
    expect(named.map((d) => d.label)).toEqual(['Default', ROOM_SPEAKERS.description, HEADPHONES.description]);
    expect(named[0]!.deviceId).toBe('default');
    for (const d of named.slice(1)) expect(d.deviceId).toMatch(/^[0-9a-f]{64}$/);
  }

  // Sink monitors are not offered as inputs, so with no capture device getUserMedia fails.
  const asked = await openPage(withFakeUi, url);
  const error = await asked.evaluate(() =>
    navigator.mediaDevices.getUserMedia({ audio: true }).then(
      () => 'granted',
      (e: Error) => e.name,
    ),
  );
  expect(error).toBe('NotFoundError');

  // Ids are per context: the same sink has another id in another context.
  const [a, b] = [await openPage(withFakeUi, url), await openPage(withFakeUi, url)];
  const idA = (await outputNamed(a, HEADPHONES.description)).deviceId;
  const idB = (await outputNamed(b, HEADPHONES.description)).deviceId;
  // Ids are salted per browser context, as per origin in a profile.
  expect(idA).not.toBe(idB);
});

for (const response of ['none', 'gain', 'suspend', 'both'] as const) {
  test(`headphones pulled out while a tone plays to them; the page responds with: ${response}`, async () => {
    const { pulse, page, headphones } = await probePage();
    await page.evaluate((r) => (window.probe.response = r), response);

    let unloadAt = 0;
    const { room, phones } = await recordBoth(pulse, 1_500, async () => {
      const started = await page.evaluate((id) => window.probe.play(id), headphones.deviceId);
      expect(started).toEqual({ sinkId: headphones.deviceId, state: 'running' });
      await toneOnHeadphones(pulse);
      const playing = pulse.streams().find((s) => s.sink === HEADPHONES.name)!;
      await listen(1_000); // the window being measured
      unloadAt = Date.now();
      pulse.unloadSink(HEADPHONES.name);
      // PulseAudio moves the stream to the default sink (Chromium corks it a moment later).
      const moved = pulse.streams().find((s) => s.index === playing.index);
      expect(moved?.sink).toBe(ROOM_SPEAKERS.name);
      fact('the moved stream right after the unload', moved);
      await waitFor(
        'the page to see Headphones gone',
        () => page.evaluate(() => window.probe.goneAt.poll ?? undefined),
        { timeoutMs: 5_000 },
      );
    });

    const before = soundAfter(phones, phones.startedAtMs(), { thresholdDb: SILENT_DB });
    expect(levels(phones.file).rmsDb).toBeGreaterThan(-16);
    expect(before.audibleMs).toBeGreaterThan(800);
    const roomBefore = soundAfter(room, room.startedAtMs(), { thresholdDb: SILENT_DB });
    expect(
      roomBefore.windows
        .filter((w) => w.startMs < unloadAt - room.startedAtMs() - 20)
        .every((w) => w.peakDb < SILENT_DB),
    ).toBe(true);

    const leak = soundAfter(room, unloadAt, { thresholdDb: SILENT_DB });
    fact('ms of tone on Room speakers after the unload (10 ms windows above -60 dBFS)', leak.audibleMs);
    fact('last sound on Room speakers, ms after the unload', leak.lastAudibleMs);
    fact('Room speakers level over the recording', levels(room.file));

    const log = await pageLog(page);
    const after = log
      .filter((e) => e.at >= unloadAt)
      .map((e) => `${e.what}${e.detail ? `(${e.detail.slice(0, 8)})` : ''}@${e.at - unloadAt}`);
    fact('page events after the unload, ms', after.join(' '));
    const goneAt = await page.evaluate(() => window.probe.goneAt);
    fact('enumerateDevices poll saw Headphones gone, ms after the unload', goneAt.poll! - unloadAt);
    const ctx = await page.evaluate(() => ({
      sinkId: window.probe.ctx!.sinkId as string,
      state: window.probe.ctx!.state,
    }));
    fact('context after the unload', ctx);

    const devicechange = await eventsSince(page, unloadAt, 'devicechange');
    expect(devicechange.length).toBeGreaterThanOrEqual(1);
    fact('devicechange ms after the unload', devicechange[0]!.at - unloadAt);

    // Chromium stops the context itself: an error event and 'suspended', at the moment of
    // devicechange; the context keeps the lost device's id and fires no sinkchange.
    expect(devicechange[0]!.at - unloadAt).toBeLessThan(1_000);
    expect(goneAt.poll! - unloadAt).toBeLessThan(1_250);
    expect(ctx).toEqual({ sinkId: headphones.deviceId, state: 'suspended' });
    const [error] = await eventsSince(page, unloadAt, 'error');
    expect(error).toBeDefined();
    expect(Math.abs(error!.at - devicechange[0]!.at)).toBeLessThan(50);
    expect(await eventsSince(page, unloadAt, 'sinkchange')).toEqual([]);
    // What leaks onto Room speakers is the stream's few hundred ms until then.
    expect(leak.lastAudibleMs ?? 0).toBeLessThan(1_000);
    expect(
      soundAfter(room, Math.max(devicechange[0]!.at, goneAt.poll!) + 100, { thresholdDb: SILENT_DB }).audibleMs,
    ).toBe(0);
  });
}

test('headphones pulled out and plugged back in while nothing plays: devicechange both ways, the same id', async () => {
  const { pulse, page, headphones } = await probePage();
  const listed = async () => (await outputs(page)).some((d) => d.label === HEADPHONES.description);

  const unloadAt = Date.now();
  pulse.unloadSink(HEADPHONES.name);
  await waitFor('Headphones gone from enumerateDevices', async () => !(await listed()));
  fact('idle unload: gone from enumerateDevices, ms', Date.now() - unloadAt);
  const gone = await waitFor('devicechange', async () => (await eventsSince(page, unloadAt, 'devicechange'))[0]);
  fact('idle unload: devicechange, ms', gone.at - unloadAt);

  const loadAt = Date.now();
  await pulse.loadSink(HEADPHONES.name, HEADPHONES.description);
  const back = await outputNamed(page, HEADPHONES.description);
  fact('idle load: listed again, ms', Date.now() - loadAt);
  expect(back.deviceId).toBe(headphones.deviceId);
  const came = await waitFor('devicechange', async () => (await eventsSince(page, loadAt, 'devicechange'))[0]);
  fact('idle load: devicechange, ms', came.at - loadAt);
});

test('after headphones are pulled out mid-tone, resume() hangs and plays nowhere; when they are back and the lost stream is closed, setSinkId away and back plays to them again', async () => {
  const { pulse, page, headphones } = await probePage();
  const context = () => contextOf(page);
  const resumeSettled = () => page.evaluate(() => window.probe.resumedAt ?? 'pending');

  await playThenPullOut(pulse, page, headphones);
  expect(await context()).toEqual({ state: 'suspended', sinkId: headphones.deviceId });

  // resume() while Headphones is gone: another error event, and the promise stays pending.
  // Room speakers are recorded from here across the plug-in, so this takes no recordBoth.
  const room = await pulse.record(ROOM_SPEAKERS.name);
  const resumeAt = Date.now();
  await page.evaluate(() => {
    window.probe.resumed = window.probe.ctx!.resume().then(
      () => (window.probe.resumedAt = Date.now()),
      () => (window.probe.resumedAt = -1),
    );
  });
  await listen(1_000); // the window being measured
  expect(await resumeSettled()).toBe('pending');
  expect((await context()).state).toBe('suspended');
  expect(await eventsSince(page, resumeAt, 'error')).toHaveLength(1);
  expect(pulse.streams().every((s) => s.corked)).toBe(true);

  // Headphones back: the same id, announced by devicechange; the context stays suspended.
  const loadAt = Date.now();
  await pulse.loadSink(HEADPHONES.name, HEADPHONES.description);
  const phones = await pulse.record(HEADPHONES.name);
  const back = await outputNamed(page, HEADPHONES.description);
  fact('plugged back in after a loss while playing: listed again, ms', Date.now() - loadAt);
  expect(back.deviceId).toBe(headphones.deviceId);
  const came = await waitFor('devicechange', async () => (await eventsSince(page, loadAt, 'devicechange'))[0]);
  fact('plugged back in after a loss while playing: devicechange, ms', came.at - loadAt);
  await listen(2_000); // the window being measured
  await Promise.all([room.stop(), phones.stop()]);
  expect(await resumeSettled()).toBe('pending');
  expect(await context()).toEqual({ state: 'suspended', sinkId: headphones.deviceId });
  fact('streams once back', pulse.streams());
  // Nothing reached either sink from the resume() on.
  expect(soundAfter(room, resumeAt, { thresholdDb: SILENT_DB }).audibleMs).toBe(0);
  expect(levels(phones.file).peakDb).toBeLessThan(SILENT_DB);

  // setSinkId to the same id would be a no-op; away to the default and back makes a new stream,
  // once Chromium has closed the one PulseAudio moved (see the tests below for before that).
  await waitFor('Chromium to close the moved stream', () => pulse.streams().length === 0, {
    timeoutMs: 20_000,
  });
  fact('moved stream closed, ms after the sink was loaded', Date.now() - loadAt);
  const setAt = Date.now();
  const again = await recordBoth(pulse, 1_000, async () => {
    const result = await page.evaluate(async (id) => {
      const ctx = window.probe.ctx!;
      const within = <T>(promise: Promise<T>) =>
        Promise.race([
          promise.then(
            () => 'done',
            (e: Error) => e.name,
          ),
          new Promise<string>((resolve) => setTimeout(() => resolve('pending'), 5_000)),
        ]);
      const t0 = Date.now();
      const away = await within(ctx.setSinkId(''));
      const t1 = Date.now();
      const backTo = await within(ctx.setSinkId(id));
      const t2 = Date.now();
      const resumed = await within(ctx.resume());
      return {
        away,
        backTo,
        resumed,
        ms: [t1 - t0, t2 - t1, Date.now() - t2],
        state: ctx.state,
        onHeadphones: ctx.sinkId === id,
      };
    }, back.deviceId);
    fact('setSinkId("") and back, then resume()', result);
    expect(result).toMatchObject({
      away: 'done',
      backTo: 'done',
      resumed: 'done',
      state: 'running',
      onHeadphones: true,
    });
    await toneOnHeadphones(pulse);
  });
  expect(levels(again.phones.file).rmsDb).toBeGreaterThan(-16);
  expect(levels(again.room.file).peakDb).toBeLessThan(SILENT_DB);
  fact(
    'events since setSinkId',
    (await pageLog(page))
      .filter((e) => e.at >= setAt)
      .map((e) => `${e.what}@${e.at - setAt}`)
      .join(' '),
  );
  // The resume() made while the device was gone settles once the context runs again.
  expect(await resumeSettled()).not.toBe('pending');
});

const afterReturn = [
  { when: 'at once', action: 'resume()', reaches: 'Room speakers' },
  { when: 'once listed again', action: 'resume()', reaches: 'Room speakers' },
  { when: 'once the moved stream is closed', action: 'resume()', reaches: 'Headphones' },
  { when: 'once listed again', action: 'setSinkId away and back', reaches: 'Room speakers' },
  { when: 'once listed again', action: 'a new AudioContext', reaches: 'Room speakers' },
  { when: 'once listed again', action: "a new AudioContext with latencyHint 'playback'", reaches: 'Headphones' },
  { when: 'once the moved stream is closed', action: 'a new AudioContext', reaches: 'Headphones' },
] as const;

for (const { when, action, reaches } of afterReturn) {
  test(`headphones back after a loss mid-tone, ${action} ${when} plays to ${reaches}`, async () => {
    const { pulse, page, headphones } = await probePage();
    const context = () => contextOf(page);
    await playThenPullOut(pulse, page, headphones);

    const loadAt = Date.now();
    await pulse.loadSink(HEADPHONES.name, HEADPHONES.description);
    let actAt = 0;
    const { room, phones } = await recordBoth(pulse, 2_000, async () => {
      if (when !== 'at once') {
        await outputNamed(page, HEADPHONES.description);
        fact('listed again, ms after the sink was loaded', Date.now() - loadAt);
      }
      if (when === 'once the moved stream is closed') {
        await waitFor('Chromium to close the moved stream', () => pulse.streams().length === 0, {
          timeoutMs: 20_000,
        });
        fact('moved stream closed, ms after the sink was loaded', Date.now() - loadAt);
      }
      actAt = Date.now();
      if (action === 'resume()') {
        await page.evaluate(() => window.probe.ctx!.resume());
        expect(await context()).toEqual({ state: 'running', sinkId: headphones.deviceId });
      } else if (action === 'setSinkId away and back') {
        await page.evaluate(async (id) => {
          await window.probe.ctx!.setSinkId('');
          await window.probe.ctx!.setSinkId(id);
          await window.probe.ctx!.resume();
        }, headphones.deviceId);
        expect(await context()).toEqual({ state: 'running', sinkId: headphones.deviceId });
      } else {
        await page.evaluate(
          async ({ id, latencyHint }) => {
            await window.probe.ctx!.close();
            const ctx = new AudioContext({ sinkId: id, latencyHint });
            const osc = new OscillatorNode(ctx, { frequency: 440 });
            osc.connect(new GainNode(ctx, { gain: 0.5 })).connect(ctx.destination);
            osc.start();
            await ctx.resume();
          },
          {
            id: headphones.deviceId,
            latencyHint: (action.includes('playback') ? 'playback' : 'interactive') as AudioContextLatencyCategory,
          },
        );
      }
      fact(`${action} done, ms after the sink was loaded`, Date.now() - loadAt);
    });
    fact('streams', pulse.streams());
    const onRoom = soundAfter(room, actAt, { thresholdDb: SILENT_DB }).audibleMs;
    fact(`ms of tone on Room speakers in the 2 s after ${action}`, onRoom);
    fact('Headphones', levels(phones.file));
    if (reaches === 'Room speakers') {
      // The stream PulseAudio moved is uncorked where it was put.
      expect(onRoom).toBeGreaterThan(1_500);
      expect(levels(phones.file).peakDb).toBeLessThan(SILENT_DB);
    } else {
      expect(onRoom).toBe(0);
      expect(levels(phones.file).rmsDb).toBeGreaterThan(-16);
    }
  });
}
