import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '@domain/clock';
import { openValidatedStore, type DocumentStore, type StoreFactory } from './document-store';
import { UserError } from './user-error';

/** scrypt's cost: about a tenth of a second per guess on a clinic PC, memory-hard. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, maxmem: 64 * 1024 * 1024 } as const;
export const PIN_PATTERN = /^\d{4,12}$/;

const StaffLockDocument = z.object({
  version: z.literal(1),
  pin: z.object({ salt: z.string(), hash: z.string() }).nullable(),
  locked: z.boolean(),
  failures: z.number().int().min(0),
  /** No guess is checked before this moment (session clock, epoch ms). */
  retryAt: z.number(),
});
type StaffLockDocument = z.infer<typeof StaffLockDocument>;

function hashPin(pin: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: SCRYPT.maxmem }, (e, key) =>
      e ? reject(e) : resolve(key),
    ),
  );
}

/** Wait after the n-th wrong PIN in a row: a second, then growing to a minute. */
export function waitAfterFailures(failures: number): number {
  if (failures <= 0) return 0;
  if (failures < 3) return 1_000;
  return Math.min(60_000, 5_000 * 2 ** (failures - 3));
}

/**
 * The clinic PIN that keeps staff screens closed while the patient screen is shown. It keeps a
 * patient out of settings; it is not a barrier against the computer's own user (anyone with the
 * data folder can remove it). The lock survives a restart or a reload, so a patient cannot
 * escape it that way.
 */
export class StaffLock {
  private readonly store: DocumentStore<StaffLockDocument>;
  /** The lock as it is now; the file follows it, and a failed write never opens the lock. */
  private state: StaffLockDocument;
  /** A guess is being checked: one at a time, so parallel guesses cannot skip the wait. */
  private checking = false;
  readonly notice: string | null;

  constructor(
    dataDir: string,
    storeFactory: StoreFactory,
    private readonly clock: Clock,
    private readonly reportError: (error: unknown) => void = () => {},
  ) {
    const opened = openValidatedStore(storeFactory, {
      name: 'staff-lock',
      cwd: dataDir,
      schema: StaffLockDocument,
      defaults: { version: 1, pin: null, locked: false, failures: 0, retryAt: 0 },
    });
    this.store = opened.store;
    this.state = opened.store.store;
    this.notice = opened.notice;
  }

  status(): { pinSet: boolean; locked: boolean; retryInSec: number } {
    const { pin, locked, retryAt } = this.state;
    return { pinSet: pin !== null, locked, retryInSec: Math.max(0, Math.ceil((retryAt - this.clock.now()) / 1000)) };
  }

  get locked(): boolean {
    return this.state.locked;
  }

  /** Sets or changes the PIN; changing it needs the current one, guessed under the same wait as unlocking. */
  async setPin(newPin: string, currentPin?: string): Promise<void> {
    if (!PIN_PATTERN.test(newPin)) throw new UserError('The PIN must be 4 to 12 digits.');
    if (this.state.pin && !(await this.attempt(currentPin ?? ''))) {
      throw new UserError('The current PIN is not right, so the PIN was not changed.');
    }
    const salt = randomBytes(16);
    const hash = await hashPin(newPin, salt);
    this.write({ pin: { salt: salt.toString('hex'), hash: hash.toString('hex') } });
  }

  /** Closes the staff screens (the patient screen is shown); needs a PIN to open them again. */
  lock(): void {
    if (!this.state.pin) throw new UserError('Set a clinic PIN first, so staff can unlock the screen afterwards.');
    this.write({ locked: true });
  }

  /** Opens the staff screens with the PIN; wrong guesses make the next one wait longer. */
  async unlock(pin: string): Promise<void> {
    if (await this.attempt(pin)) {
      this.write({ locked: false });
      return;
    }
    throw new UserError('That PIN is not right.');
  }

  /**
   * Checks one guess. It counts as wrong, and is written down as wrong, before the hash is
   * worked out; a right PIN then clears the count. A guess while another is being checked or
   * before the wait is over is refused without checking.
   */
  private async attempt(pin: string): Promise<boolean> {
    const wait = this.status().retryInSec;
    if (this.checking || wait > 0)
      throw new UserError(`Please wait ${Math.max(1, wait)} s before trying the PIN again.`);
    this.checking = true;
    try {
      const failures = this.state.failures + 1;
      this.write({ failures, retryAt: this.clock.now() + waitAfterFailures(failures) });
      const right = await this.check(pin);
      if (right) this.write({ failures: 0, retryAt: 0 });
      return right;
    } finally {
      this.checking = false;
    }
  }

  private async check(pin: string): Promise<boolean> {
    const stored = this.state.pin;
    if (!stored || !PIN_PATTERN.test(pin)) return false;
    const expected = Buffer.from(stored.hash, 'hex');
    const actual = await hashPin(pin, Buffer.from(stored.salt, 'hex'));
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  /** Changes the lock at once and writes it; a disk that refuses is reported, and the lock in memory holds. */
  private write(change: Partial<StaffLockDocument>): void {
    this.state = { ...this.state, ...change };
    try {
      this.store.store = this.state;
    } catch (error) {
      this.reportError(error);
    }
  }
}
