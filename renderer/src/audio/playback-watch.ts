import { formatClock } from '@domain/session/format';

/** A sound the plan wants heard must have loaded, or started, within this long. */
export const START_LIMIT_MS = 1_200;
/** A started sound whose position stands still this long has stopped. */
export const STALL_MS = 800;
/** Less movement than this between two looks is standing still. */
const MOVED_SEC = 0.05;
/** Stopping within this much of the listed length is the track ending, not a fault. */
const END_GRACE_SEC = 1;

/** What the engine can read back about one sound, once per pass. */
export interface PlaybackReading {
  now: number;
  status: 'loading' | 'held' | 'playing';
  /** The plan wants it audible now. */
  wanted: boolean;
  /** The browser holds all sound back (no click yet, or it refused to play): nothing can be judged. */
  blocked: boolean;
  /** Its position (seconds), read from the player. */
  positionSec: number;
  /** The listed length of a library track. */
  lengthSec?: number;
}

/**
 * Judges whether a sound really plays from what can be read back (its state and position),
 * never from the loudness of its content: a quiet passage is not a fault, a position that
 * stands still is. Returns a fault, worded for staff, or null.
 */
export class PlaybackWatch {
  private waitingSince: number | null = null;
  private last: { sec: number; at: number } | null = null;
  private moved = false;

  /** True once the position has been seen to move since it was last started. */
  get started(): boolean {
    return this.moved;
  }

  /** The engine has just asked the sound to play from `positionSec`: it has to move from there. */
  starting(now: number, positionSec: number): void {
    this.waitingSince = null;
    this.last = { sec: positionSec, at: now };
    this.moved = false;
  }

  check(reading: PlaybackReading): string | null {
    const { now, status } = reading;
    if (reading.blocked || status === 'held') {
      this.waitingSince = null;
      this.last = null;
      this.moved = false;
      return null;
    }
    if (status === 'loading') {
      if (!reading.wanted) this.waitingSince = null;
      else if ((this.waitingSince ??= now) + START_LIMIT_MS <= now) return 'did not load in time';
      return null;
    }
    const position = reading.positionSec;
    if (!this.last) {
      this.last = { sec: position, at: now };
      return null;
    }
    if (Math.abs(position - this.last.sec) > MOVED_SEC) {
      // A jump backwards (a loop coming round) is movement too.
      this.moved = true;
      this.last = { sec: position, at: now };
      return null;
    }
    const stillFor = now - this.last.at;
    if (!this.moved) return stillFor >= START_LIMIT_MS ? 'did not start playing' : null;
    if (stillFor < STALL_MS) return null;
    const { lengthSec } = reading;
    if (lengthSec !== undefined && position >= lengthSec - END_GRACE_SEC) return null;
    const of = lengthSec === undefined ? '' : ` of ${formatClock(lengthSec)}`;
    return `stopped playing at ${formatClock(position)}${of}`;
  }
}

/** howler passes a media error code for streamed sounds, a message for decoded ones. */
export function describeLoadError(error: unknown): string {
  const codes: Record<string, string> = {
    '1': 'loading was stopped',
    '2': 'a network or disk error',
    '3': 'the audio could not be decoded',
    '4': 'the file is missing or its format cannot be played here',
  };
  return codes[String(error)] ?? String(error);
}
