import { useEffect, useState } from 'react';
import { programOffer } from '@domain/clinic/program-offer';
import type { Program } from '@domain/session/program';
import { usePrograms } from '../../stores/programs-store';
import { useClinicActions, useClinicStore } from '../../stores/clinic-store';
import { programLengths } from '../clinic/program-summary';
import { useLibraryActions, useLibraryStore } from '../../stores/library-store';
import { usePatientStore } from '../../stores/patient-store';
import { useSessionActions } from '../../session/session-store';
import { PlaylistOptions } from '../../ui/PlaylistOptions';
import { OutputCheck } from './OutputCheck';
import { PatientPanel } from './PatientPanel';
import './start.css';

/** Before a session: staff choose the program (none is chosen for them unless the clinic set a default) and start. */
export function StartScreen() {
  const programs = usePrograms();
  const clinic = useClinicStore((s) => s.config);
  const { load: loadClinic } = useClinicActions();
  const { start } = useSessionActions();
  const [picked, setPicked] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const playlists = useLibraryStore((s) => s.playlists);
  const pending = usePatientStore((s) => s.pending);
  const { load } = useLibraryActions();
  const [music, setMusic] = useState('');
  useEffect(() => {
    void load();
    void loadClinic();
  }, [load, loadClinic]);

  if (!clinic) return null;
  const offer = programOffer(programs, clinic);
  const chosen = [...offer.treatment, ...offer.training].find((p) => p.id === (picked ?? offer.preselectedId));

  return (
    <main className="start">
      <h1>Ready for the next session</h1>
      <div className="start-programs">
        <ProgramChoice legend="Program" programs={offer.treatment} chosenId={chosen?.id} onChoose={setPicked} />
        {offer.training.length > 0 && (
          <ProgramChoice
            legend="Training"
            training
            programs={offer.training}
            chosenId={chosen?.id}
            onChoose={setPicked}
          />
        )}
        {chosen?.description && <p className="program-about">{chosen.description}</p>}
      </div>
      <div className="start-side">
        <PatientPanel />
        <label className="music-choice">
          Music during treatment (when the patient has not chosen)
          <select value={music} onChange={(e) => setMusic(e.target.value)}>
            <option value="">The program's built-in ambience</option>
            <PlaylistOptions playlists={playlists} />
          </select>
        </label>
        <OutputCheck />
        <div className="start-action">
          <button
            type="button"
            className="primary huge"
            disabled={starting || !chosen}
            aria-describedby="start-note"
            onClick={() => {
              if (!chosen) return;
              setStarting(true);
              void start(chosen.id, music || undefined).finally(() => setStarting(false));
            }}
          >
            Start session
          </button>
          <p id="start-note" className="muted">
            {!chosen
              ? 'Choose the program for this patient.'
              : pending
                ? `Starts ${chosen.name} with the patient’s choice: ${pending.journeyName}.`
                : `Starts ${chosen.name}.`}
          </p>
        </div>
      </div>
    </main>
  );
}

/** One group of compact program cards as radio buttons; training programs say so on every card. */
function ProgramChoice({
  legend,
  programs,
  chosenId,
  onChoose,
  training = false,
}: {
  legend: string;
  programs: Program[];
  chosenId: string | undefined;
  onChoose: (id: string) => void;
  training?: boolean;
}) {
  return (
    <fieldset className="programs">
      <legend>{legend}</legend>
      {programs.map((program) => (
        <label key={program.id} className={`program-card${program.id === chosenId ? ' chosen' : ''}`}>
          <input
            type="radio"
            name="program"
            value={program.id}
            checked={program.id === chosenId}
            onChange={() => onChoose(program.id)}
          />
          <span className="program-name">
            {program.name}
            {training && <span className="training-mark">Training</span>}
          </span>
          <span className="program-detail">{programLengths(program)}</span>
        </label>
      ))}
    </fieldset>
  );
}
