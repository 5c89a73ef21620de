const SYNC_SAMPLES = 5;

/** Asks the main process for its session clock (the `clock.now` request). */
export type ReadRemoteClock = () => Promise<{ clockNow: number; timeScale: number }>;

/**
 * The main process's session clock, read locally: a few round trips at connect time pick
 * the quickest answer (as NTP does), then the local monotonic clock carries it forward.
 * Latency or a busy moment when a snapshot arrives then never shifts the displayed time.
 */
export class SessionClock {
  private remoteAt = 0;
  private localAt = 0;
  private scale = 1;
  private roundTrip = Infinity;

  constructor(private readonly readRemote: ReadRemoteClock) {}

  /** A first estimate from a snapshot, used until a proper sync has answered. */
  seed(clockNow: number, timeScale: number, receivedAt: number): void {
    if (this.roundTrip !== Infinity) return;
    this.remoteAt = clockNow;
    this.localAt = receivedAt;
    this.scale = timeScale;
  }

  async sync(): Promise<void> {
    let best = Infinity;
    for (let i = 0; i < SYNC_SAMPLES; i++) {
      const sent = performance.now();
      const { clockNow, timeScale } = await this.readRemote();
      const received = performance.now();
      if (received - sent < best) {
        best = received - sent;
        this.remoteAt = clockNow;
        this.localAt = (sent + received) / 2;
        this.scale = timeScale;
      }
    }
    this.roundTrip = best;
  }

  now(): number {
    return this.remoteAt + (performance.now() - this.localAt) * this.scale;
  }
}
