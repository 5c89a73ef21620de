import { useState, type KeyboardEvent } from 'react';
import { describeMove, moveItem } from '@domain/list-order';
import { formatLength } from '@domain/session/format';
import { useDragReorder } from '../../ui/use-drag-reorder';
import { useKeptFocus } from '../../ui/use-kept-focus';

/** Title and length of a track by id, as the library knows it. */
export type TrackInfo = (id: string) => { title: string; durationSec: number };

/**
 * A playlist's tracks in order. A track is moved by dragging its handle (mouse or touch), by
 * its buttons, or with Alt+Up and Alt+Down on its row; each move is announced politely.
 */
export function PlaylistTrackList({
  trackIds,
  info,
  onChange,
}: {
  trackIds: string[];
  info: TrackInfo;
  onChange: (trackIds: string[]) => void;
}) {
  const [announcement, setAnnouncement] = useState('');
  const keepFocus = useKeptFocus(trackIds.join('\n'));
  const count = trackIds.length;

  const move = (from: number, to: number) => {
    const title = info(trackIds[from]!).title;
    if (to < 0 || to >= count || to === from) {
      setAnnouncement(`“${title}” is already at position ${from + 1} of ${count}`);
      return;
    }
    keepFocus();
    onChange(moveItem(trackIds, from, to));
    setAnnouncement(describeMove(title, to, count));
  };
  const { listRef, drag, handleProps, rowState } = useDragReorder<HTMLOListElement>(move);

  const onRowKey = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
  };

  return (
    <>
      <ol
        ref={listRef}
        className={drag ? 'playlist-tracks dragging-list' : 'playlist-tracks'}
        aria-label="Playlist tracks"
        aria-describedby={count > 1 ? 'playlist-tracks-hint' : undefined}
      >
        {trackIds.map((id, index) => {
          const { title, durationSec } = info(id);
          return (
            <li
              key={id}
              tabIndex={0}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              className={rowState(index)}
              style={drag?.from === index ? { transform: `translateY(${drag.offsetY}px)` } : undefined}
              onKeyDown={(e) => onRowKey(e, index)}
            >
              {/* Pointer only; keyboard and screen reader users have the buttons and keys. */}
              <span className="drag-handle" aria-hidden="true" title="Drag to move" {...handleProps(index)}>
                ⠿
              </span>
              <span className="track-position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="playlist-track-title">{title}</span>
              <span className="track-length">{formatLength(durationSec)}</span>
              <button
                type="button"
                className="small"
                aria-label={`Move ${title} up`}
                aria-disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="small"
                aria-label={`Move ${title} down`}
                aria-disabled={index === count - 1}
                onClick={() => move(index, index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="small"
                aria-label={`Remove ${title}`}
                onClick={() => {
                  onChange(trackIds.filter((t) => t !== id));
                  setAnnouncement(`Removed “${title}”`);
                }}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ol>
      {count > 1 && (
        <p className="muted field-hint" id="playlist-tracks-hint">
          Drag a track by its handle, or press Alt+Up or Alt+Down on it, to change the order.
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
