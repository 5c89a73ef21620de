import { describe, expect, it } from 'vitest';
import { nextLightBend } from '@domain/light/light-plan';
import { applyControl, EXTEND_RECOVERY_SEC } from '@domain/session/controls';
import { DOSE_NUDGE_MS, stateAt } from '@domain/session/state-at';
import { AFTER_GUARD, MIN, press, startRun, T0 } from '../support/runs';

// settled-40: Settling in (open-ended), then Opening 5, Deep 30, Closing 5, Recovery 30 min; baseline
// vitals when settling in begins, vitals 15 min after the dose, before discharge 25 min into
// recovery; at least 60 min from the dose; the program adds "IV removed" to the checklist.

describe('the pre-dose phase', () => {
  it('lasts until Dose given, however long, and the program’s timed phases start at the dose', () => {
    const run = startRun('settled-40');
    const before = stateAt(run, T0 + 25 * MIN);
    expect(before.phase.name).toBe('Settling in');
    expect(before.awaitingDose).toBe(true);
    expect(before.sinceDoseSec).toBeNull();
    expect(before.phaseRemainingSec).toBe(Infinity);
    expect(before.treatmentOvertimeSec).toBe(0);

    const dosed = press(run, 'dose', T0 + 25 * MIN);
    const after = stateAt(dosed, T0 + 27 * MIN);
    expect(after.phase.name).toBe('Opening');
    expect(after.phaseElapsedSec).toBe(2 * 60);
    expect(after.sinceDoseSec).toBe(2 * 60);
    expect(after.programSec).toBe(27 * 60);
    expect(stateAt(dosed, T0 + 30 * MIN).phase.name).toBe('Deep');
  });

  it('cannot be skipped or extended, only ended by the dose; the dose is marked once', () => {
    const run = startRun('settled-40');
    expect(applyControl(run, { type: 'nextPhase' }, T0 + MIN)).toEqual({
      ok: false,
      reason: 'The session waits for the dose. Press Dose given when it is given.',
    });
    expect(applyControl(run, { type: 'extend' }, T0 + MIN).ok).toBe(false);
    const dosed = press(run, 'dose', T0 + 2 * MIN);
    expect(applyControl(dosed, { type: 'dose' }, T0 + 5 * MIN)).toEqual({
      ok: false,
      reason: 'The dose is already marked. Use Change to correct its time.',
    });
  });

  it('nudges quietly when no dose is marked ten minutes after Start session, and wakes the screen for it', () => {
    const run = startRun('settled-40');
    expect(stateAt(run, T0 + DOSE_NUDGE_MS - 1).doseNudge).toBe(false);
    expect(stateAt(run, T0 + 5 * MIN).nextDueAt).toBe(T0 + DOSE_NUDGE_MS);
    expect(stateAt(run, T0 + DOSE_NUDGE_MS).doseNudge).toBe(true);
    expect(stateAt(press(run, 'dose', T0 + 11 * MIN), T0 + 12 * MIN).doseNudge).toBe(false);
  });

  it('lights the room softly and plays its calm sound for as long as it lasts, with no bend ahead', () => {
    const run = startRun('settled-40');
    const state = stateAt(run, T0 + 45 * MIN);
    expect(state.light.levelPct).toBe(50);
    expect(state.sound.voices.map((v) => v.mediaPath)).toEqual(['ambience/soft-rain.ogg']);
    expect(nextLightBend(run, T0 + 2 * MIN)).toBeNull();
    // Dose given begins Opening's fade at once.
    const dosed = press(run, 'dose', T0 + 45 * MIN);
    expect(nextLightBend(dosed, T0 + 45 * MIN + 1)).toBe(T0 + 46 * MIN);
  });

  it('a program without one has its dose at Start session', () => {
    const state = stateAt(startRun('timed-40'), T0 + 3 * MIN);
    expect(state.dose).toEqual({ at: T0, corrected: false });
    expect(state.sinceDoseSec).toBe(3 * 60);
    expect(state.awaitingDose).toBe(false);
  });

  it('treatment can end without a dose: no time since dose, and the earliest discharge is recovery alone', () => {
    const run = press(startRun('settled-40'), 'endTreatment', T0 + 8 * MIN);
    const state = stateAt(run, T0 + 9 * MIN);
    expect(state.status).toBe('recovery');
    expect(state.dose).toBeNull();
    expect(state.earliestDischargeAt).toBe(T0 + 38 * MIN);
    expect(applyControl(run, { type: 'dose' }, T0 + 10 * MIN).ok).toBe(false);
  });
});

describe('reminders and observation run in real time from the dose, whatever the pauses', () => {
  it('a ten-minute pause holds the program but not the 15-minute vitals check', () => {
    let run = press(startRun('settled-40'), 'dose', T0 + 5 * MIN);
    run = press(run, 'pause', T0 + 8 * MIN);
    run = press(run, 'resume', T0 + 18 * MIN);
    expect(stateAt(run, T0 + 20 * MIN - 1).dueReminders.map((d) => d.reminder.id)).toEqual(['baseline']);
    const due = stateAt(run, T0 + 20 * MIN);
    expect(due.dueReminders.map((d) => d.reminder.id)).toEqual(['baseline', 'bp-15']);
    expect(due.dueReminders[1]!.dueAt).toBe(T0 + 20 * MIN);
    // The program lost the ten paused minutes: Opening ends at 20 real minutes, not 10.
    expect(due.sinceDoseSec).toBe(15 * 60);
    expect(due.phase.name).toBe('Deep');
    expect(due.phaseElapsedSec).toBe(0);
  });

  it('a reminder from a phase counts from when that phase really began; a later pause never moves it', () => {
    let run = press(startRun('settled-40'), 'dose', T0 + 5 * MIN);
    run = press(run, 'endTreatment', T0 + 30 * MIN);
    run = press(run, 'pause', T0 + 35 * MIN);
    const state = stateAt(run, T0 + 55 * MIN);
    expect(state.dueReminders.map((d) => d.reminder.id)).toContain('discharge');
    expect(state.dueReminders.find((d) => d.reminder.id === 'discharge')!.dueAt).toBe(T0 + 55 * MIN);
  });

  it('a phase that began later because of an earlier pause moves its reminders with it', () => {
    let run = press(startRun('settled-40'), 'dose', T0 + 5 * MIN);
    run = press(run, 'pause', T0 + 6 * MIN);
    run = press(run, 'resume', T0 + 16 * MIN);
    // Deep was planned 5 min after the dose; ten paused minutes make it begin at 20 real minutes.
    const reminders = {
      ...run,
      program: { ...run.program, reminders: [{ id: 'r', text: 'In deep', atSec: 60, phaseId: 'deep' }] },
    };
    expect(stateAt(reminders, T0 + 21 * MIN - 1).dueReminders).toHaveLength(0);
    expect(stateAt(reminders, T0 + 21 * MIN).dueReminders.map((d) => d.dueAt)).toEqual([T0 + 21 * MIN]);
  });

  it('the earliest discharge is the later of End treatment plus recovery and the dose plus the minimum observation', () => {
    let run = press(startRun('settled-40'), 'dose', T0 + 5 * MIN);
    const early = press(run, 'endTreatment', T0 + 15 * MIN);
    // Recovery alone: 45 min; the minimum observation from the dose: 65 min.
    expect(stateAt(early, T0 + 16 * MIN).earliestDischargeAt).toBe(T0 + 65 * MIN);
    run = press(run, 'pause', T0 + 20 * MIN);
    run = press(run, 'resume', T0 + 40 * MIN);
    const late = press(run, 'endTreatment', T0 + 60 * MIN);
    expect(stateAt(late, T0 + 61 * MIN).earliestDischargeAt).toBe(T0 + 90 * MIN);
    expect(stateAt(late, T0 + 90 * MIN).status).toBe('dischargeReady');
  });
});

describe('the dose time', () => {
  const dosed = press(startRun('settled-40'), 'dose', T0 + 12 * MIN);

  it('can be corrected within the session; reminders, discharge and the clock follow, and the change is logged', () => {
    const corrected = press(dosed, { type: 'correctDose', doseAt: T0 + 8 * MIN }, T0 + 14 * MIN);
    expect(corrected.events.at(-1)).toEqual({ type: 'doseCorrected', at: T0 + 14 * MIN, doseAt: T0 + 8 * MIN });
    const state = stateAt(corrected, T0 + 23 * MIN);
    expect(state.dose).toEqual({ at: T0 + 8 * MIN, corrected: true });
    expect(state.sinceDoseSec).toBe(15 * 60);
    expect(state.dueReminders.map((d) => d.reminder.id)).toContain('bp-15');
    // The program's phases keep the moment Dose given was pressed.
    expect(state.phase.name).toBe('Deep');
    expect(state.phaseElapsedSec).toBe(6 * 60);
  });

  it('refuses a time before the session started or after now', () => {
    for (const doseAt of [T0 - MIN, T0 + 20 * MIN]) {
      expect(applyControl(dosed, { type: 'correctDose', doseAt }, T0 + 14 * MIN)).toEqual({
        ok: false,
        reason: 'The dose time must lie between the start of the session and now.',
      });
    }
  });

  it('cannot be corrected before it is marked', () => {
    expect(applyControl(startRun('settled-40'), { type: 'correctDose', doseAt: T0 }, T0 + MIN)).toEqual({
      ok: false,
      reason: 'No dose is marked yet. Press Dose given first.',
    });
  });
});

describe('recovery', () => {
  const recovering = press(press(startRun('settled-40'), 'dose', T0), 'endTreatment', T0 + 40 * MIN);

  it('Extend recovery adds time, also once the minimum is reached, counted from then', () => {
    const extended = press(recovering, 'extendRecovery', T0 + 50 * MIN);
    expect(stateAt(extended, T0 + 51 * MIN).earliestDischargeAt).toBe(T0 + (70 + EXTEND_RECOVERY_SEC / 60) * MIN);
    const reached = press(recovering, 'extendRecovery', T0 + 75 * MIN);
    expect(stateAt(recovering, T0 + 75 * MIN).status).toBe('dischargeReady');
    expect(stateAt(reached, T0 + 76 * MIN).status).toBe('recovery');
    expect(stateAt(reached, T0 + 76 * MIN).earliestDischargeAt).toBe(T0 + 85 * MIN);
  });

  it('Extend recovery is refused during treatment', () => {
    expect(applyControl(startRun(), { type: 'extendRecovery' }, T0 + MIN)).toEqual({
      ok: false,
      reason: 'Recovery has not begun. End treatment first.',
    });
  });

  it('a closed session’s clocks stop at the close', () => {
    const closed = press(recovering, { type: 'close', reasonId: 'other', uncheckedConfirmed: true }, T0 + 50 * MIN);
    const later = stateAt(closed, T0 + 90 * MIN);
    expect(later.status).toBe('closed');
    expect(later.sinceDoseSec).toBe(50 * 60);
    expect(later.programSec).toBe(50 * 60);
    expect(later.recoveryRemainingSec).toBe(20 * 60);
  });

  it('a double press of Extend recovery extends once', () => {
    const once = press(recovering, 'extendRecovery', T0 + 50 * MIN);
    expect(applyControl(once, { type: 'extendRecovery' }, T0 + 50 * MIN + 250)).toMatchObject({ ignored: true });
    expect(applyControl(once, { type: 'extendRecovery' }, T0 + 50 * MIN + AFTER_GUARD)).toMatchObject({
      ignored: false,
    });
  });
});
