import { describe, expect, it } from 'vitest';
import { builtinPrograms } from '../../src/session/builtin-programs';
import { describeDuration, formatClock } from '../../src/session/format';
import { parseProgram, PROGRAM_LIMITS, type Program } from '../../src/session/program';
import { program } from '../support/runs';

const valid = program('iv-40');
const withPhases = (phases: unknown[]) => ({ ...valid, phases });
const phase = valid.phases[0]!;

describe('programs', () => {
  it('ships the five built-in programs, all valid, each ending in recovery', () => {
    expect(builtinPrograms().map((p) => p.name)).toEqual([
      'IV infusion, 40 min',
      'IV infusion, 60 min',
      'Intramuscular',
      'Intranasal esketamine, 2 h observation',
      'Demo, 3 min',
    ]);
    for (const p of builtinPrograms()) {
      expect(parseProgram(p)).toEqual({ ok: true, program: p });
      expect(p.phases.at(-1)!.kind).toBe('recovery');
    }
    expect(program('iv-40').phases.at(-1)!.durationSec).toBe(30 * 60);
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
