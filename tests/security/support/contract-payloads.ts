import type { z } from 'zod';
import type { RequestChannel } from '@domain/ipc/channels';
import { contract, type Input } from '@domain/ipc/contract';
import { program } from '../../support/runs';

/**
 * Valid and invalid requests for every channel, worked out from the contract's zod schemas, so a
 * new channel or field is covered without writing its cases by hand.
 */

type Json = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
interface Def {
  type: string;
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const checksOf = (schema: z.ZodType) =>
  ((defOf(schema).checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);
const inner = (schema: z.ZodType, key: string) => defOf(schema)[key] as z.ZodType;

/** Wrappers that pass a value of the same shape through to the schema they wrap. */
const WRAPPERS: Record<string, string> = {
  optional: 'innerType',
  nullable: 'innerType',
  default: 'innerType',
  prefault: 'innerType',
  readonly: 'innerType',
  nonoptional: 'innerType',
  pipe: 'in',
};

/** The schema under its wrappers (optional, nullable, default, pipe ...). */
function core(schema: z.ZodType): z.ZodType {
  const d = defOf(schema);
  if (d.type === 'lazy') return core((d.getter as () => z.ZodType)());
  return WRAPPERS[d.type] ? core(inner(schema, WRAPPERS[d.type]!)) : schema;
}

/** The JSON kinds a schema accepts, or 'any' when it takes anything. */
export function kindsOf(schema: z.ZodType): Set<Json> | 'any' {
  const d = defOf(schema);
  const union = (schemas: z.ZodType[]) => {
    const all = new Set<Json>();
    for (const s of schemas) {
      const kinds = kindsOf(s);
      if (kinds === 'any') return 'any';
      kinds.forEach((k) => all.add(k));
    }
    return all;
  };
  switch (d.type) {
    case 'string':
      return new Set(['string']);
    case 'number':
      return new Set(['number']);
    case 'boolean':
      return new Set(['boolean']);
    case 'null':
      return new Set(['null']);
    case 'array':
    case 'tuple':
      return new Set(['array']);
    case 'object':
    case 'record':
      return new Set(['object']);
    case 'enum':
      return new Set(Object.values(d.entries as object).map((v) => typeof v as Json));
    case 'literal':
      return new Set((d.values as unknown[]).map((v) => (v === null ? 'null' : (typeof v as Json))));
    case 'nullable': {
      const kinds = kindsOf(inner(schema, 'innerType'));
      return kinds === 'any' ? kinds : new Set([...kinds, 'null']);
    }
    case 'union':
      return union(d.options as z.ZodType[]);
    case 'any':
    case 'unknown':
    case 'catch':
      return 'any';
    case 'lazy':
      return kindsOf((d.getter as () => z.ZodType)());
    default:
      if (WRAPPERS[d.type]) return kindsOf(inner(schema, WRAPPERS[d.type]!));
      throw new Error(`The payload walker does not know zod's "${d.type}" yet; teach it in ${import.meta.url}.`);
  }
}

/** A value of each JSON kind, to put where another kind belongs. */
const WRONG: Record<Json, unknown> = {
  string: 'not the right type',
  number: 12345,
  boolean: true,
  null: null,
  array: ['x'],
  object: { x: 1 },
};

const NONE = Symbol('no sample');

/** A value the schema accepts, made from its shape, or NONE when the shape is not enough (patterns, refinements). */
function sample(schema: z.ZodType): unknown {
  const d = defOf(schema);
  const accepted = (candidates: unknown[]) => candidates.find((c) => schema.safeParse(c).success) ?? NONE;
  const checks = checksOf(schema);
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c) => c.check === 'max_length')?.maximum ?? Infinity;
  switch (d.type) {
    case 'string': {
      const length = Math.min(Math.max(min, 1), max);
      return accepted(['a'.repeat(length), 'example'.slice(0, length), '']);
    }
    case 'number':
      return accepted([1, 0, 0.5, 100, ...checks.map((c) => c.value).filter((v) => v !== undefined)]);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'enum':
      return Object.values(d.entries as object)[0];
    case 'literal':
      return (d.values as unknown[])[0];
    case 'record':
      return {};
    case 'array': {
      // One item at least, so the item's own fields get malformed too; none when no item can be made.
      const element = sample(inner(schema, 'element'));
      if (element === NONE) return accepted([[]]);
      return accepted([Array.from({ length: Math.min(Math.max(min, 1), max) }, () => element)]);
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries((schema as z.ZodObject).shape as Record<string, z.ZodType>)) {
        const fieldValue = sample(field);
        if (fieldValue !== NONE) value[key] = fieldValue;
        else if (!field.safeParse(undefined).success) return NONE;
      }
      return accepted([value]);
    }
    case 'union':
      return accepted((d.options as z.ZodType[]).map(sample).filter((v) => v !== NONE));
    case 'nullable':
      return accepted([sample(inner(schema, 'innerType')), null]);
    default:
      if (d.type === 'lazy' || WRAPPERS[d.type]) {
        const wrapped = d.type === 'lazy' ? (d.getter as () => z.ZodType)() : inner(schema, WRAPPERS[d.type]!);
        const value = sample(wrapped);
        return value === NONE ? NONE : accepted([value]);
      }
      return NONE;
  }
}

/**
 * Valid requests for channels whose schemas a shape alone cannot satisfy (patterns, host names,
 * cross-field rules). Any other channel is sampled from its schema.
 */
const EXAMPLES: Partial<{ [C in RequestChannel]: Input<C> }> = {
  'sheet.savePdf': { fileName: 'Take-home sheet 2025-01-31.pdf' },
  'lights.hueIdentify': { host: '192.168.1.20' },
  'lights.huePair': { host: '192.168.1.20', bridgeId: '001788fffe23bfc2' },
  'lights.hueGroups': { host: 'hue-bridge.local', bridgeId: '001788fffe23bfc2' },
  'lights.save': {
    kind: 'hue',
    name: 'Ceiling',
    enabled: true,
    minPct: 0,
    maxPct: 80,
    programIds: null,
    hue: {
      bridgeHost: '192.168.1.20',
      bridgeId: '001788fffe23bfc2',
      groupedLight: { id: '0a1b2c3d-0000-4000-8000-000000000001', name: 'Treatment room', kind: 'room' },
    },
  },
  'programs.save': program('iv-40'),
  'sheet.keep': {
    language: 'en',
    clinicName: 'Harbor Clinic',
    clinicPhone: '555 0100',
    logo: null,
    date: '2025-01-31',
    sessionNumber: 2,
    intention: 'Rest',
    tonight: ['Rest at home.'],
    prompts: [{ id: 'p1', text: 'What felt calm?' }],
    thisWeek: ['Take a walk.'],
    weeklyCheckIn: 'We will call on Friday.',
    crisisLine: 'Call 988.',
  },
};

/** A request the channel accepts: sampled from its schema, else its example; throws when neither works. */
export function validPayload(channel: RequestChannel): unknown {
  const schema = contract[channel].input as z.ZodType;
  const example = EXAMPLES[channel];
  const value = example ?? sample(schema);
  if (value === NONE || !schema.safeParse(value).success) {
    throw new Error(
      `No valid request for ${channel}: add one to EXAMPLES in tests/security/support/contract-payloads.ts.`,
    );
  }
  return structuredClone(value);
}

/** A malformed request, and whether the contract must refuse it or may accept it with the extra key dropped. */
export interface PayloadCase {
  label: string;
  payload: unknown;
  expect: 'refused' | 'stripped';
}

/** The key an extra-key case adds; it must never reach a handler. */
export const EXTRA_KEY = 'stillroomUnexpectedKey';

/**
 * Every malformed variant of `valid` the schema tells us about, each changing one thing: a wrong
 * JSON type at any node, an extra key, a missing required key, a string or array over its maximum,
 * a number out of range or not a number, a value outside an enum or literal.
 */
export function invalidPayloads(schema: z.ZodType, valid: unknown): PayloadCase[] {
  const cases: PayloadCase[] = [];
  walk(schema, valid, 'payload', (v) => v);

  function refused(label: string, payload: unknown) {
    cases.push({ label, payload, expect: 'refused' });
  }

  function walk(schema: z.ZodType, value: unknown, where: string, put: (v: unknown) => unknown, typed = true): void {
    const kinds = kindsOf(schema);
    if (typed && kinds !== 'any') {
      for (const kind of Object.keys(WRONG) as Json[]) {
        if (!kinds.has(kind)) refused(`${where}: ${kind} instead of ${[...kinds].join(' or ')}`, put(WRONG[kind]));
      }
    }
    if (value === undefined || value === null) return;
    const base = core(schema);
    const d = defOf(base);
    const checks = checksOf(base);
    const max = checks.find((c) => c.check === 'max_length')?.maximum;
    switch (d.type) {
      case 'string':
        if (max !== undefined) refused(`${where}: longer than ${max}`, put(String(value).padEnd(max + 1, 'x')));
        return;
      case 'number':
        refused(`${where}: NaN`, put(Number.NaN));
        refused(`${where}: Infinity`, put(Number.POSITIVE_INFINITY));
        for (const c of checks) {
          if (c.check === 'less_than') refused(`${where}: above ${c.value}`, put(c.value! + (c.inclusive ? 1 : 0)));
          if (c.check === 'greater_than') refused(`${where}: below ${c.value}`, put(c.value! - (c.inclusive ? 1 : 0)));
          if (c.check === 'number_format' && c.format?.includes('int'))
            refused(`${where}: not a whole number`, put(Number(value) + 0.5));
        }
        return;
      case 'enum':
      case 'literal':
        refused(`${where}: not one of the allowed values`, put('not-one-of-the-allowed-values'));
        return;
      case 'array': {
        const items = value as unknown[];
        if (max !== undefined && items.length > 0) {
          refused(`${where}: more than ${max} items`, put(Array.from({ length: max + 1 }, () => items[0])));
        }
        if (items.length > 0) {
          walk(inner(base, 'element'), items[0], `${where}[0]`, (v) => put([v, ...items.slice(1)]));
        }
        return;
      }
      case 'object': {
        const object = value as Record<string, unknown>;
        const strict = d.catchall !== undefined && defOf(d.catchall as z.ZodType).type === 'never';
        cases.push({
          label: `${where}: an extra key`,
          payload: put({ ...object, [EXTRA_KEY]: 'x' }),
          expect: strict ? 'refused' : 'stripped',
        });
        for (const [key, field] of Object.entries((base as z.ZodObject).shape as Record<string, z.ZodType>)) {
          if (!(key in object)) continue;
          if (!field.safeParse(undefined).success) {
            const { [key]: _dropped, ...rest } = object;
            refused(`${where}.${key}: missing`, put(rest));
          }
          walk(field, object[key], `${where}.${key}`, (v) => put({ ...object, [key]: v }));
        }
        return;
      }
      case 'union': {
        // Change the option the value is, within that option; the union's own kinds were tried above.
        const option = (d.options as z.ZodType[]).find((o) => o.safeParse(value).success);
        if (option) walk(option, value, where, put, false);
        return;
      }
      default:
        return;
    }
  }

  return cases;
}
