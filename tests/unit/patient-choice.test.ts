import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitAfterFailures } from '../../main/services/staff-lock';
import { FALLBACK_AMBIENCE } from '@domain/audio/sound-plan';
import { historyRecord } from '@domain/session/history';
import { phaseRole } from '@domain/session/program';
import { writeTone } from '../support/audio-fixtures';
import { journeyWith } from '../support/journeys';
import { ManualClock } from '../support/manual-clock';
import { press, program, T0 } from '../support/runs';
import { services, tempDir } from '../support/services';

/** A library of three tones (one with lyrics, one with voices), a playlist of all three and a journey using it. */
async function withJourney() {
  const app = services();
  const folder = tempDir();
  for (const name of ['calm', 'song', 'choir']) writeTone(path.join(folder, `${name}.ogg`), { seconds: 3 });
  await app.handlers['library.import']({ paths: [folder], mode: 'reference' });
  const tracks = await app.handlers['library.list']({});
  const byTitle = (title: string) => tracks.find((t) => t.title === title)!;
  await app.handlers['library.tag']({ trackIds: [byTitle('song').id], tag: 'lyrics', on: true });
  await app.handlers['library.tag']({ trackIds: [byTitle('choir').id], tag: 'voices', on: true });
  const playlist = await app.handlers['playlists.save']({
    name: 'Three tones',
    crossfadeSec: 1,
    trackIds: tracks.map((t) => t.id),
  });
  const journey = await app.handlers['journeys.save'](journeyWith(playlist.id, 'Tones', ''));
  return { app, journey, playlist, byTitle };
}

const choice = (journeyId: string, changes = {}) => ({
  journeyId,
  avoidTags: [],
  avoidTrackIds: [],
  comfort: 0.6,
  intention: 'To rest',
  language: 'es' as const,
  ...changes,
});

describe('the patient’s choice', () => {
  it('gives each part of the program the journey’s sound, and keeps the patient’s language for the sheet', async () => {
    const { app, journey, playlist } = await withJourney();
    await app.handlers['patient.choose'](choice(journey.id));
    const { run } = await app.handlers['session.start']({ programId: 'iv-40' });
    const sounds = run.program.phases.map((phase, i) => [phaseRole(run.program, i), phase.sound]);
    expect(sounds).toEqual([
      ['settling', { ambience: 'soft-rain', volume: 0.6 }],
      ['opening', { ambience: 'warm-drone', volume: 0.8 }],
      ['deep', { playlistId: playlist.id, volume: 0.8 }],
      ['closing', { playlistId: playlist.id, volume: 0.8 }],
      ['recovery', { ambience: 'soft-rain', volume: 0.6 }],
    ]);
    expect(run.patient).toEqual({ journeyName: 'Tones', comfort: 0.6, intention: 'To rest', language: 'es' });
  });

  it('leaves out the tracks the patient ruled out, by tag and one by one', async () => {
    const { app, journey, byTitle } = await withJourney();
    await app.handlers['patient.choose'](
      choice(journey.id, { avoidTags: ['lyrics'], avoidTrackIds: [byTitle('choir').id] }),
    );
    const { run } = await app.handlers['session.start']({ programId: 'iv-40' });
    expect(run.playlists[0]!.tracks.map((t) => t.title)).toEqual(['calm']);
  });

  it('fills a phase with built-in ambience when every track of its playlist was ruled out', async () => {
    const { app, journey } = await withJourney();
    const tracks = await app.handlers['library.list']({});
    await app.handlers['patient.choose'](choice(journey.id, { avoidTrackIds: tracks.map((t) => t.id) }));
    const { run } = await app.handlers['session.start']({ programId: 'iv-40' });
    expect(run.program.phases.find((p) => p.id === 'deep')!.sound).toEqual({
      ambience: FALLBACK_AMBIENCE,
      volume: 0.8,
    });
    expect(run.playlists).toEqual([]);
  });

  it('applies to the next session only, and the intention never reaches the history', async () => {
    const { app, journey } = await withJourney();
    await app.handlers['patient.choose'](choice(journey.id, { intention: 'Let go of the week' }));
    let { run } = await app.handlers['session.start']({ programId: 'demo-3' });
    expect(await app.handlers['patient.get']({})).toBeNull();
    run = press(run, 'endTreatment', run.events[0]!.at + 60_000);
    run = press(run, { type: 'close', uncheckedConfirmed: true }, run.events[0]!.at + 120_000);
    expect(JSON.stringify(historyRecord(run))).not.toContain('Let go of the week');
  });

  it('refuses a journey that is not offered', async () => {
    const { app } = await withJourney();
    await expect(async () => app.handlers['patient.choose'](choice('no-such-journey'))).rejects.toThrow(
      /no longer offered/,
    );
  });
});

describe('journeys and programs of the clinic’s own', () => {
  it('keeps built-in ones as they are and lets copies change', async () => {
    const app = services();
    const builtin = program('iv-40');
    await expect(async () => app.handlers['programs.save']({ ...builtin, name: 'Changed' })).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(async () => app.handlers['programs.delete']({ id: 'iv-40' })).rejects.toThrow(/cannot be removed/);
    const copy = await app.handlers['programs.save']({ ...builtin, id: 'clinic-iv-45', name: 'IV infusion, 45 min' });
    expect((await app.handlers['programs.list']({})).map((p) => p.id)).toContain(copy.id);
    await app.handlers['programs.delete']({ id: copy.id });
    expect((await app.handlers['programs.list']({})).map((p) => p.id)).not.toContain(copy.id);
  });
});

describe('the clinic PIN', () => {
  it('closes staff screens while the patient screen is shown and opens them only with the PIN', async () => {
    const app = services();
    await expect(async () => app.handlers['staff.lock']({})).rejects.toThrow(/Set a clinic PIN first/);
    await app.handlers['staff.setPin']({ newPin: '4821' });
    expect(await app.handlers['staff.lock']({})).toMatchObject({ locked: true });
    await expect(async () => app.handlers['session.start']({ programId: 'iv-40' })).rejects.toThrow(/locked/);
    await expect(async () => app.handlers['clinic.get']({})).rejects.toThrow(/locked/);
    // What the patient screen needs still answers.
    expect((await app.handlers['journeys.list']({})).length).toBeGreaterThan(0);
    await expect(app.handlers['staff.unlock']({ pin: '0000' })).rejects.toThrow(/not right/);
    app.clock.advance(waitAfterFailures(1));
    expect((await app.handlers['staff.unlock']({ pin: '4821' })).locked).toBe(false);
    expect((await app.handlers['clinic.get']({})).roomName).toBeTruthy();
  });

  it('makes each wrong guess wait longer, up to a minute', async () => {
    const app = services();
    await app.handlers['staff.setPin']({ newPin: '4821' });
    await app.handlers['staff.lock']({});
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await expect(app.handlers['staff.unlock']({ pin: '1111' })).rejects.toThrow(/not right/);
      const { retryInSec } = await app.handlers['staff.status']({});
      waits.push(retryInSec);
      // Trying again before the wait is over is refused without even checking the PIN.
      if (retryInSec > 1) await expect(app.handlers['staff.unlock']({ pin: '4821' })).rejects.toThrow(/wait/);
      app.clock.advance(retryInSec * 1000);
    }
    expect(waits).toEqual([1, 1, 5, 10, 20, 40, 60, 60]);
  });

  it('stays locked after a restart and keeps only a salted scrypt hash of the PIN', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const first = services(dataDir, clock);
    await first.handlers['staff.setPin']({ newPin: '482193' });
    await first.handlers['staff.lock']({});
    const again = services(dataDir, clock);
    expect(await again.handlers['staff.status']({})).toMatchObject({ locked: true, pinSet: true });
    const file = fs.readFileSync(path.join(dataDir, 'staff-lock.json'), 'utf8');
    expect(file).not.toContain('482193');
    expect(JSON.parse(file).pin.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes the PIN only with the current one', async () => {
    const app = services();
    await app.handlers['staff.setPin']({ newPin: '4821' });
    await expect(app.handlers['staff.setPin']({ newPin: '9999', currentPin: '1234' })).rejects.toThrow(/not right/);
    await expect(app.handlers['staff.setPin']({ newPin: '12', currentPin: '4821' })).rejects.toThrow(/4 to 12 digits/);
    // A wrong current PIN is a guess like any other: the next try waits.
    await expect(app.handlers['staff.setPin']({ newPin: '9999', currentPin: '4821' })).rejects.toThrow(/wait/);
    app.clock.advance(waitAfterFailures(1));
    await app.handlers['staff.setPin']({ newPin: '9999', currentPin: '4821' });
    await app.handlers['staff.lock']({});
    await expect(app.handlers['staff.unlock']({ pin: '9999' })).resolves.toMatchObject({ locked: false });
  });
});
