// The library with ten thousand tracks: how long the screen takes to open and how smoothly the
// list scrolls, against the same list with a hundred tracks (the baseline, same run).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, median, ms, ratio, startHost, tempDir } from './support.mjs';

const SCROLL_MS = Number(process.env.BENCH_SCROLL_MS ?? 5000);

function writeLibrary(dataDir, count) {
  const tracks = Array.from({ length: count }, (_, i) => ({
    id: `track-${i}`,
    title: `Piece ${i}`,
    artist: `Artist ${i % 97}`,
    album: `Album ${i % 31}`,
    durationSec: 60 + (i % 40) * 30,
    fingerprint: `${i}:fingerprint`,
    source: { kind: 'reference', path: `/music/${i}.ogg` },
    cover: null,
    importedAt: '2026-11-01T10:00:00.000Z',
    tags: [],
  }));
  fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ version: 1, tracks }));
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)];

async function measureLibrary(browser, count) {
  const dataDir = tempDir(`scroll-${count}`);
  writeLibrary(dataDir, count);
  const host = await startHost(dataDir);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Library' }).waitFor();
    const opened = performance.now();
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByText(`${count} of ${count} tracks`).waitFor();
    const openMs = performance.now() - opened;
    // Scroll the list a little every frame and record each frame's time.
    const frames = await page.evaluate(async (scrollMs) => {
      const list = document.querySelector('.track-list');
      const times = [];
      const started = performance.now();
      let direction = 1;
      await new Promise((resolve) => {
        const step = (now) => {
          times.push(now);
          // Back and forth, so a short list keeps scrolling too.
          const end = list.scrollHeight - list.clientHeight;
          if ((direction > 0 && list.scrollTop >= end) || (direction < 0 && list.scrollTop <= 0))
            direction = -direction;
          list.scrollTop += 37 * direction;
          if (now - started < scrollMs) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      return times.slice(1).map((t, i) => t - times[i]);
    }, SCROLL_MS);
    await page.close();
    return { openMs, frames };
  } finally {
    host.stop();
  }
}

export async function scrollBench() {
  const browser = await launchChromium();
  try {
    const large = await measureLibrary(browser, 10_000);
    const small = await measureLibrary(browser, 100);
    const line = (label, r) =>
      `  ${label}: opens in ${ms(r.openMs)}; while scrolling, frame time median ${ms(median(r.frames))}, 95th percentile ${ms(percentile(r.frames, 0.95))}, frames over 50 ms ${r.frames.filter((f) => f > 50).length} of ${r.frames.length}`;
    console.log('\nLibrary scrolling (Chromium, list scrolled every frame for 5 s)');
    console.log(line('10,000 tracks', large));
    console.log(line('baseline, 100 tracks', small));
    console.log(
      `  10,000 / 100 tracks: 95th percentile frame time ${ratio(percentile(large.frames, 0.95), percentile(small.frames, 0.95))}`,
    );
    return [
      {
        measure: 'Library of 10,000 tracks, scrolling',
        result: `p95 frame ${ms(percentile(large.frames, 0.95))}, opens in ${ms(large.openMs)}`,
        baseline: `100 tracks: p95 frame ${ms(percentile(small.frames, 0.95))}`,
        ratio: ratio(percentile(large.frames, 0.95), percentile(small.frames, 0.95)),
      },
    ];
  } finally {
    await browser.close();
  }
}
