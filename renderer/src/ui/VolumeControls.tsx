import { useVolumeStore } from '../audio/volume-store';

/**
 * A volume as a percentage slider, moved in steps of five with the mouse, a finger or the arrow
 * keys; `ends` names its two ends under it (quieter, louder) for someone unsure which way is which.
 */
export function VolumeSlider({
  label,
  value,
  onChange,
  min = 0,
  className,
  ends,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  className?: string;
  ends?: [string, string];
}) {
  const percent = Math.round(value * 100);
  return (
    <label className={className}>
      {label}
      <input
        type="range"
        min={min}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={`${percent} %`}
        onChange={(e) => onChange(Number(e.target.value) / 100)}
      />
      {ends && (
        <span className="volume-ends" aria-hidden="true">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </span>
      )}
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
