import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { openValidatedStore, type DocumentStore, type StoreFactory } from './document-store';
import { Announcer } from './announcer';
import { UserError } from './user-error';

/**
 * A clinic's own items of one kind (programs, journeys) beside the built-in ones, kept in
 * `<name>.json`. Built-in items can be copied but not changed or removed.
 */
export class CollectionService<T extends { id: string }> {
  private readonly store: DocumentStore<{ version: 1; items: T[] }>;
  readonly notice: string | null;
  private readonly announcer = new Announcer(() => this.list());
  /** Hears the whole list after every change. */
  readonly onChange = (listener: (items: T[]) => void) => this.announcer.onChange(listener);

  constructor(
    private readonly options: {
      dataDir: string;
      storeFactory: StoreFactory;
      name: string;
      schema: z.ZodType<T>;
      builtin: () => T[];
      /** "program", "journey": for messages. */
      noun: string;
    },
  ) {
    const opened = openValidatedStore(options.storeFactory, {
      name: options.name,
      cwd: options.dataDir,
      schema: z.object({ version: z.literal(1), items: z.array(options.schema) }),
      defaults: { version: 1 as const, items: [] as T[] },
    });
    this.store = opened.store as DocumentStore<{ version: 1; items: T[] }>;
    this.notice = opened.notice;
  }

  /** Built-in items first, then the clinic's own. */
  list(): T[] {
    return [...this.options.builtin(), ...this.custom()];
  }

  custom(): T[] {
    return this.store.store.items;
  }

  find(id: string): T | undefined {
    return this.list().find((item) => item.id === id);
  }

  /** Adds or replaces one of the clinic's own; a new one gets an id. */
  save(draft: Omit<T, 'id'> & { id?: string }): T {
    if (draft.id && this.options.builtin().some((b) => b.id === draft.id)) {
      throw new UserError(`A built-in ${this.options.noun} cannot be changed; make a copy and change that.`);
    }
    const item = this.options.schema.parse({ ...draft, id: draft.id ?? randomUUID() });
    this.replaceAll([...this.custom().filter((i) => i.id !== item.id), item]);
    return item;
  }

  remove(id: string): void {
    if (this.options.builtin().some((b) => b.id === id)) {
      throw new UserError(`A built-in ${this.options.noun} cannot be removed.`);
    }
    this.replaceAll(this.custom().filter((i) => i.id !== id));
  }

  /** Replaces the clinic's own items in one write (a clinic pack brings a whole set). */
  replaceAll(items: T[]): void {
    this.store.store = { version: 1, items };
    this.announce();
  }

  /** Tells every listener the whole list as it is now (also after its file was replaced from outside). */
  announce(): void {
    this.announcer.announce();
  }
}
