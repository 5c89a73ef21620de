import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { whatPlays } from '@domain/audio/now-playing';
import { programOffer } from '@domain/clinic/program-offer';
import { BUILTIN_JOURNEYS, StoredJourney } from '@domain/music/journey';
import { builtinPrograms } from '@domain/session/builtin-programs';
import { sessionChecklist } from '@domain/session/checklist';
import { stateAt } from '@domain/session/state-at';
import { doseMomentFromTime } from '../../renderer/src/ui/time-of-day';
import { MIN, press, startRun, T0 } from '../support/runs';
import { services, tempDir } from '../support/services';

describe('the start screen’s offer', () => {
  const programs = builtinPrograms();

  it('on a fresh install chooses nothing, and keeps the training demo apart', () => {
    const offer = programOffer(programs, { defaultProgramId: null, hiddenProgramIds: [] });
    expect(offer.preselectedId).toBeNull();
    expect(offer.treatment.map((p) => p.id)).toEqual(['iv-40', 'iv-60', 'im', 'intranasal']);
    expect(offer.training.map((p) => p.id)).toEqual(['demo-3']);
  });

  it('chooses the clinic’s default only while it is offered, and leaves hidden programs out', () => {
    expect(programOffer(programs, { defaultProgramId: 'intranasal', hiddenProgramIds: [] }).preselectedId).toBe(
      'intranasal',
    );
    const hidden = programOffer(programs, { defaultProgramId: 'iv-60', hiddenProgramIds: ['iv-60', 'im'] });
    expect(hidden.treatment.map((p) => p.id)).toEqual(['iv-40', 'intranasal']);
    expect(hidden.preselectedId).toBeNull();
    expect(programOffer(programs, { defaultProgramId: 'demo-3', hiddenProgramIds: [] }).preselectedId).toBeNull();
  });
});

describe('a session’s checklist', () => {
  it('is the clinic’s list, then the program’s own items, which never share an id with the clinic’s', () => {
    const items = sessionChecklist([{ id: 'item-1', label: 'Alert' }], [{ id: 'item-1', label: 'IV removed' }]);
    expect(items).toEqual([
      { id: 'item-1', label: 'Alert' },
      { id: 'program:item-1', label: 'IV removed' },
    ]);
  });
});

describe('journeys saved before settling in had a part of its own', () => {
  const { settling: _s, ...oldSounds } = BUILTIN_JOURNEYS[1]!.sounds;
  const old = { ...BUILTIN_JOURNEYS[1]!, id: 'clinic-old', sounds: oldSounds };

  it('take their opening sound for settling in', () => {
    expect(StoredJourney.parse(old).sounds.settling).toEqual(oldSounds.opening);
  });

  it('are brought up to date on disk when the app opens them', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'journeys.json'), JSON.stringify({ version: 1, items: [old] }));
    const app = services(dataDir);
    expect(app.notices).toEqual([]);
    const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'journeys.json'), 'utf8'));
    expect(onDisk.items[0].sounds.settling).toEqual(oldSounds.opening);
  });
});

describe('what the console says is playing, and next', () => {
  const plays = (run: ReturnType<typeof startRun>, at: number) => whatPlays(stateAt(run, at), run);

  it('names the loudest sound and the next phase’s when it differs; silence plays nothing', () => {
    const run = startRun();
    expect(plays(run, T0)).toEqual({ now: null, next: null });
    expect(plays(run, T0 + MIN)).toEqual({
      now: 'Warm drone (built-in ambience)',
      next: 'Ocean swell (built-in ambience) in Deep',
    });
    expect(plays(run, T0 + 10 * MIN)).toEqual({
      now: 'Ocean swell (built-in ambience)',
      next: 'Soft rain (built-in ambience) in Closing',
    });
    expect(plays(press(run, 'quiet', T0 + MIN), T0 + 2 * MIN)).toEqual({ now: null, next: null });
  });

  it('names the next track of the playlist that plays, coming round at its end', () => {
    const track = (n: number) => ({ trackId: `t${n}`, title: `Track ${n}`, extension: 'ogg', durationSec: 120 });
    const base = startRun();
    const run = {
      ...base,
      playlists: [{ id: 'p', name: 'Evening', crossfadeSec: 2, tracks: [track(1), track(2)] }],
      program: {
        ...base.program,
        phases: base.program.phases.map((p) => ({ ...p, sound: { playlistId: 'p', volume: 0.8 } })),
      },
    };
    expect(plays(run, T0 + 30_000)).toEqual({ now: 'Track 1', next: 'Track 2' });
    expect(plays(run, T0 + 150_000)).toEqual({ now: 'Track 2', next: 'Track 1' });
  });
});

describe('a corrected dose time typed on the clock', () => {
  const started = new Date(2026, 11, 4, 10, 2, 30).getTime();
  const now = new Date(2026, 11, 4, 10, 50).getTime();

  it('is that minute on the session’s day, from the session’s own start within its first minute', () => {
    expect(doseMomentFromTime('10:42', started, now)).toBe(new Date(2026, 11, 4, 10, 42).getTime());
    expect(doseMomentFromTime('10:02', started, now)).toBe(started);
  });

  it('is refused before the start, after now, or when not a time', () => {
    expect(doseMomentFromTime('10:01', started, now)).toBeNull();
    expect(doseMomentFromTime('10:51', started, now)).toBeNull();
    expect(doseMomentFromTime('', started, now)).toBeNull();
  });

  it('falls on the next day for a session that crossed midnight', () => {
    const late = new Date(2026, 11, 4, 23, 50).getTime();
    const after = new Date(2026, 11, 5, 0, 30).getTime();
    expect(doseMomentFromTime('00:05', late, after)).toBe(new Date(2026, 11, 5, 0, 5).getTime());
  });
});
