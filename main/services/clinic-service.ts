import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { ClinicConfig, defaultClinicConfig } from '@domain/clinic/clinic-config';
import { migrateClinicConfig } from '@domain/clinic/migrations';
import { describeIssues } from '@domain/zod-issues';
import { openValidatedStore, type DocumentStore, type StoreFactory } from './document-store';
import { Announcer } from './announcer';
import { UserError } from './user-error';
import { errorMessage } from '@domain/error-message';

/**
 * The clinic's settings for this room (`clinic-config.json`). An older file is migrated and
 * written back in the current version; one that cannot be read is moved aside and reported.
 */
export class ClinicService {
  private readonly store: DocumentStore<ClinicConfig>;
  readonly notice: string | null;
  private readonly announcer = new Announcer(() => this.get());

  constructor(dataDir: string, storeFactory: StoreFactory) {
    const seed = randomInt(0, 2 ** 32);
    const anyVersion = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
      try {
        return migrateClinicConfig(raw, seed);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: errorMessage(error) });
        return z.NEVER;
      }
    });
    const opened = openValidatedStore(storeFactory, {
      name: 'clinic-config',
      cwd: dataDir,
      schema: anyVersion,
      defaults: defaultClinicConfig(seed),
    });
    this.store = opened.store;
    this.notice = opened.notice;
  }

  get(): ClinicConfig {
    return this.store.store;
  }

  /** Replaces the settings after checking every field; nothing invalid is ever written. */
  save(next: unknown): ClinicConfig {
    const parsed = ClinicConfig.safeParse(next);
    if (!parsed.success) throw new UserError(`These settings were not saved: ${describeIssues(parsed.error)}.`);
    this.store.store = parsed.data;
    this.announce();
    return parsed.data;
  }

  /** Tells every listener the settings as they are now (also after their file was replaced from outside). */
  announce(): void {
    this.announcer.announce();
  }

  onChange(listener: (config: ClinicConfig) => void): () => void {
    return this.announcer.onChange(listener);
  }
}
