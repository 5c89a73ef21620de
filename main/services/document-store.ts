import fs from 'node:fs';
import type { z } from 'zod';

/**
 * One JSON document the services read and replace whole (`json-file-store.ts` keeps them, in
 * the desktop app, the web host and the tests alike).
 */
export interface DocumentStore<T> {
  readonly path: string;
  store: T;
}

/** Opens (or creates) the JSON document `<cwd>/<name>.json` seeded with `defaults`. */
export type StoreFactory = <T extends Record<string, unknown>>(options: {
  name: string;
  cwd: string;
  defaults: T;
}) => DocumentStore<T>;

export interface OpenedStore<T> {
  store: DocumentStore<T>;
  /** Set when the file on disk could not be used and was moved aside. */
  notice: string | null;
}

function movedAsideName(filePath: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return filePath.replace(/\.json$/, '') + `.unreadable-${stamp}.json`;
}

/**
 * Opens a store and checks its content against a schema. A file that does not parse or
 * does not fit the schema is moved aside (never deleted) and the defaults are loaded.
 */
export function openValidatedStore<S extends z.ZodType<Record<string, unknown>>>(
  factory: StoreFactory,
  options: { name: string; cwd: string; schema: S; defaults: z.output<S> },
  now: () => Date = () => new Date(),
): OpenedStore<z.output<S>> {
  const { name, cwd, schema, defaults } = options;
  const filePath = `${cwd}/${name}.json`;
  // Opening a missing file writes the defaults, so keep the bytes as they were to move aside.
  const original = fs.existsSync(filePath) ? fs.readFileSync(filePath) : null;
  let problem: string;
  try {
    const store = factory({ name, cwd, defaults });
    const parsed = schema.safeParse(store.store);
    if (parsed.success) {
      // Written back once when parsing filled in defaults or brought an older version up to date.
      if (JSON.stringify(parsed.data) !== JSON.stringify(store.store)) store.store = parsed.data;
      return { store, notice: null };
    }
    problem = 'its content is not valid';
  } catch (error) {
    if (!fs.existsSync(filePath)) throw error;
    problem = error instanceof SyntaxError ? 'it is not valid JSON' : String(error);
  }
  const aside = movedAsideName(filePath, now());
  fs.renameSync(filePath, aside);
  if (original) fs.writeFileSync(aside, original);
  const store = factory({ name, cwd, defaults });
  store.store = defaults;
  return {
    store,
    notice: `${filePath} could not be read (${problem}). It was moved to ${aside} and defaults were loaded.`,
  };
}
