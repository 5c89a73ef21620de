import type { Playlist } from '../audio/playlist';
import type { Phase, Program } from './program';
import type { RunEvent, SessionRun } from './run-log';

/** A phase as it actually ran: where it began and ended on the session's active clock. */
export interface Segment {
  phaseIndex: number;
  phase: Phase;
  startSec: number;
  /** When the phase was left; Infinity while it is current and open-ended. */
  endSec: number;
}

/**
 * The session's schedule after replaying its run log up to a moment: pauses, the planned
 * length of each treatment phase (after skips and extensions) and when treatment ended.
 */
export class Timeline {
  readonly program: Program;
  readonly playlists: Playlist[];
  readonly startedAt: number;
  readonly events: RunEvent[];
  private readonly pauses: { from: number; to: number | null }[] = [];
  private readonly durations: number[];
  private treatmentEnd: number | null = null;

  constructor(run: SessionRun, now: number) {
    this.program = run.program;
    this.playlists = run.playlists;
    this.startedAt = run.events[0]!.at;
    this.events = run.events.filter((e) => e.at <= now);
    this.durations = run.program.phases.filter((p) => p.kind === 'treatment').map((p) => p.durationSec);
    for (const event of this.events) this.apply(event);
  }

  private apply(event: RunEvent): void {
    switch (event.type) {
      case 'pause':
        this.pauses.push({ from: event.at, to: null });
        break;
      case 'resume': {
        const open = this.pauses.at(-1);
        if (open && open.to === null) open.to = event.at;
        break;
      }
      case 'nextPhase': {
        const active = this.activeSec(event.at);
        const index = this.treatmentIndexAt(active);
        this.durations[index] = active - this.treatmentStartSec(index);
        break;
      }
      case 'extend': {
        const index = this.treatmentIndexAt(this.activeSec(event.at));
        this.durations[index]! += event.sec;
        break;
      }
      case 'endTreatment':
        this.treatmentEnd = this.activeSec(event.at);
        break;
      default:
        break;
    }
  }

  /** Session time in seconds at a wall moment: time since start, less time spent paused. */
  activeSec(at: number): number {
    let pausedMs = 0;
    for (const pause of this.pauses) {
      if (pause.from >= at) break;
      pausedMs += Math.min(pause.to ?? at, at) - pause.from;
    }
    return Math.max(0, at - this.startedAt - pausedMs) / 1000;
  }

  get pausedSince(): number | null {
    const last = this.pauses.at(-1);
    return last && last.to === null ? last.from : null;
  }

  get treatmentEndSec(): number | null {
    return this.treatmentEnd;
  }

  /** Planned end of the treatment part on the active clock, after skips and extensions. */
  get plannedTreatmentEndSec(): number {
    return this.durations.reduce((sum, d) => sum + d, 0);
  }

  private treatmentStartSec(index: number): number {
    let start = 0;
    for (let i = 0; i < index; i++) start += this.durations[i]!;
    return start;
  }

  /** The treatment phase in force at an active second; the last one holds in overtime. */
  private treatmentIndexAt(activeSec: number): number {
    let end = 0;
    for (let i = 0; i < this.durations.length; i++) {
      end += this.durations[i]!;
      if (activeSec < end) return i;
    }
    return this.durations.length - 1;
  }

  /** Every phase entered up to an active second, in order; the last one is current. */
  segments(activeSec: number): Segment[] {
    const phases = this.program.phases;
    const segments: Segment[] = [];
    let start = 0;
    const lastTreatment = this.durations.length - 1;
    for (let i = 0; i <= lastTreatment; i++) {
      if (i > 0 && start > activeSec) break;
      if (this.treatmentEnd !== null && i > 0 && start >= this.treatmentEnd) break;
      let end = i === lastTreatment ? Infinity : start + this.durations[i]!;
      if (this.treatmentEnd !== null) end = Math.min(end, this.treatmentEnd);
      segments.push({ phaseIndex: i, phase: phases[i]!, startSec: start, endSec: end });
      start += this.durations[i]!;
    }
    if (this.treatmentEnd !== null && this.treatmentEnd <= activeSec) {
      const recovery = phases.length - 1;
      segments.push({
        phaseIndex: recovery,
        phase: phases[recovery]!,
        startSec: this.treatmentEnd,
        endSec: Infinity,
      });
    }
    return segments;
  }
}
