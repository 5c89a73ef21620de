import type { Playlist } from '../audio/playlist';
import { hasPreDosePhase, type Phase, type Program } from './program';
import type { RunEvent, SessionRun } from './run-log';

/** A phase as it actually ran: where it began and ended on the program clock, and when it began in real time. */
export interface Segment {
  phaseIndex: number;
  phase: Phase;
  startSec: number;
  /** When the phase was left; Infinity while it is current and open-ended. */
  endSec: number;
  /** The real moment (session clock, epoch ms) the phase began; Infinity while it waits behind a pause. */
  startedAt: number;
}

/**
 * The session's schedule after replaying its run log up to a moment. It keeps the session's two
 * clocks apart: the program clock (phases, sound, light), which pausing holds, and the real time
 * of the dose, which nothing holds.
 */
export class Timeline {
  readonly program: Program;
  readonly playlists: Playlist[];
  readonly startedAt: number;
  readonly events: RunEvent[];
  private readonly pauses: { from: number; to: number | null }[] = [];
  /** Planned length of each phase before recovery; the pre-dose phase is open-ended until the dose. */
  private readonly durations: number[];
  /** Phases begun by a press (Dose given, Next phase), by index: the real moment of the press. */
  private readonly pressedAt = new Map<number, number>();
  private treatmentEnd: { sec: number; at: number } | null = null;
  private dose: { markedAt: number; at: number; corrected: boolean } | null = null;

  constructor(run: SessionRun, now: number) {
    this.program = run.program;
    this.playlists = run.playlists;
    this.startedAt = run.events[0]!.at;
    this.events = run.events.filter((e) => e.at <= now);
    this.durations = run.program.phases.slice(0, -1).map((p) => (p.kind === 'preDose' ? Infinity : p.durationSec));
    // Without a pre-dose phase, Start session marks the dose.
    if (!hasPreDosePhase(run.program)) this.dose = { markedAt: this.startedAt, at: this.startedAt, corrected: false };
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
      case 'nextPhase':
        this.endCurrentPhase(event.at);
        break;
      case 'dose':
        this.dose = { markedAt: event.at, at: event.at, corrected: false };
        if (this.durations[0] === Infinity) this.endCurrentPhase(event.at);
        break;
      case 'doseCorrected':
        if (this.dose) this.dose = { ...this.dose, at: event.doseAt, corrected: true };
        break;
      case 'extend': {
        const index = this.treatmentIndexAt(this.activeSec(event.at));
        this.durations[index]! += event.sec;
        break;
      }
      case 'endTreatment':
        this.treatmentEnd = { sec: this.activeSec(event.at), at: event.at };
        break;
      default:
        break;
    }
  }

  /** Ends the phase in force now, so the next one begins at this press. */
  private endCurrentPhase(at: number): void {
    const active = this.activeSec(at);
    const index = this.treatmentIndexAt(active);
    this.durations[index] = active - this.treatmentStartSec(index);
    this.pressedAt.set(index + 1, at);
  }

  /** Program time in seconds at a real moment: time since start, less time spent paused. */
  activeSec(at: number): number {
    let pausedMs = 0;
    for (const pause of this.pauses) {
      if (pause.from >= at) break;
      pausedMs += Math.min(pause.to ?? at, at) - pause.from;
    }
    return Math.max(0, at - this.startedAt - pausedMs) / 1000;
  }

  /** The first real moment the program clock reads `sec`; Infinity when a pause still holds it back. */
  wallAt(sec: number): number {
    let at = this.startedAt + sec * 1000;
    for (const pause of this.pauses) {
      if (pause.from >= at) break;
      if (pause.to === null) return Infinity;
      at += pause.to - pause.from;
    }
    return at;
  }

  get pausedSince(): number | null {
    const last = this.pauses.at(-1);
    return last && last.to === null ? last.from : null;
  }

  /** The dose's real time (as marked, or as corrected since), or null before Dose given. */
  get doseAt(): number | null {
    return this.dose?.at ?? null;
  }

  /** Whether staff changed the dose time after marking it. */
  get doseCorrected(): boolean {
    return this.dose?.corrected ?? false;
  }

  /** When End treatment was pressed, on the program clock and in real time. */
  get treatmentEnded(): { sec: number; at: number } | null {
    return this.treatmentEnd;
  }

  get treatmentEndSec(): number | null {
    return this.treatmentEnd?.sec ?? null;
  }

  /** Planned end of the treatment part on the program clock, after skips and extensions; Infinity before the dose. */
  get plannedTreatmentEndSec(): number {
    return this.durations.reduce((sum, d) => sum + d, 0);
  }

  private treatmentStartSec(index: number): number {
    let start = 0;
    for (let i = 0; i < index; i++) start += this.durations[i]!;
    return start;
  }

  /** The phase before recovery in force at a program second; the last one holds in overtime. */
  private treatmentIndexAt(activeSec: number): number {
    let end = 0;
    for (let i = 0; i < this.durations.length; i++) {
      end += this.durations[i]!;
      if (activeSec < end) return i;
    }
    return this.durations.length - 1;
  }

  private segment(phaseIndex: number, startSec: number, endSec: number): Segment {
    const startedAt = this.pressedAt.get(phaseIndex) ?? this.wallAt(startSec);
    return { phaseIndex, phase: this.program.phases[phaseIndex]!, startSec, endSec, startedAt };
  }

  /** Every phase entered up to a program second, in order; the last one is current. */
  segments(activeSec: number): Segment[] {
    const segments: Segment[] = [];
    let start = 0;
    const lastTreatment = this.durations.length - 1;
    const end = this.treatmentEnd?.sec ?? null;
    for (let i = 0; i <= lastTreatment; i++) {
      if (i > 0 && start > activeSec) break;
      if (end !== null && i > 0 && start >= end) break;
      let phaseEnd = i === lastTreatment ? Infinity : start + this.durations[i]!;
      if (end !== null) phaseEnd = Math.min(phaseEnd, end);
      segments.push(this.segment(i, start, phaseEnd));
      start += this.durations[i]!;
    }
    if (this.treatmentEnd !== null && this.treatmentEnd.sec <= activeSec) {
      const recovery = this.program.phases.length - 1;
      segments.push({ ...this.segment(recovery, this.treatmentEnd.sec, Infinity), startedAt: this.treatmentEnd.at });
    }
    return segments;
  }
}
