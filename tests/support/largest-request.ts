import type { z } from 'zod';

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const maxLength = (schema: z.ZodType): number => {
  const checks = ((defOf(schema).checks as { _zod: { def: { check: string; maximum?: number } } }[] | undefined) ?? [])
    .map((c) => c._zod.def)
    .filter((c) => c.check === 'max_length');
  return Math.min(Infinity, ...checks.map((c) => c.maximum ?? Infinity));
};

/** What one UTF-16 unit of a string can take in a JSON frame: a control character or lone surrogate is \\u0000. */
const BYTES_PER_UNIT = 6;
const NUMBER_BYTES = 24;

/**
 * The most bytes a value the schema accepts can take as JSON, or Infinity where the schema
 * sets no bound (an array or string with no maximum). Keys, quotes, commas and brackets counted.
 */
export function largestJsonBytes(
  schema: z.ZodType,
  where = 'payload',
  unbounded: string[] = [],
  /** The most keys a record holds where a refinement (which a walker cannot read) sets it, by where it sits. */
  recordKeys: Record<string, number> = {},
): number {
  const walk = (inner: z.ZodType, at: string) => largestJsonBytes(inner, at, unbounded, recordKeys);
  const d = defOf(schema);
  const unboundedAt = () => {
    unbounded.push(where);
    return Infinity;
  };
  switch (d.type) {
    case 'string': {
      const max = maxLength(schema);
      return max === Infinity ? unboundedAt() : 2 + max * BYTES_PER_UNIT;
    }
    case 'number':
      return NUMBER_BYTES;
    case 'boolean':
      return 5;
    case 'null':
    case 'undefined':
      return 4;
    case 'literal':
      return Math.max(...(d.values as unknown[]).map((v) => JSON.stringify(v).length));
    case 'enum':
      return Math.max(...Object.values(d.entries as object).map((v) => JSON.stringify(v).length));
    case 'array': {
      const max = maxLength(schema);
      const element = walk(d.element as z.ZodType, `${where}[]`);
      return max === Infinity ? unboundedAt() : 2 + max * (element + 1);
    }
    case 'object': {
      let total = 2;
      for (const [key, field] of Object.entries((schema as z.ZodObject).shape as Record<string, z.ZodType>)) {
        total += key.length + 4 + walk(field, `${where}.${key}`);
      }
      return total;
    }
    case 'record': {
      const keys = recordKeys[where];
      if (keys === undefined) return unboundedAt();
      const key = walk(d.keyType as z.ZodType, `${where}{key}`);
      const value = walk(d.valueType as z.ZodType, `${where}{}`);
      return 2 + keys * (key + value + 2);
    }
    case 'union':
      return Math.max(...(d.options as z.ZodType[]).map((o) => walk(o, where)));
    case 'lazy':
      return walk((d.getter as () => z.ZodType)(), where);
    case 'pipe':
      return walk(d.in as z.ZodType, where);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return Math.max(4, walk(d.innerType as z.ZodType, where));
    default:
      return unboundedAt();
  }
}
