// Sound while a session plays a 60-minute library track: renderer CPU against a bare page
// playing the same file with a plain <audio> element (the baseline, same run), and renderer
// memory (a decoded copy of an hour of stereo audio would be over 1 GB).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  launchChromium,
  processCpuSeconds,
  processPrivateMb,
  ratio,
  rendererPids,
  request,
  startHost,
  tempDir,
  wait,
} from './support.mjs';

const SETTLE_SECONDS = 10;
const MEASURE_SECONDS = Number(process.env.BENCH_AUDIO_SECONDS ?? 30);

/** A 60-minute Ogg track, generated once and kept in the temporary folder between runs. */
function longTrack() {
  const file = path.join(os.tmpdir(), 'stillroom-bench-60-minutes.ogg');
  if (!fs.existsSync(file)) {
    console.log('Generating a 60-minute test track with sox (about a minute, once)…');
    execFileSync('sox', [
      '-n',
      '-r',
      '44100',
      '-c',
      '2',
      '-C',
      '0',
      `${file}.part.ogg`,
      'synth',
      '3600',
      'sine',
      '220',
      'gain',
      '-n',
      '-14',
    ]);
    fs.renameSync(`${file}.part.ogg`, file);
  }
  return file;
}

/** CPU seconds per minute and resident MB of a browser's renderers while `page` plays. */
async function measure(browser) {
  await wait(SETTLE_SECONDS);
  const pids = await rendererPids(browser);
  const cpu = () => pids.reduce((sum, pid) => sum + processCpuSeconds(pid), 0);
  const before = cpu();
  await wait(MEASURE_SECONDS);
  return {
    cpuPerMinute: ((cpu() - before) * 60) / MEASURE_SECONDS,
    privateMb: pids.reduce((sum, pid) => sum + processPrivateMb(pid), 0),
  };
}

/**
 * The baselines: a page with nothing but an <audio> element playing `src`, served from the host's
 * origin so Web Audio may hear it. `webAudio` plays it through an AnalyserNode the way Stillroom
 * does, at the same output latency (OUTPUT_LATENCY_SEC); `clocks` adds three clocks of the
 * console's sizes, redrawn together once a second: the least a session screen draws.
 */
async function barePage(src, { webAudio = false, clocks = false } = {}) {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const url = new URL('/bench-bare-audio', src).href;
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<audio src="${src}" loop></audio>` }),
    );
    await page.goto(url);
    await page.evaluate(
      async ({ webAudio, clocks }) => {
        const audio = document.querySelector('audio');
        if (webAudio) {
          const context = new AudioContext({ latencyHint: 0.1 });
          const analyser = context.createAnalyser();
          context.createMediaElementSource(audio).connect(analyser);
          analyser.connect(context.destination);
          window.levelDb = () => {
            const samples = new Float32Array(analyser.fftSize);
            analyser.getFloatTimeDomainData(samples);
            return 10 * Math.log10(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);
          };
        }
        if (clocks) {
          document.body.style.cssText = 'margin: 32px; background: #0b0c0f; color: #ddd; font-family: sans-serif';
          const faces = [170, 72, 40].map((px) => {
            const face = document.createElement('div');
            face.style.cssText = `font: 300 ${px}px/1 sans-serif; font-variant-numeric: tabular-nums`;
            return document.body.appendChild(face);
          });
          const startedAt = performance.now();
          const beat = () => {
            const elapsed = performance.now() - startedAt;
            const sec = Math.floor(elapsed / 1000);
            faces.forEach((face, i) => {
              const shown = sec + i * 300;
              face.textContent = `${Math.floor(shown / 60)}:${String(shown % 60).padStart(2, '0')}`;
            });
            setTimeout(beat, 1000 - (elapsed % 1000) + 2);
          };
          beat();
        }
        await audio.play();
      },
      { webAudio, clocks },
    );
    const position = () => page.evaluate(() => document.querySelector('audio').currentTime);
    const from = await position();
    const figures = await measure(browser);
    // A figure for a page that stalled, or played silence, would flatter it.
    const played = (await position()) - from;
    if (played < MEASURE_SECONDS) throw new Error(`the bare page played only ${played.toFixed(1)} s`);
    if (webAudio) assertHeard('the Web Audio page', await page.evaluate(() => window.levelDb()));
    return figures;
  } finally {
    await browser.close();
  }
}

/** The test track is a -17 dBFS tone: anything far below means the measured page was silent. */
function assertHeard(who, levelDb) {
  if (!(levelDb > -30)) throw new Error(`${who} was silent while measured (${levelDb.toFixed(1)} dBFS)`);
}

export async function audioBench() {
  const track = longTrack();
  const host = await startHost(tempDir('audio'));
  try {
    await request(host.url, 'library.import', { paths: [track], mode: 'reference' });
    const [libraryTrack] = await request(host.url, 'library.list', {});
    const playlist = await request(host.url, 'playlists.save', {
      name: 'An hour',
      crossfadeSec: 6,
      trackIds: [libraryTrack.id],
    });

    let browser = await launchChromium();
    const app = await (await browser.newContext()).newPage();
    await app.goto(host.url);
    await app.getByRole('radio', { name: /^IV infusion, 40 min/ }).check();
    await app.getByRole('combobox', { name: 'Music during treatment' }).selectOption({ label: playlist.name });
    await app.getByRole('button', { name: 'Start session' }).click();
    // The playlist plays in the treatment phases, from the dose on.
    await app.getByRole('button', { name: 'Dose given' }).click();
    const stillroom = await measure(browser);
    assertHeard('Stillroom', await app.evaluate(() => window.stillroomDiagnostics.outputLevelDb()));
    const heapMb = (await app.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)) / 2 ** 20;
    await browser.close();

    const { origin, searchParams } = new URL(host.url);
    const src = `${origin}/media/track/${libraryTrack.id}.ogg?token=${searchParams.get('token')}`;
    const baseline = await barePage(src);
    // The same bare page with its <audio> played through Web Audio and an AnalyserNode, as the
    // Output level meter needs: what Stillroom's sound path costs without the rest of the app.
    const metered = await barePage(src, { webAudio: true });
    const clocked = await barePage(src, { webAudio: true, clocks: true });

    console.log('\nSound (a 60-minute library track playing, Chromium renderer processes)');
    console.log(
      `  CPU per minute: Stillroom ${(stillroom.cpuPerMinute * 1000).toFixed(0)} ms, bare <audio> page ${(baseline.cpuPerMinute * 1000).toFixed(0)} ms (${ratio(stillroom.cpuPerMinute, baseline.cpuPerMinute)})`,
    );
    console.log(
      `  the same bare page played through Web Audio and an AnalyserNode, as Stillroom plays it: ${(metered.cpuPerMinute * 1000).toFixed(0)} ms (${ratio(metered.cpuPerMinute, baseline.cpuPerMinute)} of bare); Stillroom is ${ratio(stillroom.cpuPerMinute, metered.cpuPerMinute)} of it`,
    );
    console.log(
      `  the same Web Audio page with three clocks redrawn once a second: ${(clocked.cpuPerMinute * 1000).toFixed(0)} ms (${ratio(clocked.cpuPerMinute, metered.cpuPerMinute)} of the Web Audio page); Stillroom is ${ratio(stillroom.cpuPerMinute, clocked.cpuPerMinute)} of it`,
    );
    console.log(
      `  renderer memory: Stillroom ${stillroom.privateMb.toFixed(0)} MB private (JS heap ${heapMb.toFixed(0)} MB), bare page ${baseline.privateMb.toFixed(0)} MB (${ratio(stillroom.privateMb, baseline.privateMb)})`,
    );
    const perMinute = (value) => `${(value * 1000).toFixed(0)} ms/min`;
    return [
      {
        measure: 'Renderer CPU while a 60-minute track plays',
        result: perMinute(stillroom.cpuPerMinute),
        baseline: `bare <audio> page: ${perMinute(baseline.cpuPerMinute)}; the same through Web Audio: ${perMinute(metered.cpuPerMinute)}; that with three clocks redrawn once a second: ${perMinute(clocked.cpuPerMinute)}`,
        // Against the bare page, the same page through Web Audio (Stillroom's own sound path), and that page drawing clocks.
        ratio: `${ratio(stillroom.cpuPerMinute, baseline.cpuPerMinute)}; ${ratio(stillroom.cpuPerMinute, metered.cpuPerMinute)} of the Web Audio page; ${ratio(stillroom.cpuPerMinute, clocked.cpuPerMinute)} of it with clocks`,
      },
      {
        measure: 'Renderer memory while a 60-minute track plays',
        result: `${stillroom.privateMb.toFixed(0)} MB private (JS heap ${heapMb.toFixed(0)} MB)`,
        baseline: `bare <audio> page: ${baseline.privateMb.toFixed(0)} MB`,
        ratio: ratio(stillroom.privateMb, baseline.privateMb),
      },
    ];
  } finally {
    host.stop();
  }
}
