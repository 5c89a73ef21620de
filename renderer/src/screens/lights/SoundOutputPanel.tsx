import { useState } from 'react';
import { deviceName, SYSTEM_DEFAULT_ID } from '@domain/audio/sound-output';
import { errorMessage } from '@domain/error-message';
import { useRoomOutput, useRoomOutputControl } from '../../audio/room-output';

/** Where a browser keeps the permission that lets a page name the outputs. */
const NAMES_HELP =
  'This browser hides the outputs’ names. To see them, allow this page the microphone in the browser’s site ' +
  'settings (the icon left of the address), then come back. Stillroom never records: browsers tie the names ' +
  'of sound outputs to that permission.';

/** The room's sound output: the devices the system offers, a Test tone on each, and the chosen one. */
export function SoundOutputPanel() {
  const roomOutput = useRoomOutputControl();
  const { supported, devices, namesHidden, choice, playingOn, lost, testing } = useRoomOutput((s) => s);
  const outputProblem = useRoomOutput((s) => s.problem);
  const [failed, setProblem] = useState<string | null>(null);
  const problem = failed ?? outputProblem;
  const act = (work: () => Promise<void>) => {
    setProblem(null);
    void work().catch((error: unknown) => setProblem(errorMessage(error)));
  };
  const chosenId = choice?.deviceId ?? SYSTEM_DEFAULT_ID;

  return (
    <section className="lights-panel" aria-labelledby="sound-output-title">
      <h2 id="sound-output-title">Sound output</h2>
      <p className="muted">
        Where the session’s music, the patient’s previews and the test tone play: headphones or the room’s speakers. If
        the chosen output disappears during a session, sound stops at once and the console says so; it never moves to
        another device on its own.
      </p>
      {!supported && (
        <p className="warning">This browser cannot choose an output; sound plays on the system’s default.</p>
      )}
      {lost && (
        <p role="alert" className="warning">
          “{lost.name}” is not connected. Sound stays off until it is, or until you choose another output.
        </p>
      )}
      {namesHidden && <p className="muted">{NAMES_HELP}</p>}
      <p role="status" aria-label="Playing on">
        Playing on: {playingOn ?? 'nothing (sound is off)'}
      </p>
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
      <ul className="stack-list" aria-label="Sound outputs">
        {devices.map((device, index) => {
          const name = deviceName(device, index);
          const chosen = device.deviceId === chosenId;
          return (
            <li key={device.deviceId} className="output-row">
              <span className="output-name">
                {name}
                {chosen && (
                  <span className="chosen-mark">
                    {choice ? ' ✓ The room’s output' : ' ✓ Now: no output is chosen for the room'}
                  </span>
                )}
              </span>
              <button
                type="button"
                className="secondary"
                aria-label={`Test ${name}`}
                disabled={testing !== null || !supported}
                onClick={() => act(() => roomOutput.test(device))}
              >
                {testing === device.deviceId ? 'Playing a tone…' : 'Test'}
              </button>
              <button
                type="button"
                aria-label={`Use ${name}`}
                disabled={chosen || !supported}
                onClick={() => act(() => roomOutput.choose(device))}
              >
                Use
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
