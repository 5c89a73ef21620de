import { useEffect, useMemo, useState } from 'react';
import type { PatientChoice } from '../../../../src/patient/patient-choice';
import { patientAudio } from '../../audio/room-sound';
import { useVolumeStore } from '../../audio/volume-store';
import { useLibraryActions, useLibraryStore } from '../../library/library-store';
import { usePatientActions, usePatientStore } from '../../patient/patient-store';
import { JourneyStep } from './JourneyStep';
import { LeaveOutStep } from './LeaveOutStep';
import { StaffUnlock } from './StaffUnlock';
import { VolumeStep } from './VolumeStep';
import './patient.css';

const STEPS = ['Choose your music', 'Anything to leave out?', 'Your volume', 'An intention, if you like'];
const INTENTION_MAX = 300;

/**
 * What the patient sees before the session: a few calm steps to choose the music, rule out what
 * they would rather not hear, set a comfortable volume and, if they like, write an intention.
 * No settings and no way out except the staff unlock.
 */
export function PatientScreen() {
  const journeys = usePatientStore((s) => s.journeys);
  const error = usePatientStore((s) => s.error);
  const { load, choose } = usePatientActions();
  const { load: loadLibrary } = useLibraryActions();
  const tracks = useLibraryStore((s) => s.tracks);
  const playlists = useLibraryStore((s) => s.playlists);
  const comfortNow = useVolumeStore((s) => s.comfort);
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [draft, setDraft] = useState<PatientChoice | null>(null);

  useEffect(() => {
    void load();
    void loadLibrary();
    return () => patientAudio.stop();
  }, [load, loadLibrary]);

  const library = useMemo(() => new Map(tracks.map((t) => [t.id, t])), [tracks]);
  // Each opening starts fresh: a choice still waiting may be another patient's, intention and all.
  const choice: PatientChoice | null =
    draft ??
    (journeys[0]
      ? {
          journeyId: journeys[0].id,
          avoidTags: [],
          avoidTrackIds: [],
          comfort: Math.max(0.05, comfortNow),
          intention: '',
        }
      : null);
  if (!choice) return <main className="patient" aria-label="Patient screen" />;
  const journey = journeys.find((j) => j.id === choice.journeyId) ?? journeys[0]!;
  const edit = (change: Partial<PatientChoice>) => setDraft({ ...choice, ...change });
  const keep = (trackId: string) =>
    !choice.avoidTrackIds.includes(trackId) &&
    !(library.get(trackId)?.tags ?? []).some((tag) => choice.avoidTags.includes(tag));
  const go = (to: number) => {
    patientAudio.stop();
    setStep(to);
  };

  return (
    <main className="patient" aria-label="Patient screen">
      <StaffUnlock />
      {done ? (
        <section className="patient-step" aria-labelledby="patient-done">
          <h1 id="patient-done">Thank you</h1>
          <p className="patient-lead">
            Your choice is ready: {journey.name}. A member of staff will be with you in a moment.
          </p>
          <button type="button" className="secondary" onClick={() => setDone(false)}>
            Change my choice
          </button>
        </section>
      ) : (
        <section className="patient-step" aria-labelledby="patient-step-title">
          <p className="patient-progress">
            Step {step + 1} of {STEPS.length}
          </p>
          <h1 id="patient-step-title">{STEPS[step]}</h1>
          {step === 0 && (
            <JourneyStep
              journeys={journeys}
              playlists={playlists}
              chosen={journey.id}
              keep={keep}
              onChoose={(journeyId) => edit({ journeyId })}
            />
          )}
          {step === 1 && (
            <LeaveOutStep journey={journey} playlists={playlists} library={library} choice={choice} onChange={edit} />
          )}
          {step === 2 && <VolumeStep comfort={choice.comfort} onChange={(comfort) => edit({ comfort })} />}
          {step === 3 && (
            <label className="patient-intention">
              Your intention (optional)
              <textarea
                rows={4}
                maxLength={INTENTION_MAX}
                value={choice.intention}
                onChange={(e) => edit({ intention: e.target.value })}
              />
              <span className="patient-note">
                It is printed on the sheet you take home today and not kept anywhere afterwards.
              </span>
            </label>
          )}
          {error && (
            <p role="alert" className="warning">
              {error}
            </p>
          )}
          <nav className="patient-nav" aria-label="Steps">
            {step > 0 && (
              <button type="button" className="secondary" onClick={() => go(step - 1)}>
                Back
              </button>
            )}
            {step < STEPS.length - 1 ? (
              <button type="button" className="primary" onClick={() => go(step + 1)}>
                Next
              </button>
            ) : (
              <button
                type="button"
                className="primary"
                onClick={() => void choose({ ...choice, intention: choice.intention.trim() }).then(setDone)}
              >
                Done
              </button>
            )}
          </nav>
        </section>
      )}
    </main>
  );
}
