import { useEffect, useState } from 'react';
import { DEFAULT_PROGRAM_ID } from '../../../../src/session/builtin-programs';
import { formatClock } from '../../../../src/session/format';
import { plannedTreatmentSec, recoveryPhase } from '../../../../src/session/program';
import { useAppStore } from '../../app/app-store';
import { useLibraryActions, useLibraryStore } from '../../library/library-store';
import { useSessionActions } from '../../session/session-store';
import { PlaylistOptions } from '../../ui/PlaylistOptions';
import { PatientPanel } from './PatientPanel';
import './start.css';

/** Before a session: staff choose the program and start. */
export function StartScreen() {
  const programs = useAppStore((s) => s.programs);
  const { start } = useSessionActions();
  const [chosen, setChosen] = useState(DEFAULT_PROGRAM_ID);
  const [starting, setStarting] = useState(false);
  const playlists = useLibraryStore((s) => s.playlists);
  const { load } = useLibraryActions();
  const [music, setMusic] = useState('');
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="start">
      <h1>Ready for the next session</h1>
      <fieldset className="programs">
        <legend>Program</legend>
        {programs.map((program) => (
          <label key={program.id} className={`program-card${program.id === chosen ? ' chosen' : ''}`}>
            <input
              type="radio"
              name="program"
              value={program.id}
              checked={program.id === chosen}
              onChange={() => setChosen(program.id)}
            />
            <span className="program-name">{program.name}</span>
            <span className="program-detail">
              Treatment {formatClock(plannedTreatmentSec(program))} · recovery{' '}
              {formatClock(recoveryPhase(program).durationSec)}
            </span>
            <span className="program-description">{program.description}</span>
          </label>
        ))}
      </fieldset>
      <PatientPanel />
      <label className="music-choice">
        Music during treatment (when the patient has not chosen)
        <select value={music} onChange={(e) => setMusic(e.target.value)}>
          <option value="">The program's built-in ambience</option>
          <PlaylistOptions playlists={playlists} />
        </select>
      </label>
      <button
        type="button"
        className="primary huge"
        disabled={starting || programs.length === 0}
        onClick={() => {
          setStarting(true);
          void start(chosen, music || undefined).finally(() => setStarting(false));
        }}
      >
        Start session
      </button>
    </main>
  );
}
