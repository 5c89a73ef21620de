import { useState } from 'react';
import { TRACK_TAG_LABELS, TRACK_TAGS, type TrackTag } from '@domain/library/track-tags';
import { useLibraryActions } from '../../stores/library-store';

/** Tags for the selected tracks, so patients can rule out lyrics, voices and the like. */
export function TagTracks({ selected }: { selected: string[] }) {
  const { tagTracks } = useLibraryActions();
  const [tag, setTag] = useState<TrackTag>('lyrics');
  return (
    <div className="tag-tracks" role="group" aria-label="Tags">
      <label>
        Tag
        <select value={tag} onChange={(e) => setTag(e.target.value as TrackTag)}>
          {TRACK_TAGS.map((t) => (
            <option key={t} value={t}>
              {TRACK_TAG_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={selected.length === 0} onClick={() => void tagTracks(selected, tag, true)}>
        Tag selected ({selected.length})
      </button>
      <button
        type="button"
        className="secondary"
        disabled={selected.length === 0}
        onClick={() => void tagTracks(selected, tag, false)}
      >
        Untag selected
      </button>
    </div>
  );
}
