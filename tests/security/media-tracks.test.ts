import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTone } from '../support/audio-fixtures';
import { services, tempDir } from '../support/services';

const SECRET = 'not for the page';

/** A room with one track imported from `music/shore.ogg`, and a secret file outside every media root. */
async function roomWithTrack(mode: 'copy' | 'reference', through?: 'link') {
  const room = services();
  const music = tempDir();
  const real = path.join(music, 'shore.ogg');
  writeTone(real, { seconds: 1, frequency: 330 });
  let given = real;
  if (through === 'link') {
    given = path.join(tempDir(), 'shore-link.ogg');
    fs.symlinkSync(real, given);
  }
  await room.handlers['library.import']({ paths: [given], mode });
  const [track] = await room.handlers['library.list']({});
  const secret = path.join(tempDir(), 'secret.txt');
  fs.writeFileSync(secret, SECRET);
  const get = async (encoded = `${track!.id}.ogg`) => {
    const response = room.media('track', encoded, new Request('http://x/'));
    return {
      status: response.status,
      body: response.body ? Buffer.from(await response.arrayBuffer()) : Buffer.alloc(0),
    };
  };
  return { room, track: track!, given, real, secret, get };
}

/** Puts a link to `target` where `file` was. */
function swapForLink(file: string, target: string): void {
  fs.rmSync(file);
  fs.symlinkSync(target, file);
}

describe('tracks are served from where the library put them, never from where a link now points', () => {
  it('serves a copied track, and refuses it once its file is swapped for a link out of the library', async () => {
    const { room, track, secret, get } = await roomWithTrack('copy');
    expect((await get()).status).toBe(200);
    const file = path.join(room.dataDir, 'library', track.source.kind === 'copy' ? track.source.file : '');
    swapForLink(file, secret);
    const answer = await get();
    expect(answer.status).toBe(403);
    expect(answer.body.toString()).not.toContain(SECRET);
  });

  it('refuses a referenced track once its file is swapped for a link elsewhere', async () => {
    const { real, secret, get } = await roomWithTrack('reference');
    expect((await get()).status).toBe(200);
    swapForLink(real, secret);
    const answer = await get();
    expect(answer.status).toBe(403);
    expect(answer.body.toString()).not.toContain(SECRET);
  });

  it('serves a track imported through a link from the file it led to then, and refuses it once the link leads elsewhere', async () => {
    const { given, secret, get } = await roomWithTrack('reference', 'link');
    expect((await get()).status).toBe(200);
    fs.rmSync(given);
    fs.symlinkSync(secret, given);
    expect((await get()).status).toBe(403);
  });

  it('answers a malformed %-escape with 400, not an error', async () => {
    const { room, get } = await roomWithTrack('copy');
    expect((await get('%E0%A4%A.ogg')).status).toBe(400);
    expect(room.media('assets', 'ambience/%E0%A4%A', new Request('http://x/')).status).toBe(400);
  });
});
