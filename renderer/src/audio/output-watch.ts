import { useRoom } from '../booted';
import type { SessionTicker } from '../session/session-ticker';
import { useExternalValue } from '../ui/use-external-value';
import { useVolumeStore } from './volume-store';

export const FLOOR_DB = -60;
/** The plan asks for sound this loud (0..1 amplitude) ... */
const EXPECTED_GAIN = 0.05;
/** ... yet the output stays below this for five seconds: tell staff. */
const SILENT_DB = -70;
const SILENT_FOR_MS = 5_000;

export interface OutputReading {
  /** Whole dBFS, FLOOR_DB for silence. */
  db: number;
  /** The plan asks for sound and nothing has reached the output for five seconds. */
  silentButExpected: boolean;
}

/** The session ticker, as far as the watch needs it: its state, and its wake-ups. */
type TickerSource = Pick<SessionTicker, 'getState' | 'subscribe'>;

/**
 * Reads the analyser on the output path while anything on screen shows it: one reading for the
 * level meter and the console's notice about silent output. It reads on the session ticker's
 * wake-ups (at least once a second, more often while sound fades), so it never wakes the page
 * on its own.
 */
export class OutputWatch {
  private reading: OutputReading = { db: FLOOR_DB, silentButExpected: false };
  /** Since when (performance.now) the plan has asked for sound and the output has been silent. */
  private silentSince: number | null = null;
  private unfollow: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly sound: { levelDb(): number },
    private readonly ticker: TickerSource,
    private readonly now: () => number = () => performance.now(),
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.unfollow ??= this.ticker.subscribe(() => this.read());
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0 || !this.unfollow) return;
      this.unfollow();
      this.unfollow = null;
    };
  };

  getSnapshot = (): OutputReading => this.reading;

  private read(): void {
    const measured = this.sound.levelDb();
    const plan = this.ticker.getState()?.sound;
    const { master, comfort } = useVolumeStore.getState();
    const loudest = Math.max(0, ...(plan?.voices ?? []).map((v) => v.gain));
    const expected = (plan?.master ?? 0) * loudest * master * comfort > EXPECTED_GAIN;
    const now = this.now();
    this.silentSince = expected && measured < SILENT_DB ? (this.silentSince ?? now) : null;
    const next = {
      db: Math.max(FLOOR_DB, Math.round(measured)),
      silentButExpected: this.silentSince !== null && now - this.silentSince >= SILENT_FOR_MS,
    };
    if (next.db === this.reading.db && next.silentButExpected === this.reading.silentButExpected) return;
    this.reading = next;
    for (const listener of this.listeners) listener();
  }
}

/** One value of the output reading; the component re-renders only when that value changes. */
export function useOutputReading<T>(select: (reading: OutputReading) => T): T {
  const { outputWatch } = useRoom();
  return useExternalValue(outputWatch.subscribe, outputWatch.getSnapshot, select);
}
