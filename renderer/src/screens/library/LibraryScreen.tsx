import { useEffect, useMemo, useState } from 'react';
import {
  LENGTH_FILTERS,
  searchTracks,
  sortTracks,
  TRACK_ORDERS,
  type LengthFilter,
  type TrackOrder,
} from '@domain/library/track';
import { useAppActions } from '../../app/app-store';
import { useLibraryActions, useLibraryStore } from '../../stores/library-store';
import { ImportPanel } from './ImportPanel';
import { PlaylistEditor } from './PlaylistEditor';
import { RemoveTracks } from './RemoveTracks';
import { TagTracks } from './TagTracks';
import { TrackList } from './TrackList';
import './library.css';

const LENGTH_LABELS: Record<LengthFilter, string> = {
  any: 'Any length',
  short: 'Under 5 minutes',
  medium: '5 to 20 minutes',
  long: 'Over 20 minutes',
};

const ORDER_LABELS: Record<TrackOrder, string> = {
  album: 'Artist, album and track',
  title: 'Title',
  artist: 'Artist',
  length: 'Length',
  added: 'Date added',
};

/** The clinic's music: add files, find tracks, and build playlists from them. */
export function LibraryScreen() {
  const { show } = useAppActions();
  const { load } = useLibraryActions();
  const tracks = useLibraryStore((s) => s.tracks);
  const error = useLibraryStore((s) => s.error);
  const checking = useLibraryStore((s) => s.checking);
  const [query, setQuery] = useState('');
  const [length, setLength] = useState<LengthFilter>('any');
  const [order, setOrder] = useState<TrackOrder>('album');
  const [reverse, setReverse] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const shown = useMemo(
    () => sortTracks(searchTracks(tracks, query, length), order, reverse),
    [tracks, query, length, order, reverse],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const toggle = (id: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <main className="library">
      <nav className="sheet-actions" aria-label="Library actions">
        <button type="button" className="secondary" onClick={() => show('room')}>
          Back
        </button>
      </nav>
      <h1>Music library</h1>
      {error && (
        <p role="alert" className="warning">
          {error}
        </p>
      )}
      <ImportPanel />
      {checking > 0 && (
        <p className="muted" role="status">
          Checking that the new music plays here…
        </p>
      )}
      <div className="library-columns">
        <section className="library-tracks" aria-label="Library tracks">
          <div className="library-filters">
            <label>
              Search
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder="Title, artist or album"
              />
            </label>
            <label>
              Length
              <select value={length} onChange={(e) => setLength(e.target.value as LengthFilter)}>
                {Object.keys(LENGTH_FILTERS).map((key) => (
                  <option key={key} value={key}>
                    {LENGTH_LABELS[key as LengthFilter]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Sort by
              <select value={order} onChange={(e) => setOrder(e.target.value as TrackOrder)}>
                {TRACK_ORDERS.map((key) => (
                  <option key={key} value={key}>
                    {ORDER_LABELS[key]}
                  </option>
                ))}
              </select>
            </label>
            <label className="reverse-order">
              <input type="checkbox" checked={reverse} onChange={(e) => setReverse(e.target.checked)} />
              Reverse
            </label>
          </div>
          <p className="muted" role="status">
            {shown.length} of {tracks.length} tracks
          </p>
          <TrackList tracks={shown} selected={selected} onToggle={toggle} />
          <TagTracks selected={[...selected]} />
          <RemoveTracks selected={[...selected]} onRemoved={() => setSelected(new Set())} />
        </section>
        <PlaylistEditor selected={[...selected]} onAdded={() => setSelected(new Set())} />
      </div>
    </main>
  );
}
