/** Runs work later; drivers take one so tests can move time by hand. */
export interface Timers {
  /** Runs `work` once after `ms` milliseconds; the returned function cancels it. */
  after(ms: number, work: () => void): () => void;
}

/**
 * Node's timers, unref'd: a light output keeps sending while the app runs, but never holds
 * a process open that has nothing else left to do.
 */
export const systemTimers: Timers = {
  after(ms, work) {
    const timer = setTimeout(work, Math.max(0, ms));
    timer.unref();
    return () => clearTimeout(timer);
  },
};
