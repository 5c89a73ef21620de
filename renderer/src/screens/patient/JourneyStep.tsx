import { useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
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
  const picks = useRef<(HTMLButtonElement | null)[]>([]);
  // One tab stop for the group, on the chosen journey (the first when none is), as with native radios.
  const focusable = Math.max(
    0,
    journeys.findIndex((j) => j.id === chosen),
  );
  // Arrow keys move to the next or previous journey and choose it; Home and End jump to the ends.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = journeys.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowDown: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    onChoose(journeys[to]!.id);
    picks.current[to]?.focus();
  };
  return (
    <div role="radiogroup" aria-label="Music for your session" className="journeys">
      {journeys.map((journey, index) => {
        const source = previewSource(journey, playlists, keep);
        const previewing = playing.previewKey === journey.id;
        return (
          <div key={journey.id} className={`card journey-card${journey.id === chosen ? ' chosen' : ''}`}>
            <button
              type="button"
              role="radio"
              aria-checked={journey.id === chosen}
              tabIndex={index === focusable ? 0 : -1}
              ref={(element) => {
                picks.current[index] = element;
              }}
              className="journey-pick"
              onClick={() => onChoose(journey.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
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
