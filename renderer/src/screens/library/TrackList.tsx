import { useState } from 'react';
import { formatLength } from '@domain/session/format';
import type { LibraryTrack } from '@domain/library/track';
import { TRACK_TAG_LABELS } from '@domain/library/track-tags';
import { codecName, willNotPlay } from '@domain/library/playability';
import { mediaUrl } from '../../ipc/client';

const ROW_PX = 56;
const VISIBLE_PX = 448;
const OVERSCAN = 6;

/**
 * Every matching track, but only the rows in view are in the page, so ten thousand tracks
 * scroll as lightly as ten.
 */
export function TrackList({
  tracks,
  selected,
  onToggle,
}: {
  tracks: LibraryTrack[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(tracks.length, Math.ceil((scrollTop + VISIBLE_PX) / ROW_PX) + OVERSCAN);
  return (
    <div
      className="track-list"
      style={{ height: VISIBLE_PX }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      tabIndex={-1}
    >
      <ul aria-label="Tracks" style={{ height: tracks.length * ROW_PX }}>
        {tracks.slice(first, last).map((track, i) => (
          <li
            key={track.id}
            aria-setsize={tracks.length}
            aria-posinset={first + i + 1}
            style={{ transform: `translateY(${(first + i) * ROW_PX}px)`, height: ROW_PX }}
          >
            <label>
              <input type="checkbox" checked={selected.has(track.id)} onChange={() => onToggle(track.id)} />
              {track.cover ? (
                <img
                  className="cover"
                  src={mediaUrl('library', track.cover)}
                  alt=""
                  width={40}
                  height={40}
                  loading="lazy"
                />
              ) : (
                <span className="cover" aria-hidden="true" />
              )}
              <span className="track-title">{track.title}</span>
              {track.playable === false ? (
                <span className="will-not-play" title={willNotPlay(track)}>
                  Will not play here: <span className="codec">{codecName(track)}</span>
                </span>
              ) : (
                <span className="track-meta">
                  {[track.artist, track.album, ...track.tags.map((tag) => TRACK_TAG_LABELS[tag])]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
              <span className="track-length">{formatLength(track.durationSec)}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
