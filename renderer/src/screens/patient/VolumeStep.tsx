import { useEffect, useSyncExternalStore } from 'react';
import { patientAudio } from '../../audio/room-sound';
import { useVolumeStore } from '../../audio/volume-store';
import { VolumeSlider } from '../../ui/VolumeControls';

/** Step three: a steady test tone and a slider, so the headphones are comfortable before it starts. */
export function VolumeStep({ comfort, onChange }: { comfort: number; onChange: (comfort: number) => void }) {
  const master = useVolumeStore((s) => s.master);
  const playing = useSyncExternalStore(patientAudio.subscribe, patientAudio.getSnapshot).playing === 'tone';
  useEffect(() => patientAudio.setLevel(master * comfort), [master, comfort]);
  // The tone never outlives this step.
  useEffect(() => () => patientAudio.stop(), []);
  return (
    <div className="volume-step">
      <button
        type="button"
        className={playing ? 'secondary' : 'primary'}
        aria-pressed={playing}
        onClick={() => (playing ? patientAudio.stop() : patientAudio.playTone())}
      >
        {playing ? 'Stop the test tone' : 'Play a test tone'}
      </button>
      <VolumeSlider label="Comfortable volume" className="patient-slider" min={5} value={comfort} onChange={onChange} />
      <p className="patient-note">Choose a level that feels comfortable. Staff can change it for you at any time.</p>
    </div>
  );
}
