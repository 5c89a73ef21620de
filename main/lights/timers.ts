/** Cancels a timer; calling it after the timer fired does nothing. */
export type CancelTimer = () => void;

/**
 * Where drivers get their timers, so tests can run them on a hand-moved clock and check that
 * `close()` leaves none behind.
 */
export interface Timers {
  after(ms: number, callback: () => void): CancelTimer;
}

/**
 * Node's timers, unref'd: a light output keeps sending while the app runs, but never holds
 * a process open that has nothing else left to do.
 */
export const realTimers: Timers = {
  after(ms, callback) {
    const handle = setTimeout(callback, Math.max(0, ms));
    handle.unref();
    return () => clearTimeout(handle);
  },
};
