import { useEffect, useState } from 'react';
import { usePatientActions, usePatientStore } from '../../stores/patient-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { PinInput } from '../../ui/PinInput';

/**
 * Seconds left before the PIN may be tried again, counted down from when the main process said
 * how long to wait. Each second is worked out from that moment, not counted tick by tick.
 */
function useSecondsLeft(): number {
  const staff = usePatientStore((s) => s.staff);
  const [left, setLeft] = useState(0);
  useEffect(() => {
    const wait = staff?.retryInSec ?? 0;
    const until = performance.now() + wait * 1000;
    const update = () => setLeft(Math.max(0, Math.ceil((until - performance.now()) / 1000)));
    const first = setTimeout(update, 0);
    const timer = wait > 0 ? setInterval(update, 250) : undefined;
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [staff]);
  return left;
}

/** The small door back to the staff screens: the clinic PIN, with a wait after wrong guesses. */
export function StaffUnlock() {
  const { unlock, clearError } = usePatientActions();
  const error = usePatientStore((s) => s.error);
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  // One guess at a time, as the main process checks them: a second press meanwhile would only be told to wait.
  const [checking, setChecking] = useState(false);
  const secondsLeft = useSecondsLeft();
  const cancel = () => {
    clearError();
    setPin('');
    setOpen(false);
  };
  return (
    <>
      <button type="button" className="link staff-door" onClick={() => setOpen(true)}>
        Staff
      </button>
      {open && (
        <ModalDialog title="Staff unlock" onCancel={cancel}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (secondsLeft > 0 || checking) return;
              setChecking(true);
              void unlock(pin)
                .then((opened) => {
                  setPin('');
                  if (opened) setOpen(false);
                })
                .finally(() => setChecking(false));
            }}
          >
            <PinInput label="Clinic PIN" value={pin} onChange={setPin} autoFocus />
            {/* The main process's own "Please wait" is replaced by the countdown below. */}
            {error && !(secondsLeft > 0 && error.startsWith('Please wait')) && (
              <p role="alert" className="warning">
                {error}
              </p>
            )}
            {secondsLeft > 0 && (
              <p role="timer" className="muted">
                Please wait {secondsLeft} s before trying the PIN again.
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="secondary" onClick={cancel}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={pin.length < 4 || secondsLeft > 0 || checking}>
                Unlock
              </button>
            </div>
          </form>
        </ModalDialog>
      )}
    </>
  );
}
