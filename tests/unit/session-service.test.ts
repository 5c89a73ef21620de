import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateAt } from '@domain/session/state-at';
import { ManualClock } from '../support/manual-clock';
import { MIN, program, T0 } from '../support/runs';
import { services } from '../support/services';

/** The real services with the test programs saved as the clinic's own. */
function withTestPrograms(dataDir?: string, clock?: ManualClock) {
  const app = services(dataDir, clock);
  for (const id of ['timed-40', 'settled-40']) void app.handlers['programs.save'](program(id));
  return app;
}

/** The same data folder opened again by a new process whose wall clock reads `now`. */
const restartedAt = (dataDir: string, now: number) => services(dataDir, new ManualClock(now));

describe('the session service', () => {
  it('persists every entry, so a restarted app resumes at the same second', async () => {
    const first = withTestPrograms();
    first.session.start('timed-40');
    first.clock.advance(7 * MIN);
    first.session.control({ type: 'pause' });
    first.clock.advance(MIN);
    first.session.control({ type: 'resume' });
    first.clock.advance(3 * MIN);
    await first.session.whenWritten();

    // A new process on the same folder, as after a crash.
    const second = services(first.dataDir, first.clock);
    const snapshot = second.session.snapshot()!;
    expect(snapshot.awaitingResume).toBe(true);
    expect(stateAt(snapshot.run, first.clock.now()).programSec).toBe(10 * 60);
    expect(stateAt(snapshot.run, first.clock.now()).phase.name).toBe('Deep');
    expect(second.session.continueAfterRestart().awaitingResume).toBe(false);
  });

  it('acts on a control at once and writes the run log as soon as the disk allows', async () => {
    const { session, dataDir } = withTestPrograms();
    const heard: number[] = [];
    session.onChange((snapshot) => heard.push(snapshot!.run.events.length));
    session.start('timed-40');
    // Windows hear of it in the same turn, before any disk has answered.
    expect(session.control({ type: 'quiet' }).run.events.at(-1)!.type).toBe('quiet');
    expect(heard).toEqual([1, 2]);
    await session.whenWritten();
    const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'session-run.json'), 'utf8'));
    expect(onDisk.run.events.map((e: { type: string }) => e.type)).toEqual(['start', 'quiet']);
  });

  it('refuses a second session while one is running, and an unknown program', () => {
    const { session } = services();
    expect(() => session.start('no-such-program')).toThrow('There is no program with the id "no-such-program".');
    session.start('iv-40');
    expect(() => session.start('iv-60')).toThrow(/already running/);
  });

  it('gives the session the clinic’s checklist and then the program’s own items, and the clinic’s close reasons', () => {
    const { session } = services();
    const { run } = session.start('iv-40');
    expect(run.checklist.at(-1)).toEqual({ id: 'program:iv-removed', label: 'IV removed, site checked' });
    expect(run.checklist.slice(0, -1).map((item) => item.label)).toContain('Responsible adult escort present');
    expect(run.earlyCloseReasons.map((r) => r.id)).toContain('emergency');
  });

  it('records the closed session in the history and clears the room on dismiss', async () => {
    const { session, clock, handlers } = services();
    session.start('demo-3');
    session.control({ type: 'dose' });
    clock.advance(60_000);
    session.control({ type: 'endTreatment' });
    clock.advance(61_000);
    await session.closeSession({ type: 'close', uncheckedConfirmed: true });
    expect(session.snapshot()!.run.events.at(-1)).toMatchObject({ type: 'close', early: false });
    session.dismiss();
    expect(session.snapshot()).toBeNull();
    const { records } = handlers['history.list']({}) as { records: { programName: string; training: boolean }[] };
    expect(records).toMatchObject([{ programName: 'Demo, 3 min', training: true }]);
  });

  it.each([
    ['not JSON', 'not json{'],
    ['JSON of the wrong shape', '{"run": {"id": 7}}'],
  ])('moves an unreadable run log (%s) aside, keeps its bytes, says where, and starts clean', (_label, content) => {
    const first = services();
    const file = path.join(first.dataDir, 'session-run.json');
    fs.writeFileSync(file, content);
    const { session, notices } = services(first.dataDir);
    expect(session.snapshot()).toBeNull();
    const aside = fs.readdirSync(first.dataDir).find((name) => name.startsWith('session-run.unreadable-'));
    expect(aside).toBeDefined();
    expect(fs.readFileSync(path.join(first.dataDir, aside!), 'utf8')).toBe(content);
    expect(notices.join(' ')).toContain(file);
    expect(notices.join(' ')).toContain(aside!);
  });
});

describe('both clocks across a restart', () => {
  /** A settled-40 session dosed at 5 min, paused from 10 to 12 min; the app last noted itself alive at 20 min. */
  async function interrupted() {
    const app = withTestPrograms();
    app.session.start('settled-40');
    app.clock.advance(5 * MIN);
    app.session.control({ type: 'dose' });
    app.clock.advance(5 * MIN);
    app.session.control({ type: 'pause' });
    app.clock.advance(2 * MIN);
    app.session.control({ type: 'resume' });
    app.clock.advance(8 * MIN);
    app.session.noteAlive();
    await app.session.close();
    return app;
  }

  it('trusts a wall clock an hour ahead: both clocks ran while the app was down, and it says for how long', async () => {
    const { dataDir } = await interrupted();
    const after = restartedAt(dataDir, T0 + 80 * MIN);
    const { run } = after.session.snapshot()!;
    expect(run.events.at(-1)).toEqual({ type: 'restart', at: T0 + 80 * MIN, downSince: T0 + 20 * MIN, clockBackMs: 0 });
    const state = stateAt(run, after.session.clock.now());
    expect(state.sinceDoseSec).toBe(75 * 60);
    expect(state.programSec).toBe(78 * 60);
    // The 15-minute vitals check fell due while the app was down and is waiting on screen.
    expect(state.dueReminders.map((d) => d.reminder.id)).toContain('bp-15');
  });

  it('a wall clock an hour behind the last record: the session carries on from that record and says so', async () => {
    const { dataDir } = await interrupted();
    const after = restartedAt(dataDir, T0 + 20 * MIN - 60 * MIN);
    const { run, clockNow } = after.session.snapshot()!;
    expect(run.events.at(-1)).toEqual({
      type: 'restart',
      at: T0 + 20 * MIN,
      downSince: T0 + 20 * MIN,
      clockBackMs: 60 * MIN,
    });
    // Nothing runs backwards: both clocks go on from where the record left them.
    expect(clockNow).toBe(T0 + 20 * MIN);
    const state = stateAt(run, clockNow);
    expect(state.sinceDoseSec).toBe(15 * 60);
    expect(state.programSec).toBe(18 * 60);
    // Staff can correct the dose time, and every later entry stays in time order.
    after.clock.advance(MIN);
    const corrected = after.session.control({ type: 'correctDose', doseAt: T0 + 4 * MIN });
    expect(corrected.run.events.at(-1)).toEqual({ type: 'doseCorrected', at: T0 + 21 * MIN, doseAt: T0 + 4 * MIN });
  });

  it('within one run the session clock is the monotonic one the app was given, so a moved wall clock changes nothing', () => {
    const { session, clock } = withTestPrograms();
    expect(session.clock).toBe(clock);
  });
});

describe('the patient’s choice waits two hours for its session', () => {
  const choice = {
    journeyId: 'builtin-ocean',
    avoidTags: [],
    avoidTrackIds: [],
    comfort: 0.5,
    intention: 'Rest',
    language: 'en' as const,
  };

  it('is discarded unused after two hours, so the next patient never gets a stranger’s intention', async () => {
    const { handlers, clock, session } = services();
    const pending = await handlers['patient.choose'](choice);
    expect(pending).toMatchObject({ journeyName: 'Ocean, no music', chosenAt: T0, expiresAt: T0 + 120 * MIN });
    clock.advance(120 * MIN - 1);
    expect(await handlers['patient.get']({})).not.toBeNull();
    clock.advance(1);
    expect(await handlers['patient.get']({})).toBeNull();
    expect(session.start('iv-40').run.patient).toBeNull();
  });

  it('staff can clear it; it is used by one session only', async () => {
    const { handlers, session, clock } = services();
    await handlers['patient.choose'](choice);
    await handlers['patient.clear']({});
    expect(await handlers['patient.get']({})).toBeNull();
    await handlers['patient.choose'](choice);
    expect(session.start('iv-40').run.patient).toEqual({
      journeyName: 'Ocean, no music',
      comfort: 0.5,
      intention: 'Rest',
      language: 'en',
    });
    expect(await handlers['patient.get']({})).toBeNull();
    session.control({ type: 'endTreatment' });
    clock.advance(5 * MIN);
    await session.closeSession({ type: 'close', reasonId: 'other', uncheckedConfirmed: true });
    session.dismiss();
    expect(session.start('iv-40').run.patient).toBeNull();
  });
});
