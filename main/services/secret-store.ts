import fs from 'node:fs';
import { z } from 'zod';
import { SecretRef } from '@domain/light/secret-ref';
import { openValidatedStore, type DocumentStore, type StoreFactory } from './document-store';

/**
 * Turns a secret into what is written to disk and back. Electron's adapter uses safeStorage
 * (the system keychain); where none exists the secret is kept as it is and `encrypted` says so.
 */
export interface SecretBox {
  readonly encrypted: boolean;
  seal(secret: string): string;
  open(sealed: string): string;
}

/** For hosts without a keychain (the web host, tests): nothing is hidden, and it says so. */
export const plainBox: SecretBox = {
  encrypted: false,
  seal: (secret) => secret,
  open: (sealed) => sealed,
};

const SecretsDocument = z.object({ secrets: z.record(SecretRef, z.string().max(16_384)) });
type SecretsDocument = z.infer<typeof SecretsDocument>;

/**
 * Keys and tokens for the light outputs (Hue application keys, Home Assistant tokens), apart
 * from the settings so those can be shown and exported without them. Readable only by this
 * computer's user.
 */
export class SecretStore {
  private readonly store: DocumentStore<SecretsDocument>;
  readonly notice: string | null;

  constructor(
    dataDir: string,
    storeFactory: StoreFactory,
    private readonly box: SecretBox,
  ) {
    const opened = openValidatedStore(storeFactory, {
      name: 'secrets',
      cwd: dataDir,
      schema: SecretsDocument,
      defaults: { secrets: {} },
    });
    this.store = opened.store;
    this.notice = opened.notice;
  }

  get encrypted(): boolean {
    return this.box.encrypted;
  }

  get(ref: SecretRef): string | undefined {
    const sealed = this.store.store.secrets[ref];
    return sealed === undefined ? undefined : this.box.open(sealed);
  }

  set(ref: SecretRef, secret: string): void {
    this.write({ ...this.store.store.secrets, [SecretRef.parse(ref)]: this.box.seal(secret) });
  }

  delete(ref: SecretRef): void {
    const { [ref]: _gone, ...rest } = this.store.store.secrets;
    this.write(rest);
  }

  private write(secrets: Record<string, string>): void {
    this.store.store = { secrets };
    fs.chmodSync(this.store.path, 0o600);
  }
}
