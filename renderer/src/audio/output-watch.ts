import type { SessionState } from '@domain/session/state-at';
import { useRoom } from '../booted';
import { useExternalValue } from '../ui/use-external-value';
import { useVolumeStore } from './volume-store';

export const FLOOR_DB = -60;
/** Often enough to show sound is there; every reading wakes the page, so no more often than that. */
const METER_MS = 400;
/** The plan asks for sound this loud (0..1 amplitude) ... */
const EXPECTED_GAIN = 0.05;
/** ... yet the output stays below this for five seconds of readings in a row: tell staff. */
const SILENT_DB = -70;
const SILENT_POLLS = Math.ceil(5_000 / METER_MS);

export interface OutputReading {
  /** Whole dBFS, FLOOR_DB for silence. */
  db: number;
  /** The plan asks for sound and nothing has reached the output for five seconds. */
  silentButExpected: boolean;
}

/**
 * Reads the analyser on the output path while anything on screen shows it: one poll for the
 * level meter and the console's notice about silent output.
 */
export class OutputWatch {
  private reading: OutputReading = { db: FLOOR_DB, silentButExpected: false };
  private silentPolls = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly sound: { levelDb(): number },
    private readonly session: { getState(): SessionState | null },
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.timer ??= setInterval(() => this.poll(), METER_MS);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0 || !this.timer) return;
      clearInterval(this.timer);
      this.timer = null;
    };
  };

  getSnapshot = (): OutputReading => this.reading;

  private poll(): void {
    const measured = this.sound.levelDb();
    const plan = this.session.getState()?.sound;
    const { master, comfort } = useVolumeStore.getState();
    const loudest = Math.max(0, ...(plan?.voices ?? []).map((v) => v.gain));
    const expected = (plan?.master ?? 0) * loudest * master * comfort > EXPECTED_GAIN;
    this.silentPolls = expected && measured < SILENT_DB ? this.silentPolls + 1 : 0;
    const next = {
      db: Math.max(FLOOR_DB, Math.round(measured)),
      silentButExpected: this.silentPolls >= SILENT_POLLS,
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
