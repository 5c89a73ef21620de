import { useState } from 'react';
import { MAX_CROSSFADE_SEC, playlistPassSec, type Playlist } from '@domain/audio/playlist';
import { describeLength } from '@domain/session/format';
import { useLibraryActions, useLibraryStore } from '../../stores/library-store';
import { PlaylistOptions } from '../../ui/PlaylistOptions';
import { PlaylistFit } from './PlaylistFit';
import { PlaylistTrackList } from './PlaylistTrackList';

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

/** Builds and edits one playlist: its tracks in order, its length, and how that fits the phases that play it. */
export function PlaylistEditor({ selected, onAdded }: { selected: string[]; onAdded: () => void }) {
  const tracks = useLibraryStore((s) => s.tracks);
  const playlists = useLibraryStore((s) => s.playlists);
  const { savePlaylist, deletePlaylist } = useLibraryActions();
  const [edited, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const byId = new Map(tracks.map((t) => [t.id, t]));
  // Tracks removed from the library leave the draft too; a playlist deleted meanwhile becomes a new one.
  const draft: Draft = {
    ...edited,
    id: edited.id && playlists.some((p) => p.id === edited.id) ? edited.id : undefined,
    trackIds: edited.trackIds.filter((id) => byId.has(id)),
  };
  const info = (id: string) => byId.get(id) ?? { title: 'Missing track', durationSec: 0 };
  const passSec = playlistPassSec({
    crossfadeSec: draft.crossfadeSec,
    tracks: draft.trackIds.flatMap((id) => byId.get(id) ?? []),
  });

  const edit = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setSaved(null);
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
          // A track this app cannot play stays out of playlists until its file is replaced.
          const refused = selected.filter((id) => byId.get(id)?.playable === false);
          const adding = selected.filter((id) => !draft.trackIds.includes(id) && !refused.includes(id));
          edit({ trackIds: [...draft.trackIds, ...adding] });
          setNote(
            refused.length === 0
              ? null
              : `Left out ${refused.map((id) => `“${byId.get(id)!.title}”`).join(', ')}: ${refused.length === 1 ? 'it' : 'they'} will not play here.`,
          );
          onAdded();
        }}
      >
        Add selected tracks ({selected.length})
      </button>
      {note && (
        <p role="status" className="warning">
          {note}
        </p>
      )}
      <p className="muted">
        {draft.trackIds.length} {draft.trackIds.length === 1 ? 'track' : 'tracks'} · {describeLength(passSec)} for one
        pass, crossfades counted once
      </p>
      <PlaylistTrackList trackIds={draft.trackIds} info={info} onChange={(trackIds) => edit({ trackIds })} />
      <PlaylistFit playlistId={draft.id} passSec={passSec} />
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
