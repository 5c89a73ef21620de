import { describe, expect, test } from 'vitest';
import { program } from '../support/runs';
import {
  canMovePhase,
  nextLocalId,
  withPreDosePhase,
  withNewReminder,
  withNewTreatmentPhase,
  withoutPhase,
  withPhaseMoved,
} from '@domain/session/program-edits';
import { Program, plannedTreatmentSec } from '@domain/session/program';
import { copyName, newClinicId } from '../../renderer/src/stores/collection-editor-model';
import { checkItem } from '../../renderer/src/stores/editor-model';
import {
  minimumObservation,
  phaseRoleEdit,
  phaseSound,
  phaseTyped,
  programChecklist,
  programCopy,
  reminderFrom,
  reminderTyped,
} from '../../renderer/src/stores/program-fields';
import { programIssueMessage } from '../../renderer/src/stores/program-messages';
import { describeLength } from '@domain/session/format';
import {
  fractionToPercent,
  minutesToSec,
  parseTyped,
  percentToFraction,
  secToMinutes,
} from '../../renderer/src/stores/units';

const iv40 = program('timed-40');
const settled = program('settled-40');
const check = (program: Program, at: PropertyKey[]) => checkItem(Program, program, at, programIssueMessage);
/** Applies a field edit the way the editor does and checks the result against the schema. */
const apply = (edit: ReturnType<typeof phaseTyped>, program = iv40) => check(edit.next(program), edit.at);

describe('units', () => {
  test('minutes typed become whole seconds, and seconds show as minutes', () => {
    expect(minutesToSec(parseTyped('35'))).toBe(2100);
    expect(minutesToSec(parseTyped(' 0.5 '))).toBe(30);
    expect(secToMinutes(2100)).toBe(35);
    expect(secToMinutes(30)).toBe(0.5);
    expect(secToMinutes(20)).toBe(0.33);
  });

  test('an empty or non-numeric field is not a number, so the schema can say so', () => {
    expect(parseTyped('')).toBeNaN();
    expect(parseTyped('   ')).toBeNaN();
    expect(minutesToSec(parseTyped('abc'))).toBeNaN();
  });

  test('volumes show as whole percentages and are stored as fractions', () => {
    expect(fractionToPercent(0.8)).toBe(80);
    expect(fractionToPercent(0.655)).toBe(66);
    expect(percentToFraction(45)).toBe(0.45);
  });

  test('lengths read the way a clinic says them', () => {
    expect(describeLength(30)).toBe('30 s');
    expect(describeLength(116)).toBe('1 min 56 s');
    expect(describeLength(300)).toBe('5 min');
    expect(describeLength(45 * 60)).toBe('45 min');
    expect(describeLength(7200)).toBe('2 h');
    expect(describeLength(5430)).toBe('1 h 31 min');
  });
});

describe('checking a program field as it is typed', () => {
  test('a valid length in minutes is stored in seconds', () => {
    const checked = apply(phaseTyped(iv40, 'deep', 'durationMin', '35'));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.item.phases[1]!.durationSec).toBe(2100);
  });

  test('an invalid length says why in minutes, beside the field', () => {
    expect(apply(phaseTyped(iv40, 'deep', 'durationMin', '0'))).toEqual({
      ok: false,
      errors: { '': 'Make it longer than 0 minutes.' },
    });
    expect(apply(phaseTyped(iv40, 'deep', 'durationMin', '600'))).toEqual({
      ok: false,
      errors: { '': 'Use 480 minutes (8 h) or less.' },
    });
    expect(apply(phaseTyped(iv40, 'deep', 'durationMin', ''))).toEqual({
      ok: false,
      errors: { '': 'Enter a number of minutes.' },
    });
    expect(apply(phaseTyped(iv40, 'deep', 'durationMin', '-3'))).toEqual({
      ok: false,
      errors: { '': 'Use 0 minutes or more.' },
    });
  });

  test('light, fade and volume are checked in the units shown', () => {
    expect(apply(phaseTyped(iv40, 'deep', 'levelPct', '120'))).toEqual({
      ok: false,
      errors: { '': 'Use a value from 0 to 100 %.' },
    });
    expect(apply(phaseTyped(iv40, 'deep', 'fadeSec', '4000'))).toEqual({
      ok: false,
      errors: { '': 'Use 1800 seconds (30 min) or less.' },
    });
    const quieter = apply(phaseTyped(iv40, 'deep', 'volumePct', '45'));
    expect(quieter.ok && quieter.item.phases[1]!.sound.volume).toBe(0.45);
    expect(apply(phaseTyped(iv40, 'deep', 'volumePct', '101')).ok).toBe(false);
  });

  test('an empty name is refused and the recovery length is named as such', () => {
    expect(apply(phaseTyped(iv40, 'deep', 'name', ' '))).toEqual({
      ok: false,
      errors: { '': 'This cannot be empty.' },
    });
    expect(phaseTyped(iv40, 'recovery', 'durationMin', '40').label).toBe('recovery length');
    expect(phaseTyped(iv40, 'deep', 'levelPct', '5').label).toBe('Deep light level');
  });

  test('sound keeps the phase volume, and a role can be set or worked out again', () => {
    const played = phaseSound(iv40, 'deep', { playlistId: 'pl-1' }).next(iv40);
    expect(played.phases[1]!.sound).toEqual({ playlistId: 'pl-1', volume: 0.8 });
    const deep = phaseRoleEdit(iv40, 'closing', 'deep').next(iv40);
    expect(deep.phases[2]!.role).toBe('deep');
    expect('role' in phaseRoleEdit(deep, 'closing', null).next(deep).phases[2]!).toBe(false);
  });

  test('reminders and the minimum observation take minutes', () => {
    const withReminder = withNewReminder(iv40);
    const id = withReminder.reminders.at(-1)!.id;
    const at20 = reminderTyped(withReminder, id, 'atMin', '20').next(withReminder);
    expect(at20.reminders.at(-1)!.atSec).toBe(1200);
    const fromDeep = reminderFrom(at20, id, 'deep').next(at20);
    expect(fromDeep.reminders.at(-1)!.phaseId).toBe('deep');
    expect('phaseId' in reminderFrom(fromDeep, id, null).next(fromDeep).reminders.at(-1)!).toBe(false);
    const observed = minimumObservation('120');
    expect(observed.next(iv40).minimumObservationSec).toBe(7200);
    expect(check(minimumObservation('x').next(iv40), observed.at)).toEqual({
      ok: false,
      errors: { '': 'Enter a number of minutes.' },
    });
  });
});

describe('changing the phase list', () => {
  test('a new treatment phase goes before recovery and takes a fresh id', () => {
    const added = withNewTreatmentPhase(iv40);
    expect(added.phases.map((p) => p.id)).toEqual(['opening', 'deep', 'closing', 'phase-1', 'recovery']);
    expect(added.phases[3]).toMatchObject({ name: 'Phase 4', kind: 'treatment', durationSec: 600 });
    expect(added.phases[3]!.light).toEqual(iv40.phases[2]!.light);
    expect(Program.safeParse(added).success).toBe(true);
    expect(withNewTreatmentPhase(added).phases.at(-2)!.id).toBe('phase-2');
  });

  test('ids are numbered past every number in use', () => {
    expect(nextLocalId('reminder', [])).toBe('reminder-1');
    expect(nextLocalId('reminder', ['reminder-2', 'bp-40', 'reminder-9'])).toBe('reminder-10');
  });

  test('recovery stays last: it cannot move and nothing moves below it', () => {
    expect(canMovePhase(iv40, 'recovery', -1)).toBe(false);
    expect(canMovePhase(iv40, 'closing', 1)).toBe(false);
    expect(canMovePhase(iv40, 'opening', -1)).toBe(false);
    expect(withPhaseMoved(iv40, 'closing', 1)).toBe(iv40);
    const moved = withPhaseMoved(iv40, 'deep', -1);
    expect(moved.phases.map((p) => p.id)).toEqual(['deep', 'opening', 'closing', 'recovery']);
  });

  test('removing a phase keeps the moment of reminders counted from it; recovery is never removed', () => {
    const program: Program = {
      ...iv40,
      reminders: [...iv40.reminders, { id: 'r', text: 'Mid-deep check', atSec: 600, phaseId: 'deep' }],
    };
    const removed = withoutPhase(program, 'deep');
    expect(removed.phases.map((p) => p.id)).toEqual(['opening', 'closing', 'recovery']);
    // Deep began 5 minutes in; the reminder was 10 minutes into it.
    expect(removed.reminders.at(-1)).toEqual({ id: 'r', text: 'Mid-deep check', atSec: 900 });
    expect(Program.safeParse(removed).success).toBe(true);
    expect(plannedTreatmentSec(removed)).toBe(10 * 60);
    expect(withoutPhase(program, 'recovery')).toBe(program);
  });
});

describe('settling in before the dose', () => {
  test('stays first: it never moves, and no treatment phase moves above it', () => {
    expect(canMovePhase(settled, 'settling', 1)).toBe(false);
    expect(canMovePhase(settled, 'opening', -1)).toBe(false);
    expect(canMovePhase(settled, 'deep', -1)).toBe(true);
    expect(withPhaseMoved(settled, 'deep', -1).phases.map((p) => p.id)).toEqual([
      'settling',
      'deep',
      'opening',
      'closing',
      'recovery',
    ]);
  });

  test('can be removed (Start session then marks the dose) and added back once, first', () => {
    const removed = withoutPhase(settled, 'settling');
    expect(removed.phases[0]!.id).toBe('opening');
    // The baseline check counted from settling in now falls due at the dose, which Start session marks.
    expect(removed.reminders[0]).toEqual({ id: 'baseline', text: 'Baseline vitals', atSec: 0 });
    expect(Program.safeParse(removed).success).toBe(true);
    const added = withPreDosePhase(iv40);
    expect(added.phases[0]).toMatchObject({ name: 'Settling in', kind: 'preDose' });
    expect(Program.safeParse(added).success).toBe(true);
    expect(withPreDosePhase(added)).toBe(added);
  });

  test('a new treatment phase is numbered among the treatment phases only', () => {
    expect(withNewTreatmentPhase(settled).phases.at(-2)).toMatchObject({ name: 'Phase 4', kind: 'treatment' });
  });

  test('removing a treatment phase counts its reminders from the dose, not from settling in', () => {
    const program: Program = {
      ...settled,
      reminders: [{ id: 'r', text: 'Mid-deep check', atSec: 600, phaseId: 'deep' }],
    };
    expect(withoutPhase(program, 'deep').reminders).toEqual([{ id: 'r', text: 'Mid-deep check', atSec: 900 }]);
  });
});

describe('the program’s own discharge items', () => {
  test('are added, renamed as typed and removed, and a copy keeps them', () => {
    const added = programChecklist(settled, { add: true }).next(settled);
    expect(added.checklist).toEqual([
      { id: 'iv-removed', label: 'IV removed' },
      { id: 'item-1', label: 'New discharge item' },
    ]);
    const renamed = programChecklist(added, { rename: 'item-1', label: 'Cannula site dry' });
    expect(renamed.at).toEqual(['checklist', 1, 'label']);
    const named = renamed.next(added);
    expect(check(named, renamed.at)).toMatchObject({ ok: true });
    expect(check(programChecklist(named, { rename: 'item-1', label: ' ' }).next(named), renamed.at)).toMatchObject({
      ok: false,
    });
    expect(programChecklist(named, { remove: 'iv-removed' }).next(named).checklist).toEqual([
      { id: 'item-1', label: 'Cannula site dry' },
    ]);
    expect(programCopy(named, [named], 'clinic-x').checklist).toEqual(named.checklist);
  });
});

describe('copies', () => {
  test('a copy is named after its original, numbered past copies that exist, within the length limit', () => {
    expect(copyName('IV infusion, 40 min', ['IV infusion, 40 min'])).toBe('IV infusion, 40 min (copy)');
    expect(copyName('IV infusion, 40 min', ['IV infusion, 40 min (copy)'])).toBe('IV infusion, 40 min (copy 2)');
    const long = 'x'.repeat(80);
    expect(copyName(long, [])).toBe(`${'x'.repeat(73)} (copy)`);
  });

  test('a copy gets an id of the clinic’s own, new each time', () => {
    expect(newClinicId(() => 'abc')).toBe('clinic-abc');
    const a = newClinicId();
    const b = newClinicId();
    expect(a).toMatch(/^clinic-[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});
