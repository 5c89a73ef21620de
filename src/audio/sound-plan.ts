import { AMBIENCES } from './ambience';
import { Envelope, fadeInGain, fadeOutGain, lerp, progress } from '../session/ramp';
import type { Segment, Timeline } from '../session/timeline';

export const SOUND_START_FADE_MS = 5_000;
export const PAUSE_FADE_MS = 3_000;
export const QUIET_FADE_MS = 3_000;
export const SOUND_BACK_FADE_MS = 10_000;
export const CLOSE_FADE_MS = 5_000;
/** Crossfade between the sounds of two phases, in session seconds. */
export const CROSSFADE_SEC = 8;

/** One sound that should be audible now: what, where in it, and how loud (0..1). */
export interface Voice {
  /** Stable while the same sound keeps playing across phases, so the engine can keep it. */
  key: string;
  mediaPath: string;
  loop: boolean;
  offsetSec: number;
  gain: number;
}

export interface SoundPlan {
  /** Session-wide fade (start, pause, quiet, close) applied on top of every voice. */
  master: number;
  voices: Voice[];
}

/** Consecutive phases with the same ambience play as one uninterrupted voice. */
function voiceGroups(segments: Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const last = groups.at(-1);
    if (last && last[0]!.phase.sound.ambience === segment.phase.sound.ambience) last.push(segment);
    else groups.push([segment]);
  }
  return groups;
}

function groupVolume(group: Segment[], activeSec: number): number {
  let volume = group[0]!.phase.sound.volume;
  for (const segment of group) {
    if (segment.startSec > activeSec) break;
    const target = segment.phase.sound.volume;
    volume = lerp(volume, target, progress(activeSec, segment.startSec, CROSSFADE_SEC));
  }
  return volume;
}

/** Which sounds play at `now`, at which offset and gain, derived only from the run log. */
export function soundPlanAt(timeline: Timeline, now: number): SoundPlan {
  const master = new Envelope(0);
  const quiet = new Envelope(1);
  let closedAt: number | null = null;
  for (const event of timeline.events) {
    if (event.type === 'start') master.rampTo(event.at, 1, SOUND_START_FADE_MS);
    if (event.type === 'pause') master.rampTo(event.at, 0, PAUSE_FADE_MS);
    if (event.type === 'resume') master.rampTo(event.at, 1, PAUSE_FADE_MS);
    if (event.type === 'close') {
      master.rampTo(event.at, 0, CLOSE_FADE_MS);
      closedAt = event.at;
    }
    if (event.type === 'quiet') quiet.rampTo(event.at, 0, QUIET_FADE_MS);
    if (event.type === 'soundBack') quiet.rampTo(event.at, 1, SOUND_BACK_FADE_MS);
  }
  const level = master.valueAt(now) * quiet.valueAt(now);
  if (closedAt !== null && now >= closedAt + CLOSE_FADE_MS) return { master: 0, voices: [] };

  const active = timeline.activeSec(now);
  const groups = voiceGroups(timeline.segments(active));
  const voices: Voice[] = [];
  groups.forEach((group, i) => {
    const first = group[0]!;
    const last = group.at(-1)!;
    const fadingOut = active >= last.endSec;
    if (fadingOut && active >= last.endSec + CROSSFADE_SEC) return;
    const fadeIn = i === 0 ? 1 : fadeInGain(progress(active, first.startSec, CROSSFADE_SEC));
    const fadeOut = fadingOut ? fadeOutGain(progress(active, last.endSec, CROSSFADE_SEC)) : 1;
    const ambience = AMBIENCES[first.phase.sound.ambience];
    voices.push({
      key: `${first.phaseIndex}:${ambience.id}`,
      mediaPath: ambience.mediaPath,
      loop: true,
      offsetSec: (active - first.startSec) % ambience.loopSec,
      gain: groupVolume(group, Math.min(active, last.endSec)) * fadeIn * fadeOut,
    });
  });
  return { master: level, voices };
}
