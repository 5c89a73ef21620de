import { describe, expect, it } from 'vitest';
import { Playlist, playlistPassSec, playlistVoicesAt } from '@domain/audio/playlist';
import { fitAgainst, playlistAgainstPhases, playlistUses } from '@domain/audio/playlist-fit';
import { describeMove, moveItem } from '@domain/list-order';
import { BUILTIN_JOURNEYS, Journey } from '@domain/music/journey';
import { builtinPrograms } from '@domain/session/builtin-programs';
import { Program } from '@domain/session/program';

const MIN = 60;
const programs = builtinPrograms();
const iv40 = programs.find((p) => p.id === 'iv-40')!;

/** Two tracks whose pass is 12 min 40 s (written “13 min”): 400 s and 372 s, less two 6 s crossfades (the last track crosses into the first). */
const calm = Playlist.parse({
  id: 'calm',
  name: 'Calm',
  crossfadeSec: 6,
  tracks: [
    { trackId: 'a', title: 'A', extension: 'ogg', durationSec: 400 },
    { trackId: 'b', title: 'B', extension: 'ogg', durationSec: 372 },
  ],
});
const PASS = playlistPassSec(calm);

/** The program with these phases (by id) playing the playlist instead of their ambience. */
function playing(program: Program, phaseIds: string[], playlistId = 'calm'): Program {
  return Program.parse({
    ...program,
    phases: program.phases.map((phase) =>
      phaseIds.includes(phase.id) ? { ...phase, sound: { playlistId, volume: 0.8 } } : phase,
    ),
  });
}

const forest = Journey.parse({
  ...BUILTIN_JOURNEYS[0]!,
  id: 'forest',
  name: 'Forest',
  sounds: { ...BUILTIN_JOURNEYS[0]!.sounds, deep: { playlistId: 'calm' } },
});

describe('a playlist’s length against the phases that play it', () => {
  it('says how many times the playlist loops in a phase that names it', () => {
    expect(PASS).toBe(12 * MIN + 40);
    const fits = playlistAgainstPhases('calm', PASS, [playing(iv40, ['deep'])], []);
    expect(fits).toEqual([
      expect.objectContaining({
        kind: 'loops',
        times: 2.4,
        text: 'IV infusion, 40 min · Deep: 30 min — the playlist (13 min) loops about 2.4 times',
      }),
    ]);
  });

  it('says a playlist longer than its phase fades out at the phase end', () => {
    const [fit] = playlistAgainstPhases('calm', 45 * MIN, [playing(iv40, ['deep'])], []);
    expect(fit).toMatchObject({ kind: 'longer' });
    expect(fit!.text).toBe(
      'IV infusion, 40 min · Deep: 30 min — the playlist (45 min) is longer; it fades out at the phase end',
    );
  });

  it('says a playlist about as long as its phase plays once', () => {
    const use = { source: 'IV infusion, 40 min', phases: 'Deep', durationSec: 30 * MIN };
    expect(fitAgainst(use, 29 * MIN + 30).kind).toBe('once');
    expect(fitAgainst(use, 30 * MIN + 1).kind).toBe('longer');
    expect(fitAgainst(use, 25 * MIN)).toMatchObject({ kind: 'loops', times: 1.2 });
  });

  it('counts consecutive phases with the playlist as one stretch, since the music carries on across them', () => {
    const uses = playlistUses('calm', [playing(iv40, ['opening', 'deep'])], []);
    expect(uses).toEqual([{ source: 'IV infusion, 40 min', phases: 'Opening and Deep', durationSec: 35 * MIN }]);
    const apart = playlistUses('calm', [playing(iv40, ['opening', 'closing'])], []);
    expect(apart.map((use) => use.phases)).toEqual(['Opening', 'Closing']);
    const all = playlistUses('calm', [playing(iv40, ['opening', 'deep', 'closing'])], []);
    expect(all[0]).toMatchObject({ phases: 'Opening to Closing', durationSec: 40 * MIN });
  });

  it('shows a journey’s part in every program, at the length of the phases that part plays in', () => {
    const fits = playlistAgainstPhases('calm', PASS, programs, [...BUILTIN_JOURNEYS, forest]);
    const intranasal = programs.find((p) => p.id === 'intranasal')!;
    expect(fits.map((fit) => fit.text)).toContain(
      `${intranasal.name} with the “Forest” journey · Observation: 50 min — the playlist (13 min) loops about 3.9 times`,
    );
    expect(fits.map((fit) => fit.text)).toContain(
      'Demo, 3 min with the “Forest” journey · Deep: 1 min — the playlist (13 min) is longer; it fades out at the phase end',
    );
    // One line per program with a deep phase; the built-in journeys play only ambience.
    expect(fits).toHaveLength(programs.length);
  });

  it('follows a phase’s own role over its place when a journey applies', () => {
    const relabelled = Program.parse({
      ...iv40,
      phases: iv40.phases.map((phase) => (phase.id === 'closing' ? { ...phase, role: 'deep' } : phase)),
    });
    expect(playlistUses('calm', [relabelled], [forest]).map((use) => use.phases)).toEqual(['Deep and Closing']);
  });

  it('lists nothing for a playlist no phase plays, or one with no length yet', () => {
    expect(playlistAgainstPhases('other', PASS, [playing(iv40, ['deep'])], [forest])).toEqual([]);
    expect(playlistAgainstPhases('calm', 0, [playing(iv40, ['deep'])], [])).toEqual([]);
  });

  it('agrees with how the playlist really plays: at the end of Deep it is in its third pass', () => {
    const [fit] = playlistAgainstPhases('calm', PASS, [playing(iv40, ['deep'])], []);
    const atEnd = playlistVoicesAt(calm, fit!.durationSec - 1).filter((voice) => voice.gain > 0);
    expect(atEnd.map((voice) => voice.pass)).toEqual([Math.floor(fit!.durationSec / PASS)]);
    expect(Math.floor(fit!.durationSec / PASS)).toBe(2);
  });
});

describe('moving an item in a list', () => {
  it('takes the item out and puts it back at its new position', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c', 'd'], 1, 2)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('leaves the list as it was for a move past either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('announces the new position counted from one', () => {
    expect(describeMove('Low tone', 2, 8)).toBe('Moved “Low tone” to position 3 of 8');
  });
});
