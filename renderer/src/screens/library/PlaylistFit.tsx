import { playlistAgainstPhases } from '@domain/audio/playlist-fit';
import { useJourneys } from '../../stores/journeys-store';
import { usePrograms } from '../../stores/programs-store';

/**
 * One pass of the playlist being edited against every program phase and journey part that
 * plays it, so staff see at a glance whether it loops or is cut short.
 */
export function PlaylistFit({ playlistId, passSec }: { playlistId: string | undefined; passSec: number }) {
  const programs = usePrograms();
  const journeys = useJourneys();
  const fits = playlistId ? playlistAgainstPhases(playlistId, passSec, programs, journeys) : [];
  return (
    <section className="playlist-fit" aria-labelledby="playlist-fit-heading">
      <h2 id="playlist-fit-heading">Against the phases that play it</h2>
      {fits.length > 0 ? (
        <ul aria-label="Phases that play this playlist">
          {fits.map((fit, i) => (
            <li key={i} className={`fit-${fit.kind}`}>
              {fit.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {playlistId
            ? 'No program phase or journey plays this playlist yet.'
            : 'Once it is saved and a program phase or journey names it, its length is shown against theirs here.'}
        </p>
      )}
    </section>
  );
}
