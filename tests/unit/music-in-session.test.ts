import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateAt } from '@domain/session/state-at';
import { writeTone } from '../support/audio-fixtures';
import { MIN, press } from '../support/runs';
import { services, tempDir } from '../support/services';

async function withMusic() {
  const app = services();
  const folder = tempDir();
  writeTone(path.join(folder, 'a.ogg'), { seconds: 2 });
  await app.handlers['library.import']({ paths: [folder], mode: 'reference' });
  const [track] = await app.handlers['library.list']({});
  const playlist = await app.handlers['playlists.save']({ name: 'Calm', crossfadeSec: 0.5, trackIds: [track!.id] });
  return { app, track: track!, playlist, file: path.join(folder, 'a.ogg') };
}

describe('music chosen for a session', () => {
  it('plays in the treatment phases; recovery keeps its calm ambience', async () => {
    const { app, playlist, track } = await withMusic();
    const { run } = await app.handlers['session.start']({ programId: 'iv-40', playlistId: playlist.id });
    const t0 = run.events[0]!.at;
    // Settling in before the dose keeps the program's own calm sound; the playlist plays from the dose.
    expect(stateAt(run, t0 + 20 * MIN).sound.voices[0]).toMatchObject({ root: 'assets' });
    const dosed = press(run, 'dose', t0 + 20 * MIN);
    expect(stateAt(dosed, t0 + 40 * MIN).sound.voices[0]).toMatchObject({
      root: 'track',
      mediaPath: `${track.id}.ogg`,
    });
    expect(run.program.phases.at(-1)!.sound).toEqual({ ambience: 'soft-rain', volume: 0.6 });
  });

  it('refuses a playlist that does not exist, starting nothing', async () => {
    const { app } = await withMusic();
    expect(() => app.handlers['session.start']({ programId: 'iv-40', playlistId: 'gone' })).toThrow(/no longer exists/);
    expect(app.handlers['session.get']({})).toBeNull();
  });

  it('serves a library track by id only, and answers 404 once its file is gone', async () => {
    const { app, track, file } = await withMusic();
    const get = (root: string, id: string) =>
      app.media(root, id, new Request('http://x/', { headers: { range: 'bytes=0-3' } }));
    const response = get('track', `${track.id}.ogg`);
    expect(response.status).toBe(206);
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toBe('OggS');
    expect(get('track', 'not-a-track').status).toBe(404);
    expect(get('track', encodeURIComponent(file)).status).toBe(404);
    fs.rmSync(file);
    expect(get('track', track.id).status).toBe(404);
  });
});
