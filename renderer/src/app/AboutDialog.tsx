import { useEffect, useState } from 'react';
import type { AboutInfo } from '@domain/ipc/contract';
import { api } from '../ipc/client';
import { ModalDialog } from '../ui/ModalDialog';
import { errorMessage } from '@domain/error-message';

/**
 * The About box: the version (from app.info), what the app runs on, its licence, the
 * built-in ambience's licence and the open-source packages it ships with. Escape or Close
 * returns focus to the About link.
 */
export function AboutDialog({ version, onClose }: { version: string; onClose: () => void }) {
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api['app.about']({}).then(
      (info) => current && setAbout(info),
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <ModalDialog title="About Stillroom" className="about-dialog" onCancel={onClose}>
      <p>Version {version}</p>
      <p className="not-a-monitor">
        Stillroom is not a medical device and not a monitoring device. It runs the room’s sound, light and timers and
        reminds staff of checks; it measures nothing about the patient and never replaces the clinic’s monitoring
        equipment, its chart or the clinician’s judgement.
      </p>
      {error && <p role="alert">The details could not be loaded: {error}</p>}
      {about && (
        <>
          <p className="muted">{runtimeLine(about.runtime)}</p>
          <h3>Stillroom’s licence</h3>
          <p>{about.appLicence}</p>
          <h3>Built-in ambience</h3>
          {about.ambienceLicence.split('\n\n').map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <h3>Open-source software in Stillroom</h3>
          <ul aria-label="Open-source software" className="about-credits">
            {about.credits.map((credit) => (
              <li key={credit.name}>
                {credit.name} {credit.version}: {credit.licence}
              </li>
            ))}
          </ul>
          {about.runtime.electron && (
            <p className="muted">
              Electron’s and Chromium’s licences are in LICENSE.electron.txt and LICENSES.chromium.html in Stillroom’s
              install folder (on a Mac, in the app’s Contents/Resources).
            </p>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

function runtimeLine(runtime: AboutInfo['runtime']): string {
  if (runtime.electron === null) return `Running in the web host on Node.js ${runtime.node}.`;
  return `Electron ${runtime.electron}, Chromium ${runtime.chromium ?? 'unknown'}, Node.js ${runtime.node}.`;
}
