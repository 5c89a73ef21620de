import { useEffect } from 'react';
import type { PatientWords } from '@domain/patient/patient-words';
import { usePatientAudio } from '../../audio/room-sound';
import { useVolumeStore } from '../../audio/volume-store';
import { VolumeSlider } from '../../ui/VolumeControls';

/** Step three: a steady test tone and a slider, so the headphones are comfortable before it starts. */
export function VolumeStep({
  words,
  comfort,
  onChange,
}: {
  words: PatientWords;
  comfort: number;
  onChange: (comfort: number) => void;
}) {
  const master = useVolumeStore((s) => s.master);
  const { patientAudio, playing: now } = usePatientAudio();
  const playing = now.playing === 'tone';
  useEffect(() => patientAudio.setLevel(master * comfort), [patientAudio, master, comfort]);
  // The tone never outlives this step.
  useEffect(() => () => patientAudio.stop(), [patientAudio]);
  return (
    <div className="volume-step">
      <button
        type="button"
        className={playing ? 'secondary' : 'primary'}
        aria-pressed={playing}
        onClick={() => (playing ? patientAudio.stop() : patientAudio.playTone())}
      >
        {playing ? words.stopTone : words.playTone}
      </button>
      <VolumeSlider
        label={words.volume}
        className="patient-slider"
        min={5}
        value={comfort}
        onChange={onChange}
        ends={[words.quieter, words.louder]}
      />
      <p className="patient-note">{words.volumeNote}</p>
    </div>
  );
}
