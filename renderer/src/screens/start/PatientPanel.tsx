import { useEffect, useState } from 'react';
import { TRACK_TAG_LABELS } from '@domain/library/track-tags';
import { usePatientActions, usePatientStore } from '../../stores/patient-store';
import { NewPinFields, newPinReady } from '../../ui/PinInput';
import { ModalDialog } from '../../ui/ModalDialog';
import { timeOfDay } from '../../ui/time-of-day';
import { useAppStore } from '../../app/app-store';
import { useBooted } from '../../booted';

/**
 * Before a session: open the patient screen (setting the clinic PIN the first time), see the
 * choice that waits for the next session, and clear it when it is not this patient's.
 */
export function PatientPanel() {
  const { load, openPatientScreen, setPin, clearError, clearChoice } = usePatientActions();
  const staff = usePatientStore((s) => s.staff);
  const pending = usePatientStore((s) => s.pending);
  const error = usePatientStore((s) => s.error);
  const [settingPin, setSettingPin] = useState(false);
  const [pin, setPinText] = useState('');
  const [again, setAgain] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  // The start screen stays open for hours: read the choice again when it runs out, so a discarded
  // choice never shows as waiting.
  const timeScale = useAppStore((s) => s.info?.timeScale ?? 1);
  const { sessionClock } = useBooted();
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => void load(), (pending.expiresAt - sessionClock.now()) / timeScale + 50);
    return () => clearTimeout(timer);
  }, [pending, load, timeScale, sessionClock]);

  const choice = pending?.choice;
  const leftOut = choice
    ? [
        ...choice.avoidTags.map((tag) => `no ${TRACK_TAG_LABELS[tag].toLowerCase()}`),
        ...(choice.avoidTrackIds.length ? [`${choice.avoidTrackIds.length} piece(s) left out`] : []),
      ]
    : [];

  return (
    <section className="patient-panel" aria-labelledby="patient-panel-title">
      <h2 id="patient-panel-title">Patient’s choice</h2>
      {pending && choice ? (
        <div className="pending-choice">
          <p role="status">
            Waiting for the next session: <strong>{pending.journeyName}</strong>
            {leftOut.length > 0 && ` · ${leftOut.join(', ')}`} · volume {Math.round(choice.comfort * 100)} %
            {choice.intention ? ' · with an intention for the sheet' : ' · no intention'}
          </p>
          <p className="muted">
            Chosen at {timeOfDay(pending.chosenAt)}; kept until {timeOfDay(pending.expiresAt)} for the next session
            started, then discarded.
          </p>
          <button type="button" className="secondary" onClick={() => void clearChoice()}>
            Clear the patient’s choice
          </button>
        </div>
      ) : (
        <p className="muted">Let the patient choose their music and volume before the session.</p>
      )}
      <button
        type="button"
        onClick={() => (staff?.pinSet ? void openPatientScreen() : setSettingPin(true))}
        disabled={staff === null}
      >
        Open the patient screen
      </button>
      {error && !settingPin && (
        <p role="alert" className="warning">
          {error}
        </p>
      )}
      {settingPin && (
        <ModalDialog
          title="Set a clinic PIN"
          onCancel={() => {
            clearError();
            setSettingPin(false);
          }}
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void setPin(pin).then(async (saved) => {
                if (!saved) return;
                setSettingPin(false);
                await openPatientScreen();
              });
            }}
          >
            <p>Staff enter it to leave the patient screen. Use 4 to 12 digits.</p>
            <NewPinFields pin={pin} again={again} onPin={setPinText} onAgain={setAgain} />
            {error && (
              <p role="alert" className="warning">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  clearError();
                  setSettingPin(false);
                }}
              >
                Cancel
              </button>
              <button type="submit" className="primary" disabled={!newPinReady(pin, again)}>
                Set PIN and open
              </button>
            </div>
          </form>
        </ModalDialog>
      )}
    </section>
  );
}
