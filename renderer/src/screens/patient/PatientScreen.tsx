import { useEffect, useMemo, useState } from 'react';
import { journeyWords } from '@domain/music/journey';
import type { PatientChoice } from '@domain/patient/patient-choice';
import { PATIENT_WORDS } from '@domain/patient/patient-words';
import { useAppStore } from '../../app/app-store';
import { useRoom } from '../../booted';
import { useLibraryActions, useLibraryStore } from '../../stores/library-store';
import { usePatientActions, usePatientStore } from '../../stores/patient-store';
import { useJourneys } from '../../stores/journeys-store';
import { IntentionStep } from './IntentionStep';
import { JourneyStep } from './JourneyStep';
import { LanguageSwitch } from './LanguageSwitch';
import { LeaveOutStep } from './LeaveOutStep';
import { StaffUnlock } from './StaffUnlock';
import { VolumeStep } from './VolumeStep';
import './patient.css';

/** Where the volume starts: halfway, so the first sound in the headphones is never loud. */
const MODERATE_COMFORT = 0.5;

/**
 * What the patient sees before the session: a few calm steps, in English or Spanish, to choose the
 * music, rule out what they would rather not hear, set a comfortable volume and, if they like,
 * write an intention. No settings and no way out except the staff unlock.
 */
export function PatientScreen() {
  const { patientAudio } = useRoom();
  const journeys = useJourneys();
  const error = usePatientStore((s) => s.error);
  const { load, choose } = usePatientActions();
  const { load: loadLibrary } = useLibraryActions();
  const tracks = useLibraryStore((s) => s.tracks);
  const playlists = useLibraryStore((s) => s.playlists);
  const info = useAppStore((s) => s.info);
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [draft, setDraft] = useState<PatientChoice | null>(null);

  useEffect(() => {
    void load();
    void loadLibrary();
    return () => patientAudio.stop();
  }, [load, loadLibrary, patientAudio]);

  const library = useMemo(() => new Map(tracks.map((t) => [t.id, t])), [tracks]);
  // Each opening starts fresh: a choice still waiting may be another patient's, intention and all.
  const choice: PatientChoice | null =
    draft ??
    (journeys[0]
      ? {
          journeyId: journeys[0].id,
          avoidTags: [],
          avoidTrackIds: [],
          comfort: MODERATE_COMFORT,
          intention: '',
          language: info?.defaultLanguage ?? 'en',
        }
      : null);
  if (!choice) return <main className="patient" aria-label="Patient screen" />;
  const words = PATIENT_WORDS[choice.language];
  const journey = journeys.find((j) => j.id === choice.journeyId) ?? journeys[0]!;
  const edit = (change: Partial<PatientChoice>) => setDraft({ ...choice, ...change });
  const keep = (trackId: string) =>
    !choice.avoidTrackIds.includes(trackId) &&
    !(library.get(trackId)?.tags ?? []).some((tag) => choice.avoidTags.includes(tag));
  const go = (to: number) => {
    patientAudio.stop();
    setStep(to);
  };
  const languageSwitch = <LanguageSwitch language={choice.language} onChange={(language) => edit({ language })} />;
  const steps = words.stepTitles;

  return (
    <main className="patient" aria-label="Patient screen" lang={words.locale}>
      <StaffUnlock />
      {done ? (
        <section className="patient-step" aria-labelledby="patient-done">
          {languageSwitch}
          <h1 id="patient-done">{words.thanks}</h1>
          <p className="patient-lead">{words.ready(journeyWords(journey, choice.language).name)}</p>
          <button type="button" className="secondary" onClick={() => setDone(false)}>
            {words.change}
          </button>
        </section>
      ) : (
        <section className="patient-step" aria-labelledby="patient-step-title">
          {languageSwitch}
          <p className="patient-progress">{words.step(step + 1, steps.length)}</p>
          <h1 id="patient-step-title">{steps[step]}</h1>
          {step === 0 && (
            <JourneyStep
              words={words}
              language={choice.language}
              journeys={journeys}
              playlists={playlists}
              chosen={journey.id}
              keep={keep}
              onChoose={(journeyId) => edit({ journeyId })}
            />
          )}
          {step === 1 && (
            <LeaveOutStep
              words={words}
              journey={journey}
              playlists={playlists}
              library={library}
              choice={choice}
              onChange={edit}
            />
          )}
          {step === 2 && (
            <VolumeStep words={words} comfort={choice.comfort} onChange={(comfort) => edit({ comfort })} />
          )}
          {step === 3 && (
            <IntentionStep
              words={words}
              value={choice.intention}
              onChange={(intention) => edit({ intention })}
              clinicKeepsCopies={info?.keepSheetCopies ?? false}
            />
          )}
          {error && (
            <p role="alert" className="warning">
              {error}
            </p>
          )}
          <nav className="patient-nav" aria-label={words.stepsNav}>
            {step > 0 && (
              <button type="button" className="secondary" onClick={() => go(step - 1)}>
                {words.back}
              </button>
            )}
            {step < steps.length - 1 ? (
              <button type="button" className="primary" onClick={() => go(step + 1)}>
                {words.next}
              </button>
            ) : (
              <button
                type="button"
                className="primary"
                onClick={() => void choose({ ...choice, intention: choice.intention.trim() }).then(setDone)}
              >
                {words.done}
              </button>
            )}
          </nav>
        </section>
      )}
    </main>
  );
}
