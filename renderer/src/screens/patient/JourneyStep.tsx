import { useSyncExternalStore } from 'react';
import type { Playlist } from '../../../../src/audio/playlist';
import type { Journey } from '../../../../src/music/journey';
import { patientAudio } from '../../audio/room-sound';
import { previewSource } from './journey-sound';

/** Step one: the clinic's journeys as large cards, each with a short, quiet preview. */
export function JourneyStep({
  journeys,
  playlists,
  chosen,
  keep,
  onChoose,
}: {
  journeys: Journey[];
  playlists: Playlist[];
  chosen: string;
  keep: (trackId: string) => boolean;
  onChoose: (journeyId: string) => void;
}) {
  const playing = useSyncExternalStore(patientAudio.subscribe, patientAudio.getSnapshot);
  return (
    <div role="radiogroup" aria-label="Music for your session" className="journeys">
      {journeys.map((journey) => {
        const source = previewSource(journey, playlists, keep);
        const previewing = playing.previewKey === journey.id;
        return (
          <div key={journey.id} className={`journey-card${journey.id === chosen ? ' chosen' : ''}`}>
            <button
              type="button"
              role="radio"
              aria-checked={journey.id === chosen}
              className="journey-pick"
              onClick={() => onChoose(journey.id)}
            >
              <span className="journey-name">{journey.name}</span>
              <span className="journey-description">{journey.description}</span>
            </button>
            {source && (
              <button
                type="button"
                className="secondary"
                aria-label={`${previewing ? 'Stop' : 'Listen to'} ${journey.name}`}
                onClick={() => (previewing ? patientAudio.stop() : patientAudio.playPreview(journey.id, source))}
              >
                {previewing ? 'Stop' : 'Listen'}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
