import type { Phase } from '../session/program';
import type { SessionRun } from '../session/run-log';
import type { SessionState } from '../session/state-at';
import { AMBIENCES } from './ambience';
import { trackMediaPath, type Playlist } from './playlist';
import { FALLBACK_AMBIENCE, type Voice } from './sound-plan';

/** What the room hears now and what comes after it, by name, for the console's small print. */
export interface WhatPlays {
  now: string | null;
  next: string | null;
}

const ambienceName = (id: keyof typeof AMBIENCES) => `${AMBIENCES[id].title} (built-in ambience)`;

/** A phase's sound by name: its ambience, or the first track of its playlist. */
function soundName(phase: Phase, playlists: readonly Playlist[]): string {
  if ('ambience' in phase.sound) return ambienceName(phase.sound.ambience);
  const { playlistId } = phase.sound;
  return playlists.find((p) => p.id === playlistId)?.tracks[0]?.title ?? ambienceName(FALLBACK_AMBIENCE);
}

/** A voice by name, with the playlist and place it comes from when it is a library track. */
function voiceName(voice: Voice, playlists: readonly Playlist[]) {
  if (voice.root === 'assets') {
    const ambience = Object.values(AMBIENCES).find((a) => a.mediaPath === voice.mediaPath);
    return { name: ambience ? ambienceName(ambience.id) : voice.mediaPath, playlist: null, index: -1 };
  }
  for (const playlist of playlists) {
    const index = playlist.tracks.findIndex((t) => trackMediaPath(t) === voice.mediaPath);
    if (index >= 0) return { name: playlist.tracks[index]!.title || voice.mediaPath, playlist, index };
  }
  return { name: voice.mediaPath, playlist: null, index: -1 };
}

/**
 * What the room hears most now, and what follows it: the next track of its playlist, or else the
 * next phase's sound when that differs. Silence (paused, quiet, closed) plays nothing.
 */
export function whatPlays(state: SessionState, run: SessionRun): WhatPlays {
  const { sound } = state;
  const loudest = sound.voices.reduce<Voice | null>((best, v) => (v.gain > (best?.gain ?? 0) ? v : best), null);
  if (!loudest || sound.master <= 0) return { now: null, next: null };
  const current = voiceName(loudest, run.playlists);
  if (current.playlist && current.playlist.tracks.length > 1) {
    const following = current.playlist.tracks[(current.index + 1) % current.playlist.tracks.length]!;
    return { now: current.name, next: following.title };
  }
  const nextPhase = run.program.phases[state.phaseIndex + 1];
  const coming = state.status === 'treatment' && nextPhase ? soundName(nextPhase, run.playlists) : null;
  return { now: current.name, next: coming && coming !== current.name ? `${coming} in ${nextPhase!.name}` : null };
}
