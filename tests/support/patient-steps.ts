import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { writeTone } from './audio-fixtures';
import { waitFor } from './wait-for';
import { request, type HostOptions, type RunningHost } from './web-host';

/** A clinic with a journey of two pieces, one of them a song with words, on a host from `startHost`. */
export async function clinicWithJourney(
  startHost: (options: HostOptions) => Promise<RunningHost>,
  env?: Record<string, string>,
): Promise<RunningHost> {
  // Real time: the pieces are a minute long and must really play.
  const host = await startHost({ timeScale: 1, env });
  const music = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-journey-'));
  writeTone(path.join(music, 'piano.ogg'), { seconds: 60, frequency: 262, tags: { TITLE: 'Quiet piano' } });
  writeTone(path.join(music, 'song.ogg'), { seconds: 60, frequency: 392, tags: { TITLE: 'A song with words' } });
  await request(host, 'library.import', { paths: [music], mode: 'reference' });
  const tracks = await request(host, 'library.list', {});
  const song = tracks.find((t) => t.title === 'A song with words')!;
  await request(host, 'library.tag', { trackIds: [song.id], tag: 'lyrics', on: true });
  const playlist = await request(host, 'playlists.save', {
    name: 'Piano',
    crossfadeSec: 4,
    trackIds: tracks.map((t) => t.id),
  });
  await request(host, 'journeys.save', {
    name: 'Piano and rain',
    description: 'Soft piano, then rain while you rest.',
    translations: { es: { name: 'Piano y lluvia', description: 'Piano suave, y luego lluvia mientras descansas.' } },
    coverTrackId: null,
    sounds: {
      settling: { ambience: 'soft-rain' },
      opening: { playlistId: playlist.id },
      deep: { playlistId: playlist.id },
      closing: { playlistId: playlist.id },
      recovery: { ambience: 'soft-rain' },
    },
  });
  // A sheet prints only once the clinic has entered its name and phone.
  const clinic = await request(host, 'clinic.get', {});
  await request(host, 'clinic.save', { ...clinic, clinicName: 'Harbor Clinic', clinicPhone: '(555) 010-4477' });
  return host;
}

/** From the start screen: the patient screen, setting the clinic PIN on the way. */
export async function openPatientScreen(page: Page, pin = '4821'): Promise<void> {
  await page.getByRole('button', { name: 'Open the patient screen' }).click();
  const setPin = page.getByRole('dialog', { name: 'Set a clinic PIN' });
  await setPin.getByLabel('New PIN (4 to 12 digits)').fill(pin);
  await setPin.getByLabel('The new PIN again').fill(pin);
  await setPin.getByRole('button', { name: 'Set PIN and open' }).click();
}

/** The real output level now (the analyser on the output path; the patient screen shows no meter). */
export const measuredDb = (page: Page) => page.evaluate(() => window.stillroomDiagnostics!.outputLevelDb());

/** The real output level while something plays, averaged over a second of readings. */
export async function steadyLevel(page: Page): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    samples.push(await page.evaluate(() => window.stillroomDiagnostics!.outputLevelDb()));
    await page.waitForTimeout(100);
  }
  return samples.reduce((a, b) => a + b, 0) / samples.length;
}

/** The output level once it has stopped moving (a fade-in or a ramp is over). */
export async function settledLevel(page: Page): Promise<number> {
  let previous = await steadyLevel(page);
  return waitFor(
    'the output level to settle',
    async () => {
      const level = await steadyLevel(page);
      const settled = Math.abs(level - previous) < 0.3;
      previous = level;
      return settled ? level : undefined;
    },
    { timeoutMs: 30_000, everyMs: 0 },
  );
}
