import { describe, expect, it } from 'vitest';
import { applyControl, type Control } from '@domain/session/controls';
import { stateAt } from '@domain/session/state-at';
import { ManualClock } from '../support/manual-clock';
import { MIN, startRun, T0 } from '../support/runs';
import { services } from '../support/services';

/** Every control staff may press in a session's life, in an order that makes each one available. */
const EVERY_CONTROL: Control[] = [
  { type: 'staffLightOff' },
  { type: 'soundBack' },
  { type: 'pause' },
  { type: 'resume' },
  { type: 'pause' },
  { type: 'resume' },
  { type: 'quiet' },
  { type: 'soundBack' },
  { type: 'staffLightOn' },
  { type: 'staffLightOff' },
  { type: 'correctDose', doseAt: T0 + 60_000 },
  { type: 'nextPhase' },
  { type: 'extend' },
  { type: 'endTreatment' },
  { type: 'extendRecovery' },
  { type: 'checklist', itemId: 'vitals', done: true },
];

/** Presses each control two seconds after the one before, as staff do, and answers what was ignored. */
async function pressAll(room: ReturnType<typeof services>): Promise<string[]> {
  const ignored: string[] = [];
  for (const control of EVERY_CONTROL) {
    room.clock.advance(2_000);
    const before = room.session.snapshot()!.run.events.length;
    const after = room.session.control(control).run.events.length;
    if (after === before) ignored.push(control.type);
  }
  room.clock.advance(2_000);
  await room.session.closeSession({ type: 'close', uncheckedConfirmed: true, reasonId: 'other' });
  return ignored;
}

describe('time that jumps', () => {
  it('a clock that reads earlier than the last entry never makes a press look like a double press', () => {
    const started = startRun();
    const paused = applyControl(started, { type: 'pause' }, T0 + 20 * MIN);
    if (!paused.ok) throw new Error(paused.reason);
    const resumed = applyControl(paused.run, { type: 'resume' }, T0 + 10 * MIN);
    expect(resumed).toMatchObject({ ok: true, ignored: false });
    // Stamped no earlier than the entry before it, so the log stays in time order.
    expect(resumed.ok && resumed.run.events.at(-1)).toEqual({ type: 'resume', at: T0 + 20 * MIN });
  });

  it('after a restart with the wall clock ten minutes behind the last saved event, every control still works', async () => {
    const first = services();
    first.session.start('iv-40');
    first.session.control({ type: 'dose' });
    first.clock.advance(20 * MIN);
    first.session.control({ type: 'quiet' });
    first.session.control({ type: 'staffLightOn' });
    await first.session.close();

    // The new process's clock reads ten minutes earlier than the last entry it finds in the log.
    const again = services(first.dataDir, new ManualClock(T0 + 10 * MIN));
    const restart = again.session.snapshot()!.run.events.at(-1)!;
    expect(restart).toMatchObject({ type: 'restart', clockBackMs: 10 * MIN });
    again.session.continueAfterRestart();
    expect(await pressAll(again)).toEqual([]);
    const { run, clockNow } = again.session.snapshot()!;
    expect(stateAt(run, clockNow).status).toBe('closed');
  });

  it('a second press within the guard time is ignored by the monotonic clock, whatever the log says', async () => {
    const room = services();
    room.session.start('iv-40');
    room.session.control({ type: 'dose' });
    room.clock.advance(MIN);
    room.session.control({ type: 'pause' });
    room.clock.advance(300);
    expect(room.session.control({ type: 'resume' }).run.events.at(-1)!.type).toBe('pause');
    room.clock.advance(600);
    expect(room.session.control({ type: 'resume' }).run.events.at(-1)!.type).toBe('resume');
  });

  it('a press right after a restart is never taken for the second half of a press made before it', async () => {
    const first = services();
    first.session.start('iv-40');
    first.session.control({ type: 'dose' });
    first.clock.advance(MIN);
    first.session.control({ type: 'pause' });
    await first.session.close();
    // Back up within a fraction of a second, with the wall clock set back by time sync meanwhile.
    const again = services(first.dataDir, new ManualClock(T0 + MIN - 5_000));
    again.session.continueAfterRestart();
    again.clock.advance(200);
    expect(again.session.control({ type: 'resume' }).run.events.at(-1)!.type).toBe('resume');
  });
});
