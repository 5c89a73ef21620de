import { useMemo } from 'react';
import type { Journey } from '@domain/music/journey';
import { journeyEdits } from '../../stores/journey-fields';
import { useJourneysActions } from '../../stores/journeys-editor';
import { mediaUrl } from '../../ipc/client';
import { useLibraryStore } from '../../stores/library-store';
import { FormField } from '../../ui/FormField';

/** The journey's picture: the cover of one of the library's tracks, or none (a calm colour). */
export function CoverField({ journey }: { journey: Journey }) {
  const tracks = useLibraryStore((s) => s.tracks);
  const { edit } = useJourneysActions();
  const covered = useMemo(() => tracks.filter((track) => track.cover !== null), [tracks]);
  const chosen = tracks.find((track) => track.id === journey.coverTrackId);
  const hint =
    covered.length === 0
      ? 'None of the library’s tracks has a cover picture yet.'
      : 'The picture comes from a track in the library.';

  return (
    <div className="cover-field">
      <FormField label="Cover picture" hint={hint}>
        <select value={journey.coverTrackId ?? ''} onChange={(e) => edit(journeyEdits.cover(e.target.value || null))}>
          <option value="">None: a calm colour</option>
          {covered.map((track) => (
            <option key={track.id} value={track.id}>
              {[track.title, track.artist].filter(Boolean).join(' · ')}
            </option>
          ))}
          {journey.coverTrackId && !chosen && (
            <option value={journey.coverTrackId}>A track no longer in the library</option>
          )}
        </select>
      </FormField>
      {chosen?.cover ? (
        <img
          className="cover-preview"
          src={mediaUrl('library', chosen.cover)}
          alt={`Cover picture of ${chosen.title}`}
        />
      ) : (
        <span className="cover-preview none" aria-hidden="true" />
      )}
    </div>
  );
}
