import type { Playlist } from '../audio/playlist';
import { FALLBACK_AMBIENCE } from '../audio/sound-plan';
import type { TrackTag } from '../library/track-tags';
import { phaseRole, type Phase, type Program } from '../session/program';
import type { Journey } from './journey';

/** What a patient ruled out: tracks with these tags, and these tracks. */
export interface MusicToAvoid {
  tags: readonly TrackTag[];
  trackIds: readonly string[];
}

/**
 * The program and playlists a session starts with. A patient's journey gives each part of the
 * program its sound; without one, a playlist staff chose plays in the treatment phases. Tracks
 * the patient ruled out are left out of this session's copies of the playlists, and a phase
 * whose playlist is gone or left empty plays built-in ambience: the room is never silent.
 */
export function sessionMusic(options: {
  program: Program;
  journey?: Journey;
  playlist?: Playlist;
  playlists: readonly Playlist[];
  tagsOf: (trackId: string) => readonly TrackTag[];
  avoid?: MusicToAvoid;
}): { program: Program; playlists: Playlist[] } {
  const { program, journey, playlist, tagsOf, avoid } = options;
  const library = new Map([...options.playlists, ...(playlist ? [playlist] : [])].map((p) => [p.id, p]));
  const keep = (trackId: string) =>
    !avoid || (!avoid.trackIds.includes(trackId) && !tagsOf(trackId).some((tag) => avoid.tags.includes(tag)));

  const chosen = (phase: Phase, index: number): Phase['sound'] => {
    const { volume } = phase.sound;
    if (journey) return { ...journey.sounds[phaseRole(program, index)], volume };
    if (playlist && phase.kind === 'treatment') return { playlistId: playlist.id, volume };
    return phase.sound;
  };

  const snapshots = new Map<string, Playlist>();
  const phases = program.phases.map((phase, index) => {
    const sound = chosen(phase, index);
    if (!('playlistId' in sound)) return { ...phase, sound };
    const source = library.get(sound.playlistId);
    const tracks = source?.tracks.filter((track) => keep(track.trackId)) ?? [];
    if (!source || tracks.length === 0)
      return { ...phase, sound: { ambience: FALLBACK_AMBIENCE, volume: sound.volume } };
    snapshots.set(source.id, { ...source, tracks });
    return { ...phase, sound };
  });
  return { program: { ...program, phases }, playlists: [...snapshots.values()] };
}
