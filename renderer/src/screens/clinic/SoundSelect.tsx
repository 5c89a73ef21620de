import { AMBIENCE_IDS, AMBIENCES } from '@domain/audio/ambience';
import type { Playlist } from '@domain/audio/playlist';
import type { JourneySound } from '@domain/music/journey';
import { playlistLabel, soundChoice, soundFromChoice } from './sound-choice';
import { FormField } from '../../ui/FormField';

/**
 * A choice of what plays: a built-in ambience or one of the clinic's playlists, each with its
 * total length. A playlist that has been deleted stays named as such until another is chosen.
 */
export function SoundSelect({
  label,
  hint,
  sound,
  playlists,
  onChange,
}: {
  label: string;
  hint?: string;
  sound: JourneySound;
  playlists: readonly Playlist[];
  onChange: (sound: JourneySound) => void;
}) {
  const value = soundChoice(sound);
  const missing = 'playlistId' in sound && !playlists.some((p) => p.id === sound.playlistId);
  return (
    <FormField label={label} hint={hint}>
      <select
        value={value}
        onChange={(e) => {
          const next = soundFromChoice(e.target.value);
          if (next) onChange(next);
        }}
      >
        <optgroup label="Built-in ambience">
          {AMBIENCE_IDS.map((id) => (
            <option key={id} value={`ambience:${id}`}>
              {AMBIENCES[id].title}
            </option>
          ))}
        </optgroup>
        <optgroup label={playlists.length > 0 ? 'Your playlists' : 'Your playlists (none yet: make them in Library)'}>
          {playlists.map((playlist) => (
            <option key={playlist.id} value={`playlist:${playlist.id}`}>
              {playlistLabel(playlist)}
            </option>
          ))}
          {missing && <option value={value}>A playlist that no longer exists (built-in ambience plays)</option>}
        </optgroup>
      </select>
    </FormField>
  );
}
