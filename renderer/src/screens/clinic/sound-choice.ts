import { AMBIENCE_IDS, AMBIENCES, type AmbienceId } from '@domain/audio/ambience';
import { playlistPassSec, type Playlist } from '@domain/audio/playlist';
import type { Journey, JourneySound } from '@domain/music/journey';
import { describeLength } from '@domain/session/format';

/**
 * A sound as one value of a select: "ambience:<id>" or "playlist:<id>", so built-in
 * ambience and the clinic's playlists can sit in one list.
 */

/** The select value for a sound. */
export function soundChoice(sound: JourneySound): string {
  return 'ambience' in sound ? `ambience:${sound.ambience}` : `playlist:${sound.playlistId}`;
}

/** The sound a select value stands for; null for a value no sound has. */
export function soundFromChoice(choice: string): JourneySound | null {
  const [kind, ...rest] = choice.split(':');
  const id = rest.join(':');
  if (kind === 'ambience' && (AMBIENCE_IDS as readonly string[]).includes(id)) return { ambience: id as AmbienceId };
  if (kind === 'playlist' && id !== '') return { playlistId: id };
  return null;
}

/** One pass through a playlist, each crossfade counted once, as the Library screen counts it. */
export function playlistLength(playlist: Playlist): string {
  return describeLength(playlistPassSec(playlist));
}

/** A playlist as the select offers it: its name and total length. */
export function playlistLabel(playlist: Playlist): string {
  return `${playlist.name} (${playlistLength(playlist)})`;
}

/** What a sound is, in words: "Soft rain", "Piano (12 min)", or a playlist that is gone. */
export function describeSound(sound: JourneySound, playlists: readonly Playlist[]): string {
  if ('ambience' in sound) return AMBIENCES[sound.ambience].title;
  const playlist = playlists.find((p) => p.id === sound.playlistId);
  return playlist ? playlistLabel(playlist) : 'A playlist that no longer exists (built-in ambience plays)';
}

/** "Piano (12 min) · recovery: Soft rain": each treatment sound once, then what plays in recovery. */
export function journeySummary(journey: Journey, playlists: readonly Playlist[]): string {
  const { recovery, ...treatment } = journey.sounds;
  const sounds = new Set(Object.values(treatment).map((sound) => describeSound(sound, playlists)));
  return `${[...sounds].join(', then ')} · recovery: ${describeSound(recovery, playlists)}`;
}
