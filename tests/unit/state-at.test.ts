import { describe, expect, it } from 'vitest';
import { applyControl, DOUBLE_PRESS_GUARD_MS, EXTEND_SEC } from '@domain/session/controls';
import { stateAt } from '@domain/session/state-at';
import { AFTER_GUARD, MIN, press, startRun, T0, tickAll } from '../support/runs';

// timed-40: Opening 5 min, Deep 30 min, Closing 5 min, Recovery 30 min; blood pressure 40 min after the dose,
// which Start session marks (the program has no settling-in phase).

describe('phases follow the session clock', () => {
  const run = startRun();

  it.each([
    [0, 'Opening', 0, 5 * 60],
    [5 * MIN - 1, 'Opening', 5 * 60 - 0.001, 0.001],
    [5 * MIN, 'Deep', 0, 30 * 60],
    [20 * MIN, 'Deep', 15 * 60, 15 * 60],
    [35 * MIN, 'Closing', 0, 5 * 60],
  ])('at %i ms the phase is %s, %f s in, %f s left', (offset, name, elapsed, left) => {
    const state = stateAt(run, T0 + offset);
    expect(state.phase.name).toBe(name);
    expect(state.phaseElapsedSec).toBeCloseTo(elapsed, 3);
    expect(state.phaseRemainingSec).toBeCloseTo(left, 3);
    expect(state.status).toBe('treatment');
  });

  it('holds the last treatment phase past its plan until End treatment, counting the overtime', () => {
    const state = stateAt(run, T0 + 47 * MIN);
    expect(state.phase.name).toBe('Closing');
    expect(state.status).toBe('treatment');
    expect(state.phaseRemainingSec).toBe(0);
    expect(state.treatmentOvertimeSec).toBeCloseTo(7 * 60);
    expect(state.recoveryRemainingSec).toBeNull();
  });
});

describe('live controls', () => {
  it('pausing stops the session clock and resuming continues from the same second', () => {
    let run = press(startRun(), 'pause', T0 + 2 * MIN);
    expect(stateAt(run, T0 + 10 * MIN).programSec).toBe(120);
    expect(stateAt(run, T0 + 10 * MIN).paused).toBe(true);
    run = press(run, 'resume', T0 + 10 * MIN);
    expect(stateAt(run, T0 + 11 * MIN).programSec).toBe(180);
    // The phase plan shifts by the pause: Opening now ends 8 minutes late.
    expect(stateAt(run, T0 + 12 * MIN + 59_000).phase.name).toBe('Opening');
    expect(stateAt(run, T0 + 13 * MIN).phase.name).toBe('Deep');
  });

  it('next phase starts the next phase now and shifts the rest of the plan', () => {
    const run = press(startRun(), 'nextPhase', T0 + 1 * MIN);
    const state = stateAt(run, T0 + 1 * MIN);
    expect(state.phase.name).toBe('Deep');
    expect(state.phaseRemainingSec).toBe(30 * 60);
    expect(stateAt(run, T0 + 31 * MIN).phase.name).toBe('Closing');
  });

  it('extend adds five minutes to the current phase only', () => {
    const run = press(startRun(), 'extend', T0 + 1 * MIN);
    expect(stateAt(run, T0 + 1 * MIN).phaseRemainingSec).toBe(4 * 60 + EXTEND_SEC);
    expect(stateAt(run, T0 + 9 * MIN + 59_000).phase.name).toBe('Opening');
    expect(stateAt(run, T0 + 10 * MIN).phase.name).toBe('Deep');
  });

  it('end treatment starts recovery now, whatever the plan said', () => {
    const run = press(startRun(), 'endTreatment', T0 + 12 * MIN);
    const state = stateAt(run, T0 + 12 * MIN);
    expect(state.phase.name).toBe('Recovery');
    expect(state.status).toBe('recovery');
    expect(state.recoveryRemainingSec).toBe(30 * 60);
    expect(stateAt(run, T0 + 22 * MIN).recoveryRemainingSec).toBe(20 * 60);
    expect(stateAt(run, T0 + 42 * MIN).status).toBe('dischargeReady');
    expect(stateAt(run, T0 + 42 * MIN).recoveryRemainingSec).toBe(0);
  });

  it('pausing inside recovery holds the room’s sound and light, never the countdown to discharge', () => {
    let run = press(startRun(), 'endTreatment', T0 + 40 * MIN);
    run = press(run, 'pause', T0 + 50 * MIN);
    expect(stateAt(run, T0 + 60 * MIN).recoveryRemainingSec).toBe(10 * 60);
    expect(stateAt(run, T0 + 60 * MIN).programSec).toBe(50 * 60);
    run = press(run, 'resume', T0 + 65 * MIN);
    expect(stateAt(run, T0 + 70 * MIN).status).toBe('dischargeReady');
  });

  it('refuses extend, next phase and a second end treatment once treatment has ended, saying why', () => {
    const run = press(startRun(), 'endTreatment', T0 + 40 * MIN);
    for (const type of ['extend', 'nextPhase', 'endTreatment'] as const) {
      const result = applyControl(run, { type }, T0 + 41 * MIN);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/[Tt]reatment has (already )?ended/);
    }
  });

  it('refuses next phase on the last treatment phase and points to End treatment', () => {
    const run = press(startRun(), 'nextPhase', T0 + MIN);
    const last = press(run, 'nextPhase', T0 + 2 * MIN);
    const result = applyControl(last, { type: 'nextPhase' }, T0 + 3 * MIN);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('End treatment') });
  });

  it('ignores a second press of the same button within the guard time, even pause then resume', () => {
    const paused = press(startRun(), 'pause', T0 + MIN);
    const quick = applyControl(paused, { type: 'resume' }, T0 + MIN + 300);
    expect(quick).toEqual({ ok: true, run: paused, ignored: true });
    expect(stateAt(paused, T0 + 2 * MIN).paused).toBe(true);
    const later = applyControl(paused, { type: 'resume' }, T0 + MIN + DOUBLE_PRESS_GUARD_MS);
    expect(later.ok && !later.ignored).toBe(true);
    // A different button is never held back by the guard.
    expect(applyControl(paused, { type: 'quiet' }, T0 + MIN + 100)).toMatchObject({ ok: true, ignored: false });
  });

  it('after a close every control is refused', () => {
    const ended = tickAll(press(startRun(), 'endTreatment', T0 + MIN), T0 + 2 * MIN);
    const run = press(ended, { type: 'close', reasonId: 'other' }, T0 + 3 * MIN);
    expect(stateAt(run, T0 + 4 * MIN).status).toBe('closed');
    expect(applyControl(run, { type: 'pause' }, T0 + 5 * MIN)).toEqual({
      ok: false,
      reason: 'The session is already closed.',
    });
  });

  it('records a close before the earliest discharge as early, with its reason, and one after as not early', () => {
    const recovering = tickAll(press(startRun(), 'endTreatment', T0 + 40 * MIN), T0 + 41 * MIN);
    const early = press(recovering, { type: 'close', reasonId: 'emergency' }, T0 + 50 * MIN);
    expect(early.events.at(-1)).toEqual({
      type: 'close',
      at: T0 + 50 * MIN,
      early: true,
      reason: 'Transferred to emergency care',
      unchecked: [],
    });
    const onTime = press(recovering, 'close', T0 + 70 * MIN);
    expect(onTime.events.at(-1)).toEqual({
      type: 'close',
      at: T0 + 70 * MIN,
      early: false,
      reason: null,
      unchecked: [],
    });
  });
});

describe('closing binds the discharge checklist', () => {
  const recovered = press(startRun(), 'endTreatment', T0 + 40 * MIN);

  it('names the unticked items and closes only when staff confirm, recording them', () => {
    const oneTicked = press(recovered, { type: 'checklist', itemId: 'alert', done: true }, T0 + 45 * MIN);
    expect(applyControl(oneTicked, { type: 'close' }, T0 + 80 * MIN)).toEqual({
      ok: false,
      reason: 'Not ticked: Ride home confirmed. Tick them, or confirm closing without them.',
    });
    const closed = press(oneTicked, { type: 'close', uncheckedConfirmed: true }, T0 + 80 * MIN);
    expect(closed.events.at(-1)).toMatchObject({ type: 'close', early: false, unchecked: ['Ride home confirmed'] });
  });

  it('before the earliest discharge, needs a reason from the session’s list and nothing else', () => {
    const ticked = tickAll(recovered, T0 + 45 * MIN);
    expect(applyControl(ticked, { type: 'close' }, T0 + 50 * MIN)).toEqual({
      ok: false,
      reason: 'The earliest discharge has not been reached. Choose why the session closes now.',
    });
    expect(applyControl(ticked, { type: 'close', reasonId: 'made-up' }, T0 + 50 * MIN)).toEqual({
      ok: false,
      reason: 'Choose one of the listed reasons.',
    });
  });

  it('cannot close during treatment: End treatment comes first', () => {
    expect(applyControl(startRun(), { type: 'close', reasonId: 'other' }, T0 + MIN)).toEqual({
      ok: false,
      reason: 'End treatment before closing the session.',
    });
  });
});

describe('reminders', () => {
  it('the blood-pressure reminder falls due at 40 minutes and goes once done', () => {
    const run = startRun();
    expect(stateAt(run, T0 + 40 * MIN - 1).dueReminders).toEqual([]);
    expect(stateAt(run, T0 + 40 * MIN - 1).nextDueAt).toBe(T0 + 40 * MIN);
    const due = stateAt(run, T0 + 40 * MIN);
    expect(due.dueReminders.map((d) => d.reminder.text)).toEqual(['Check blood pressure']);
    const done = press(run, { type: 'reminderDone', reminderId: 'bp-40' }, T0 + 41 * MIN);
    expect(stateAt(done, T0 + 42 * MIN).dueReminders).toEqual([]);
  });

  it('a reminder that is not due cannot be marked done', () => {
    const result = applyControl(startRun(), { type: 'reminderDone', reminderId: 'bp-40' }, T0 + MIN);
    expect(result).toEqual({ ok: false, reason: 'That reminder is not due.' });
  });

  it('a reminder counted from a phase start moves with that phase', () => {
    const base = startRun();
    const run = {
      ...base,
      program: { ...base.program, reminders: [{ id: 'deep-10', text: 'Check in', atSec: 600, phaseId: 'deep' }] },
    };
    const skipped = press(run, 'nextPhase', T0 + MIN);
    expect(stateAt(skipped, T0 + 11 * MIN - 1).dueReminders).toHaveLength(0);
    expect(stateAt(skipped, T0 + 11 * MIN).dueReminders).toHaveLength(1);
  });
});

describe('the intranasal program keeps two hours of observation from the dose', () => {
  it('holds the earliest discharge to two hours after the dose even when treatment ends early', () => {
    let run = press(startRun('intranasal'), 'dose', T0 + 5 * MIN);
    run = press(run, 'endTreatment', T0 + 25 * MIN);
    // Recovery alone would end at 85 minutes; observation runs to 125, two hours after the dose.
    expect(stateAt(run, T0 + 25 * MIN).recoveryRemainingSec).toBe(100 * 60);
    expect(stateAt(run, T0 + 25 * MIN).earliestDischargeAt).toBe(T0 + 125 * MIN);
    expect(stateAt(run, T0 + 124 * MIN).status).toBe('recovery');
    expect(stateAt(run, T0 + 125 * MIN).status).toBe('dischargeReady');
  });
});

describe('the discharge checklist', () => {
  it('can be ticked and unticked in recovery, not during treatment', () => {
    let run = startRun();
    expect(applyControl(run, { type: 'checklist', itemId: 'alert', done: true }, T0 + MIN).ok).toBe(false);
    run = press(run, 'endTreatment', T0 + 2 * MIN);
    run = press(run, { type: 'checklist', itemId: 'alert', done: true }, T0 + 3 * MIN);
    run = press(run, { type: 'checklist', itemId: 'ride', done: true }, T0 + 3 * MIN + 10);
    expect(stateAt(run, T0 + 4 * MIN).checklist.map((i) => i.done)).toEqual([true, true]);
    run = press(run, { type: 'checklist', itemId: 'alert', done: false }, T0 + 3 * MIN + AFTER_GUARD);
    expect(stateAt(run, T0 + 4 * MIN).checklist.map((i) => i.done)).toEqual([false, true]);
  });
});
