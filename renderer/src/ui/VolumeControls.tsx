import { useVolumeStore } from '../audio/volume-store';

function VolumeSlider({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  const percent = Math.round(value * 100);
  return (
    <label>
      {label}
      <input
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={`${percent} %`}
        onChange={(e) => onChange(Number(e.target.value) / 100)}
      />
    </label>
  );
}

/** The room's volume and the patient's comfort level, as sliders usable with gloves or keys. */
export function VolumeControls() {
  const master = useVolumeStore((s) => s.master);
  const comfort = useVolumeStore((s) => s.comfort);
  const { setMaster, setComfort } = useVolumeStore((s) => s.actions);
  return (
    <div className="volumes">
      <VolumeSlider label="Volume" value={master} onChange={setMaster} />
      <VolumeSlider label="Patient comfort" value={comfort} onChange={setComfort} />
    </div>
  );
}
