import { z } from 'zod';
import { SoundOutputChoice } from '@domain/audio/sound-output';
import { openValidatedStore, type DocumentStore, type StoreFactory } from './document-store';

const SoundOutputFile = z.object({ choice: SoundOutputChoice.nullable() });
type SoundOutputFile = z.infer<typeof SoundOutputFile>;

/**
 * This room's sound output (`sound-output.json`). It belongs to the computer, not the clinic:
 * device ids differ from machine to machine, so clinic packs never carry it.
 */
export class SoundOutputService {
  private readonly store: DocumentStore<SoundOutputFile>;
  readonly notice: string | null;

  constructor(dataDir: string, storeFactory: StoreFactory) {
    const opened = openValidatedStore(storeFactory, {
      name: 'sound-output',
      cwd: dataDir,
      schema: SoundOutputFile,
      defaults: { choice: null },
    });
    this.store = opened.store;
    this.notice = opened.notice;
  }

  get(): SoundOutputChoice | null {
    return this.store.store.choice;
  }

  set(choice: SoundOutputChoice | null): SoundOutputChoice | null {
    this.store.store = { choice };
    return choice;
  }
}
