import { lerp, progress } from '../session/ramp';
import type { SessionRun } from '../session/run-log';
import { Timeline, type Segment } from '../session/timeline';

/** Light level of the room before a session starts and after it closes. */
export const ROOM_LEVEL_PCT = 70;
/** Working light for staff attending the patient. */
export const STAFF_LEVEL_PCT = 85;
export const STAFF_LIGHT_UP_MS = 3_000;
export const STAFF_LIGHT_RETURN_MS = 30_000;
export const CLOSE_LIGHT_MS = 60_000;

/** Phase light at an active second: each phase fades from wherever the last one left off. */
export function phaseLevelAt(segments: Segment[], activeSec: number): number {
  let from = ROOM_LEVEL_PCT;
  for (const segment of segments) {
    const { levelPct, fadeSec } = segment.phase.light;
    const levelAt = (sec: number) => lerp(from, levelPct, progress(sec, segment.startSec, fadeSec));
    if (activeSec < segment.endSec) return levelAt(activeSec);
    from = levelAt(segment.endSec);
  }
  return from;
}

type LightMode = { kind: 'phase' } | { kind: 'staff' | 'return' | 'closing'; at: number; from: number };

/**
 * The target light level at a wall moment. Phase fades follow the session clock, so they
 * hold while paused; staff light and the end-of-session return follow the wall clock.
 */
export function lightLevelAt(timeline: Timeline, now: number): { levelPct: number; staffLight: boolean } {
  const phaseLevel = (at: number) => {
    const active = timeline.activeSec(at);
    return phaseLevelAt(timeline.segments(active), active);
  };
  let mode: LightMode = { kind: 'phase' };
  const levelAt = (at: number): number => {
    switch (mode.kind) {
      case 'phase':
        return phaseLevel(at);
      case 'staff':
        return lerp(mode.from, Math.max(STAFF_LEVEL_PCT, mode.from), progress(at, mode.at, STAFF_LIGHT_UP_MS));
      case 'return':
        return lerp(mode.from, phaseLevel(at), progress(at, mode.at, STAFF_LIGHT_RETURN_MS));
      case 'closing':
        return lerp(mode.from, ROOM_LEVEL_PCT, progress(at, mode.at, CLOSE_LIGHT_MS));
    }
  };
  for (const event of timeline.events) {
    if (event.type === 'staffLightOn') mode = { kind: 'staff', at: event.at, from: levelAt(event.at) };
    if (event.type === 'staffLightOff') mode = { kind: 'return', at: event.at, from: levelAt(event.at) };
    if (event.type === 'close') mode = { kind: 'closing', at: event.at, from: levelAt(event.at) };
  }
  return { levelPct: levelAt(now), staffLight: mode.kind === 'staff' };
}

/** The room's light at a moment: the session's course, or room level when no session runs. */
export function roomLightAt(run: SessionRun | null, now: number): number {
  return run ? lightLevelAt(new Timeline(run, now), now).levelPct : ROOM_LEVEL_PCT;
}

/**
 * The next moment after `now` at which the light's course bends (a fade begins or ends), or
 * null when nothing is scheduled (no session, or paused with every fade done). Between two
 * bends the level moves in a straight line, so an output that fades by itself (Hue, Home
 * Assistant) can be sent one fade per stretch instead of a stream of levels.
 */
export function nextLightBend(run: SessionRun | null, now: number): number | null {
  if (!run) return null;
  const timeline = new Timeline(run, now);
  const bends: number[] = [];
  if (timeline.pausedSince === null) {
    const active = timeline.activeSec(now);
    for (const segment of timeline.segments(Number.MAX_SAFE_INTEGER)) {
      for (const sec of [segment.startSec, segment.startSec + segment.phase.light.fadeSec]) {
        if (sec > active) bends.push(now + (sec - active) * 1000);
      }
    }
  }
  const after: Partial<Record<string, number>> = {
    staffLightOn: STAFF_LIGHT_UP_MS,
    staffLightOff: STAFF_LIGHT_RETURN_MS,
    close: CLOSE_LIGHT_MS,
  };
  for (const event of timeline.events) {
    const length = after[event.type];
    if (length !== undefined && event.at + length > now) bends.push(event.at + length);
  }
  return bends.length ? Math.min(...bends) : null;
}
