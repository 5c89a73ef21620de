/** Cancels a timer; calling it after the timer fired does nothing. */
export type CancelTimer = () => void;

/**
 * Where drivers get their timers, so tests can run them on a hand-moved clock and check that
 * `close()` leaves none behind.
 */
export interface Timers {
  after(ms: number, callback: () => void): CancelTimer;
}

/** Node's own timers. */
export const realTimers: Timers = {
  after(ms, callback) {
    const handle = setTimeout(callback, Math.max(0, ms));
    return () => clearTimeout(handle);
  },
};
