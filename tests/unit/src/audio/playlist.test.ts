import { describe, expect, it } from 'vitest';
import { CROSSFADE_SEC, FALLBACK_AMBIENCE } from '@domain/audio/sound-plan';
import { Playlist, playlistNextChangeInSec, playlistPassSec, playlistVoicesAt } from '@domain/audio/playlist';
import type { SessionRun } from '@domain/session/run-log';
import { stateAt } from '@domain/session/state-at';
import { MIN, press, startRun, T0 } from '../../../support/runs';

function playlist(durations: number[], crossfadeSec = 6): Playlist {
  return Playlist.parse({
    id: 'calm',
    name: 'Calm',
    crossfadeSec,
    tracks: durations.map((durationSec, i) => ({
      trackId: `t${i}`,
      title: `Track ${i}`,
      extension: 'opus',
      durationSec,
    })),
  });
}

/** Total power of what sounds at a moment: 1 means the same loudness as one track alone. */
const power = (list: Playlist, at: number) => playlistVoicesAt(list, at).reduce((sum, v) => sum + v.gain ** 2, 0);
/** The tracks that can be heard (a track about to start is already there, silent). */
const audible = (list: Playlist, at: number) => playlistVoicesAt(list, at).filter((v) => v.gain > 0);

describe('a playlist', () => {
  it('crossfades each track into the next at the right moment, with equal power', () => {
    const list = playlist([100, 80, 120]);
    // Track 1 begins 6 s before track 0 ends.
    expect(audible(list, 93.9).map((v) => v.trackIndex)).toEqual([0]);
    const during = audible(list, 97);
    expect(during.map((v) => v.trackIndex)).toEqual([0, 1]);
    expect(during[1]!.offsetSec).toBeCloseTo(3);
    expect(audible(list, 100).map((v) => v.trackIndex)).toEqual([1]);
  });

  it('brings the next track in silently ten seconds early, so it is loaded when its turn comes', () => {
    const list = playlist([100, 80, 120]);
    expect(playlistVoicesAt(list, 83.9).map((v) => v.trackIndex)).toEqual([0]);
    expect(playlistVoicesAt(list, 84)).toEqual([
      { trackIndex: 0, pass: 0, offsetSec: 84, gain: 1 },
      { trackIndex: 1, pass: 0, offsetSec: 0, gain: 0 },
    ]);
  });

  it('says how long until its next track comes in to load, or its crossfade begins, past the end of a pass too', () => {
    const list = playlist([100, 80, 120]);
    // Tracks begin at 0, 94 and 168 s, each loading from ten seconds before; the second pass at 282 s.
    expect(playlistNextChangeInSec(list, 50)).toBeCloseTo(34);
    expect(playlistNextChangeInSec(list, 84)).toBeCloseTo(10);
    expect(playlistNextChangeInSec(list, 94)).toBeCloseTo(64);
    // A crossfade under way is not the next change.
    expect(playlistNextChangeInSec(list, 97)).toBeCloseTo(61);
    expect(playlistNextChangeInSec(list, 270)).toBeCloseTo(2);
    expect(playlistNextChangeInSec(list, 280)).toBeCloseTo(2);
    expect(playlistNextChangeInSec(list, 282 + 50)).toBeCloseTo(34);
  });

  it('loops without a gap or a loudness dip when it is shorter than its phase', () => {
    const list = playlist([100, 80, 120]);
    const pass = playlistPassSec(list);
    expect(pass).toBe(300 - 18);
    for (let at = 0; at < 3 * pass; at += 0.1) {
      expect(power(list, at)).toBeCloseTo(1, 6);
    }
    // The second pass starts track 0 again, as a new sound.
    const wrap = audible(list, pass + 1);
    expect(wrap.map((v) => [v.pass, v.trackIndex])).toEqual([
      [0, 2],
      [1, 0],
    ]);
    expect(wrap[1]!.offsetSec).toBeCloseTo(1);
  });

  it('loops a single very short track by shortening the crossfade to half its length', () => {
    const list = playlist([2], 8);
    expect(playlistPassSec(list)).toBe(1);
    for (let at = 0; at < 20; at += 0.05) {
      const voices = audible(list, at);
      expect(voices.length).toBeGreaterThanOrEqual(1);
      expect(voices.length).toBeLessThanOrEqual(2);
      expect(power(list, at)).toBeCloseTo(1, 6);
      for (const v of voices) expect(v.offsetSec).toBeLessThan(2);
    }
  });

  it('plays one long track straight through when it is longer than the session', () => {
    const list = playlist([4 * 60 * 60]);
    expect(playlistVoicesAt(list, 3 * 60 * 60)).toEqual([{ trackIndex: 0, pass: 0, offsetSec: 3 * 60 * 60, gain: 1 }]);
  });

  it('refuses a playlist with no tracks or a track without a length', () => {
    expect(Playlist.safeParse({ id: 'x', name: 'X', crossfadeSec: 4, tracks: [] }).success).toBe(false);
    expect(
      Playlist.safeParse({
        id: 'x',
        name: 'X',
        crossfadeSec: 4,
        tracks: [{ trackId: 'a', title: 'A', extension: 'ogg', durationSec: 0 }],
      }).success,
    ).toBe(false);
  });
});

describe('a phase that names a playlist', () => {
  function withPlaylist(list: Playlist | null): SessionRun {
    const run = startRun();
    const phases = run.program.phases.map((phase) =>
      phase.id === 'deep' ? { ...phase, sound: { playlistId: 'calm', volume: 0.8 } } : phase,
    );
    return { ...run, program: { ...run.program, phases }, playlists: list ? [list] : [] };
  }

  it('plays the playlist from its start when the phase begins, streamed from the library', () => {
    const run = withPlaylist(playlist([600, 600]));
    const voices = stateAt(run, T0 + 7 * MIN).sound.voices.filter((v) => v.gain > 0);
    expect(voices).toHaveLength(1);
    expect(voices[0]).toMatchObject({ root: 'track', stream: true, mediaPath: 't0.opus' });
    expect(voices[0]!.offsetSec).toBeCloseTo(120);
    expect(voices[0]!.gain).toBeCloseTo(0.8);
  });

  it('holds its place while paused and continues from there', () => {
    let run = withPlaylist(playlist([600, 600]));
    run = press(run, 'pause', T0 + 7 * MIN);
    run = press(run, 'resume', T0 + 17 * MIN);
    expect(stateAt(run, T0 + 17 * MIN).sound.voices[0]!.offsetSec).toBeCloseTo(120);
  });

  it('fades out at the phase end while the next phase crossfades in', () => {
    const run = withPlaylist(playlist([60 * 60]));
    const voices = stateAt(run, T0 + 35 * MIN + (CROSSFADE_SEC / 2) * 1000).sound.voices.filter((v) => v.gain > 0);
    expect(voices.map((v) => v.root)).toEqual(['track', 'assets']);
    const total = voices.reduce((sum, v) => sum + v.gain ** 2, 0);
    expect(total).toBeCloseTo(0.8 ** 2, 2);
  });

  it('says when the plan next changes, and its voices hold exactly still until then', () => {
    const run = withPlaylist(playlist([200, 150, 400], 10));
    const gains = (at: number) =>
      stateAt(run, at)
        .sound.voices.map((v) => `${v.key}=${v.gain}`)
        .join('|');
    let checked = 0;
    for (let at = T0 + 10_000; at < T0 + 45 * MIN; at += 7_300) {
      const { nextChangeInSec } = stateAt(run, at).sound;
      // A fade under way moves at once; the claim is about a plan that holds still now.
      if (gains(at) !== gains(at + 100) || !Number.isFinite(nextChangeInSec)) continue;
      const due = at + nextChangeInSec * 1000;
      expect(gains(due - 50)).toBe(gains(at));
      expect(gains(due + 500)).not.toBe(gains(at));
      checked++;
    }
    // Phase ends and track crossfades alike.
    expect(checked).toBeGreaterThan(250);
  });

  it('expects no move while paused: the program clock stands still', () => {
    const run = press(withPlaylist(playlist([600, 600])), 'pause', T0 + 7 * MIN);
    expect(stateAt(run, T0 + 8 * MIN).sound.nextChangeInSec).toBe(Infinity);
    expect(stateAt(run, T0 + 6 * MIN).sound.nextChangeInSec).toBeCloseTo(524);
  });

  it('falls back to built-in ambience when the playlist is missing, so the room never goes silent', () => {
    const voices = stateAt(withPlaylist(null), T0 + 7 * MIN).sound.voices;
    expect(voices).toHaveLength(1);
    expect(voices[0]).toMatchObject({ root: 'assets', mediaPath: `ambience/${FALLBACK_AMBIENCE}.ogg` });
  });
});
