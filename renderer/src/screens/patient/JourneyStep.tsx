import { useRef, type KeyboardEvent } from 'react';
import type { Playlist } from '@domain/audio/playlist';
import { journeyWords, type Journey } from '@domain/music/journey';
import type { PatientWords } from '@domain/patient/patient-words';
import type { Language } from '@domain/sheet/prompt-types';
import { usePatientAudio } from '../../audio/room-sound';
import { previewSource } from './journey-sound';

/**
 * Step one: the clinic's journeys as large cards in the patient's language, each with a short,
 * quiet preview. Listening to one also chooses it, and the chosen card says so in words, with a
 * mark and a filled background, not by its border alone.
 */
export function JourneyStep({
  words,
  language,
  journeys,
  playlists,
  chosen,
  keep,
  onChoose,
}: {
  words: PatientWords;
  language: Language;
  journeys: Journey[];
  playlists: Playlist[];
  chosen: string;
  keep: (trackId: string) => boolean;
  onChoose: (journeyId: string) => void;
}) {
  const { patientAudio, playing } = usePatientAudio();
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
    <>
      <p className="patient-note">{words.journeysHint}</p>
      <div role="radiogroup" aria-label={words.journeys} className="journeys">
        {journeys.map((journey, index) => {
          const source = previewSource(journey, playlists, keep);
          const previewing = playing.previewKey === journey.id;
          const isChosen = journey.id === chosen;
          const shown = journeyWords(journey, language);
          return (
            <div key={journey.id} className={`card journey-card${isChosen ? ' chosen' : ''}`}>
              <button
                type="button"
                role="radio"
                aria-checked={isChosen}
                tabIndex={index === focusable ? 0 : -1}
                ref={(element) => {
                  picks.current[index] = element;
                }}
                className="journey-pick"
                onClick={() => onChoose(journey.id)}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                <span className="journey-name" lang={shown.nameLang}>
                  {shown.name}
                </span>
                <span className="journey-description" lang={shown.descriptionLang}>
                  {shown.description}
                </span>
                {isChosen && (
                  <span className="journey-chosen">
                    <span aria-hidden="true">✓ </span>
                    {words.chosen}
                  </span>
                )}
              </button>
              {source && (
                <button
                  type="button"
                  className="secondary"
                  aria-label={previewing ? words.stopListening(shown.name) : words.listenTo(shown.name)}
                  onClick={() => {
                    if (previewing) return patientAudio.stop();
                    onChoose(journey.id);
                    patientAudio.playPreview(journey.id, source);
                  }}
                >
                  {previewing ? words.stop : words.listen}
                </button>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
