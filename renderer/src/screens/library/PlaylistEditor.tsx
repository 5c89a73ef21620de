import { useState, type KeyboardEvent } from 'react';
import { MAX_CROSSFADE_SEC, type Playlist } from '../../../../src/audio/playlist';
import { formatClock } from '../../../../src/session/format';
import { useLibraryActions, useLibraryStore } from '../../library/library-store';
import { PlaylistOptions } from '../../ui/PlaylistOptions';

interface Draft {
  id?: string;
  name: string;
  crossfadeSec: number;
  trackIds: string[];
}

const EMPTY: Draft = { name: '', crossfadeSec: 6, trackIds: [] };
const fromPlaylist = (p: Playlist): Draft => ({
  id: p.id,
  name: p.name,
  crossfadeSec: p.crossfadeSec,
  trackIds: p.tracks.map((t) => t.trackId),
});

/** Builds and edits one playlist: tracks in order, reordered by buttons or Alt+arrow keys. */
export function PlaylistEditor({ selected, onAdded }: { selected: string[]; onAdded: () => void }) {
  const tracks = useLibraryStore((s) => s.tracks);
  const playlists = useLibraryStore((s) => s.playlists);
  const { savePlaylist, deletePlaylist } = useLibraryActions();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const byId = new Map(tracks.map((t) => [t.id, t]));
  const total = draft.trackIds.reduce((sum, id) => sum + (byId.get(id)?.durationSec ?? 0), 0);

  const edit = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setSaved(null);
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= draft.trackIds.length) return;
    const trackIds = [...draft.trackIds];
    [trackIds[index], trackIds[target]] = [trackIds[target]!, trackIds[index]!];
    edit({ trackIds });
  };
  const onRowKey = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <section className="playlist-editor" aria-label="Playlist">
      <label>
        Playlist
        <select
          value={draft.id ?? ''}
          onChange={(e) => {
            const found = playlists.find((p) => p.id === e.target.value);
            setDraft(found ? fromPlaylist(found) : EMPTY);
            setSaved(null);
          }}
        >
          <option value="">New playlist</option>
          <PlaylistOptions playlists={playlists} />
        </select>
      </label>
      <label>
        Name
        <input value={draft.name} onChange={(e) => edit({ name: e.target.value })} />
      </label>
      <label>
        Crossfade (seconds)
        <input
          type="number"
          min={0}
          max={MAX_CROSSFADE_SEC}
          value={draft.crossfadeSec}
          onChange={(e) => edit({ crossfadeSec: Math.min(MAX_CROSSFADE_SEC, Math.max(0, Number(e.target.value))) })}
        />
      </label>
      <button
        type="button"
        className="secondary"
        disabled={selected.length === 0}
        onClick={() => {
          edit({ trackIds: [...draft.trackIds, ...selected.filter((id) => !draft.trackIds.includes(id))] });
          onAdded();
        }}
      >
        Add selected tracks ({selected.length})
      </button>
      <p className="muted">
        {draft.trackIds.length} tracks · {formatClock(total)} in all
      </p>
      <ol className="playlist-tracks" aria-label="Playlist tracks">
        {draft.trackIds.map((id, index) => (
          <li key={id} tabIndex={0} onKeyDown={(e) => onRowKey(e, index)}>
            <span>{byId.get(id)?.title ?? 'Missing track'}</span>
            <span className="track-length">{formatClock(byId.get(id)?.durationSec ?? 0)}</span>
            <button
              type="button"
              className="small"
              aria-label={`Move ${byId.get(id)?.title} up`}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="small"
              aria-label={`Move ${byId.get(id)?.title} down`}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="small"
              aria-label={`Remove ${byId.get(id)?.title}`}
              onClick={() => edit({ trackIds: draft.trackIds.filter((t) => t !== id) })}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        {draft.id && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              void deletePlaylist(draft.id!);
              setDraft(EMPTY);
            }}
          >
            Delete playlist
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={!draft.name.trim() || draft.trackIds.length === 0}
          onClick={() =>
            void savePlaylist(draft).then((playlist) => {
              if (!playlist) return;
              setDraft(fromPlaylist(playlist));
              setSaved(`Saved “${playlist.name}”.`);
            })
          }
        >
          Save playlist
        </button>
      </div>
      {saved && <p role="status">{saved}</p>}
    </section>
  );
}
