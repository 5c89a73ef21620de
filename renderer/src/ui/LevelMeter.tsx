import { useEffect, useRef, useState } from 'react';
import { roomSound } from '../audio/room-sound';
import { useVolumeStore } from '../audio/volume-store';
import { sessionTicker } from '../session/session-ticker';

const FLOOR_DB = -60;
/** Often enough to show sound is there; every reading wakes the page, so no more often than that. */
const METER_MS = 400;
/** The plan asks for sound this loud (0..1 amplitude) ... */
const EXPECTED_GAIN = 0.05;
/** ... yet the output stays below this for five seconds of readings in a row: tell staff. */
const SILENT_DB = -70;
const SILENT_POLLS = Math.ceil(5_000 / METER_MS);

/** Shows staff that sound really reaches the output, read from the analyser on the output path. */
export function LevelMeter() {
  const [db, setDb] = useState(FLOOR_DB);
  const [silentButExpected, setSilentButExpected] = useState(false);
  const last = useRef(FLOOR_DB);
  const silentPolls = useRef(0);
  useEffect(() => {
    const timer = setInterval(() => {
      const measured = roomSound.levelDb();
      const level = Math.max(FLOOR_DB, Math.round(measured));
      if (level !== last.current) {
        last.current = level;
        setDb(level);
      }
      const plan = sessionTicker.getState()?.sound;
      const { master, comfort } = useVolumeStore.getState();
      const loudest = Math.max(0, ...(plan?.voices ?? []).map((v) => v.gain));
      const expected = (plan?.master ?? 0) * loudest * master * comfort > EXPECTED_GAIN;
      silentPolls.current = expected && measured < SILENT_DB ? silentPolls.current + 1 : 0;
      setSilentButExpected(silentPolls.current >= SILENT_POLLS);
    }, METER_MS);
    return () => clearInterval(timer);
  }, []);
  const fill = ((db - FLOOR_DB) / -FLOOR_DB) * 100;
  return (
    <>
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
      {silentButExpected && (
        <p role="alert" className="warning">
          Sound should be playing but nothing is reaching the output. The track may be silent or blocked.
        </p>
      )}
    </>
  );
}
