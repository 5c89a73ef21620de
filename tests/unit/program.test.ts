import { describe, expect, it } from 'vitest';
import { builtinPrograms } from '@domain/session/builtin-programs';
import { describeDuration, formatClock } from '@domain/session/format';
import { parseProgram, phaseRole, PROGRAM_LIMITS, type Program } from '@domain/session/program';
import { program } from '../support/runs';

const valid = program('timed-40');
const withPhases = (phases: unknown[]) => ({ ...valid, phases });
const phase = valid.phases[0]!;

describe('programs', () => {
  it('ships the five built-in programs, all valid, each settling in before the dose and ending in recovery', () => {
    expect(builtinPrograms().map((p) => p.name)).toEqual([
      'IV infusion, 40 min',
      'IV infusion, 60 min',
      'Intramuscular injection',
      'Intranasal esketamine (Spravato), 2 h observation',
      'Demo, 3 min',
    ]);
    for (const p of builtinPrograms()) {
      expect(parseProgram(p)).toEqual({ ok: true, program: p });
      expect(p.phases[0]!.kind).toBe('preDose');
      expect(phaseRole(p, 0)).toBe('settling');
      expect(p.phases.at(-1)!.kind).toBe('recovery');
    }
    expect(
      builtinPrograms()
        .filter((p) => p.training)
        .map((p) => p.id),
    ).toEqual(['demo-3']);
  });

  it('the clinical programs remind staff of what to check, when their route calls for it', () => {
    const vitals = 'BP, HR, SpO₂, sedation and dissociation';
    const when = (id: string) =>
      program(id).reminders.map((r) => [r.phaseId ?? 'dose', r.atSec / 60, r.text.includes(vitals) || r.text]);
    // IV: baseline before the dose, about 15 and 30 minutes, the end of the infusion, before discharge.
    expect(when('iv-40')).toEqual([
      ['settling', 0, true],
      ['dose', 15, true],
      ['dose', 30, true],
      ['dose', 40, true],
      ['recovery', 25, true],
    ]);
    // IM: about 15 minutes and at the end, 60 to 90 minutes in all.
    expect(when('im')).toEqual([
      ['settling', 0, true],
      ['dose', 15, true],
      ['recovery', 0, true],
      ['recovery', 25, true],
    ]);
    expect(program('im').minimumObservationSec).toBe(60 * 60);
    // Intranasal: before the dose, about 40 minutes after, before discharge; at least 2 h; the REMS form.
    const nasal = program('intranasal');
    expect(when('intranasal').slice(0, 3)).toEqual([
      ['settling', 0, true],
      ['dose', 40, true],
      ['dose', 110, true],
    ]);
    expect(nasal.reminders[3]!.text).toMatch(/REMS Patient Monitoring Form/);
    expect(nasal.minimumObservationSec).toBe(120 * 60);
    expect(nasal.checklist.map((i) => i.label)).toEqual(['REMS Patient Monitoring Form completed']);
    expect(program('iv-40').checklist.map((i) => i.label)).toEqual(['IV removed, site checked']);
    expect(program('iv-60').checklist.map((i) => i.label)).toEqual(['IV removed, site checked']);
  });

  it('a pre-dose phase may only come first, and a program needs a treatment phase', () => {
    const settling = { ...phase, id: 'settling', kind: 'preDose' };
    expect(parseProgram(withPhases([settling, ...valid.phases])).ok).toBe(true);
    expect(parseProgram(withPhases([valid.phases[0], settling, ...valid.phases.slice(1)]))).toEqual({
      ok: false,
      error: 'phases may have one pre-dose phase, and only first',
    });
    expect(parseProgram(withPhases([settling, valid.phases[3]]))).toEqual({
      ok: false,
      error: 'phases must have at least one treatment phase',
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['an empty name', { ...valid, name: '  ' }, /^name must not be empty/],
    ['a zero duration', withPhases([{ ...phase, durationSec: 0 }, valid.phases[3]]), /phases\.0\.durationSec/],
    ['a negative duration', withPhases([{ ...phase, durationSec: -5 }, valid.phases[3]]), /phases\.0\.durationSec/],
    [
      'an infinite duration',
      withPhases([{ ...phase, durationSec: Infinity }, valid.phases[3]]),
      /phases\.0\.durationSec/,
    ],
    ['a NaN duration', withPhases([{ ...phase, durationSec: NaN }, valid.phases[3]]), /phases\.0\.durationSec/],
    ['no recovery phase', withPhases(valid.phases.slice(0, 3)), /phases must end with exactly one recovery phase/],
    ['recovery not last', withPhases([valid.phases[3], ...valid.phases.slice(0, 3)]), /recovery phase/],
    [
      'too many phases',
      withPhases([
        ...Array.from({ length: PROGRAM_LIMITS.maxPhases }, (_, i) => ({ ...phase, id: `p${i}` })),
        valid.phases[3],
      ]),
      /^phases/,
    ],
    ['a phase id used twice', withPhases([phase, phase, valid.phases[3]]), /phases\.1\.id is used twice/],
    [
      'a reminder naming a missing phase',
      { ...valid, reminders: [{ id: 'r', text: 'Check', atSec: 60, phaseId: 'nowhere' }] },
      /reminders\.0\.phaseId names a phase that does not exist/,
    ],
    [
      'a light level above 100 %',
      withPhases([{ ...phase, light: { levelPct: 140, fadeSec: 5 } }, valid.phases[3]]),
      /light\.levelPct/,
    ],
  ])('refuses %s, naming the field', (_label, input, message) => {
    const result = parseProgram(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('never half-loads: a refused program yields no program at all', () => {
    const result = parseProgram({ ...valid, phases: [...valid.phases, { ...phase, durationSec: -1 }] }) as {
      program?: Program;
    };
    expect(result.program).toBeUndefined();
  });
});

describe('timer text', () => {
  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [61, '1:01'],
    [3599.9, '59:59'],
    [3600, '1:00:00'],
    [3661.9, '1:01:01'],
    [-3, '0:00'],
  ])('%f s reads %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it('speaks durations in words for screen readers', () => {
    expect(describeDuration(3661)).toBe('1 hour 1 minute 1 second');
    expect(describeDuration(120)).toBe('2 minutes');
    expect(describeDuration(0)).toBe('0 seconds');
  });
});
