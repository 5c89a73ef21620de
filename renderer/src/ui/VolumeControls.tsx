import { useVolumeStore } from '../audio/volume-store';

/** The room's volume and the patient's comfort level, as sliders usable with gloves or keys. */
export function VolumeControls() {
  const master = useVolumeStore((s) => s.master);
  const comfort = useVolumeStore((s) => s.comfort);
  const { setMaster, setComfort } = useVolumeStore((s) => s.actions);
  return (
    <div className="volumes">
      <label>
        Volume
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(master * 100)}
          aria-valuetext={`${Math.round(master * 100)} %`}
          onChange={(e) => setMaster(Number(e.target.value) / 100)}
        />
      </label>
      <label>
        Patient comfort
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(comfort * 100)}
          aria-valuetext={`${Math.round(comfort * 100)} %`}
          onChange={(e) => setComfort(Number(e.target.value) / 100)}
        />
      </label>
    </div>
  );
}
