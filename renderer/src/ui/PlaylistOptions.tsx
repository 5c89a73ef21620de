import type { Playlist } from '@domain/audio/playlist';

/** One <option> per playlist, for the selects that choose one. */
export function PlaylistOptions({ playlists }: { playlists: Playlist[] }) {
  return playlists.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));
}
