import type { Playlist } from '@domain/audio/playlist';
import type { LibraryTrack } from '@domain/library/track';
import type { TrackTag } from '@domain/library/track-tags';
import type { Journey } from '@domain/music/journey';
import type { PatientChoice } from '@domain/patient/patient-choice';
import type { PatientWords } from '@domain/patient/patient-words';
import { journeyTracks } from './journey-sound';

/** Step two: anything the patient would rather not hear, by kind or track by track. */
export function LeaveOutStep({
  words,
  journey,
  playlists,
  library,
  choice,
  onChange,
}: {
  words: PatientWords;
  journey: Journey;
  playlists: Playlist[];
  library: ReadonlyMap<string, LibraryTrack>;
  choice: PatientChoice;
  onChange: (change: Partial<PatientChoice>) => void;
}) {
  const tracks = journeyTracks(journey, playlists);
  // What a patient can rule out in a word, before looking at single tracks.
  const quickTags = Object.entries(words.tagRules) as [TrackTag, string][];
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  return (
    <div className="leave-out">
      <fieldset className="patient-options">
        <legend>{words.inGeneral}</legend>
        {quickTags.map(([tag, label]) => (
          <label key={tag} className="patient-check">
            <input
              type="checkbox"
              checked={choice.avoidTags.includes(tag)}
              onChange={(e) => onChange({ avoidTags: toggle(choice.avoidTags, tag, e.target.checked) })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {tracks.length === 0 ? (
        <p className="patient-note">{words.noMusic}</p>
      ) : (
        <fieldset className="patient-options">
          <legend>{words.piecesLegend}</legend>
          {tracks.map((track) => {
            const tags = library.get(track.trackId)?.tags ?? [];
            const ruledOutByTag = tags.some((tag) => choice.avoidTags.includes(tag));
            return (
              <label key={track.trackId} className="patient-check">
                <input
                  type="checkbox"
                  checked={ruledOutByTag || choice.avoidTrackIds.includes(track.trackId)}
                  disabled={ruledOutByTag}
                  onChange={(e) =>
                    onChange({ avoidTrackIds: toggle(choice.avoidTrackIds, track.trackId, e.target.checked) })
                  }
                />
                <span>{track.title}</span>
                {tags.length > 0 && (
                  <span className="patient-tags">{tags.map((tag) => words.tagNames[tag]).join(', ')}</span>
                )}
              </label>
            );
          })}
        </fieldset>
      )}
      <p className="patient-note">{words.alwaysSound}</p>
    </div>
  );
}
