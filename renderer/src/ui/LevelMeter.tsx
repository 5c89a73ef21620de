import { FLOOR_DB, useOutputReading } from '../audio/output-watch';

/** Shows staff that sound really reaches the output, read from the analyser on the output path. */
export function LevelMeter() {
  const db = useOutputReading((r) => r.db);
  const fill = ((db - FLOOR_DB) / -FLOOR_DB) * 100;
  return (
    <div className="meter">
      <span className="meter-label" id="output-level-label">
        Output level
      </span>
      <div
        role="meter"
        aria-labelledby="output-level-label"
        aria-valuemin={FLOOR_DB}
        aria-valuemax={0}
        aria-valuenow={db}
        aria-valuetext={db <= FLOOR_DB ? 'silent' : `${db} dBFS`}
        className="meter-track"
      >
        <div className="meter-fill" style={{ transform: `scaleX(${fill / 100})` }} />
      </div>
      <span className="meter-value">{db <= FLOOR_DB ? 'silent' : `${db} dB`}</span>
    </div>
  );
}
