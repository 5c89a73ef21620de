import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateAt } from '../../src/session/state-at';
import { MIN } from '../support/runs';
import { services } from '../support/services';

describe('the session service', () => {
  it('persists every entry, so a restarted app resumes at the same second', () => {
    const first = services();
    first.session.start('iv-40');
    first.clock.advance(7 * MIN);
    first.session.control({ type: 'pause' });
    first.clock.advance(MIN);
    first.session.control({ type: 'resume' });
    first.clock.advance(3 * MIN);

    // A new process on the same folder, as after a crash.
    const second = services(first.dataDir, first.clock);
    const snapshot = second.session.snapshot()!;
    expect(snapshot.awaitingResume).toBe(true);
    expect(stateAt(snapshot.run, first.clock.now()).elapsedSec).toBe(10 * 60);
    expect(stateAt(snapshot.run, first.clock.now()).phase.name).toBe('Deep');
    expect(second.session.continueAfterRestart().awaitingResume).toBe(false);
  });

  it('writes the run log before any window hears of a change', () => {
    const { session, dataDir } = services();
    const seen: number[] = [];
    session.onChange((snapshot) => {
      const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'session-run.json'), 'utf8'));
      seen.push(onDisk.run.events.length);
      expect(onDisk.run.events.length).toBe(snapshot!.run.events.length);
    });
    session.start('iv-40');
    session.control({ type: 'quiet' });
    expect(seen).toEqual([1, 2]);
  });

  it('refuses a second session while one is running, and an unknown program', () => {
    const { session } = services();
    expect(() => session.start('no-such-program')).toThrow('There is no program with the id "no-such-program".');
    session.start('iv-40');
    expect(() => session.start('iv-60')).toThrow(/already running/);
  });

  it('records the closed session in the history and clears the room on dismiss', () => {
    const { session, clock, handlers } = services();
    session.start('demo-3');
    clock.advance(60_000);
    session.control({ type: 'endTreatment' });
    clock.advance(61_000);
    session.control({ type: 'close' });
    expect(session.snapshot()!.run.events.at(-1)).toMatchObject({ type: 'close', early: false });
    session.dismiss();
    expect(session.snapshot()).toBeNull();
    const { records } = handlers['history.list']({}) as { records: { programName: string; closedEarly: boolean }[] };
    expect(records).toMatchObject([{ programName: 'Demo, 3 min', closedEarly: false }]);
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
