import { AMBIENCES, type AmbienceId } from './ambience';
import { playlistNextChangeInSec, playlistVoicesAt, trackMediaPath, type Playlist } from './playlist';
import { soundKey, type PhaseSound } from '../session/program';
import { Envelope, fadeInGain, fadeOutGain, lerp, progress } from '../session/ramp';
import type { Segment, Timeline } from '../session/timeline';

export const SOUND_START_FADE_MS = 5_000;
export const PAUSE_FADE_MS = 3_000;
export const QUIET_FADE_MS = 3_000;
export const SOUND_BACK_FADE_MS = 10_000;
export const CLOSE_FADE_MS = 5_000;
/** Crossfade between the sounds of two phases, in session seconds. */
export const CROSSFADE_SEC = 8;

/** Plays where a phase names a playlist the session does not have, so the room is never silent. */
export const FALLBACK_AMBIENCE: AmbienceId = 'soft-rain';

/** One sound that should be audible now: what, where in it, and how loud (0..1). */
export interface Voice {
  /** Stable while the same sound keeps playing across phases, so the engine can keep it. */
  key: string;
  /** Media root: the app's built-in assets, or a library track by its id. */
  root: 'assets' | 'track';
  mediaPath: string;
  /** Built-in loops repeat gaplessly in memory; library tracks stream from disk. */
  loop: boolean;
  stream: boolean;
  offsetSec: number;
  gain: number;
  /** A library track's listed length: playback that stops before it (less a second) is a fault. */
  lengthSec?: number;
}

export interface SoundPlan {
  /** Session-wide fade (start, pause, quiet, close) applied on top of every voice. */
  master: number;
  voices: Voice[];
  /**
   * Session seconds until the plan next changes with no press in between, other than by playing
   * on: a phase ending, a track coming in to load or its crossfade beginning. Infinity when
   * nothing is due, or while paused. A fade under way is not counted: the engine sees it in the gains.
   */
  nextChangeInSec: number;
}

/** Consecutive phases with the same sound play as one uninterrupted voice. */
function voiceGroups(segments: Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const last = groups.at(-1);
    if (last && soundKey(last[0]!.phase.sound) === soundKey(segment.phase.sound)) last.push(segment);
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

const playlistOf = (sound: PhaseSound, playlists: Playlist[]) =>
  'playlistId' in sound ? playlists.find((p) => p.id === sound.playlistId) : undefined;

/**
 * The voices of one group `positionSec` after it began, before the group's own fades: its
 * playlist's tracks, or (with none) its ambience.
 */
function groupVoices(
  sound: PhaseSound,
  playlist: Playlist | undefined,
  keyPrefix: string,
  positionSec: number,
): Voice[] {
  if (playlist) {
    return playlistVoicesAt(playlist, positionSec).map((track) => {
      const listed = playlist.tracks[track.trackIndex]!;
      return {
        key: `${keyPrefix}:${track.pass}:${track.trackIndex}`,
        root: 'track',
        mediaPath: trackMediaPath(listed),
        loop: false,
        stream: true,
        offsetSec: track.offsetSec,
        gain: track.gain,
        lengthSec: listed.durationSec,
      };
    });
  }
  const ambience = AMBIENCES['ambience' in sound ? sound.ambience : FALLBACK_AMBIENCE];
  return [
    {
      key: `${keyPrefix}:${ambience.id}`,
      root: 'assets',
      mediaPath: ambience.mediaPath,
      loop: true,
      stream: false,
      offsetSec: positionSec % ambience.loopSec,
      gain: 1,
    },
  ];
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
  if (closedAt !== null && now >= closedAt + CLOSE_FADE_MS) return { master: 0, voices: [], nextChangeInSec: Infinity };

  const active = timeline.activeSec(now);
  const voices: Voice[] = [];
  let nextChangeInSec = Infinity;
  voiceGroups(timeline.segments(active)).forEach((group, i) => {
    const first = group[0]!;
    const last = group.at(-1)!;
    const fadingOut = active >= last.endSec;
    if (fadingOut && active >= last.endSec + CROSSFADE_SEC) return;
    const fadeIn = i === 0 ? 1 : fadeInGain(progress(active, first.startSec, CROSSFADE_SEC));
    const fadeOut = fadingOut ? fadeOutGain(progress(active, last.endSec, CROSSFADE_SEC)) : 1;
    const gain = groupVolume(group, Math.min(active, last.endSec)) * fadeIn * fadeOut;
    const prefix = `${first.phaseIndex}:${soundKey(first.phase.sound)}`;
    const playlist = playlistOf(first.phase.sound, timeline.playlists);
    for (const voice of groupVoices(first.phase.sound, playlist, prefix, active - first.startSec)) {
      voices.push({ ...voice, gain: voice.gain * gain });
    }
    if (fadingOut) return;
    // The group's phase ends (its sound fades out or changes volume), or its playlist moves on.
    const playlistChangeIn = playlist ? playlistNextChangeInSec(playlist, active - first.startSec) : Infinity;
    nextChangeInSec = Math.min(nextChangeInSec, last.endSec - active, playlistChangeIn);
  });
  if (timeline.pausedSince !== null) nextChangeInSec = Infinity;
  return { master: level, voices, nextChangeInSec };
}
