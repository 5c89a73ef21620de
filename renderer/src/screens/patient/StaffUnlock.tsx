import { useState } from 'react';
import { usePatientActions, usePatientStore } from '../../patient/patient-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { PinInput } from '../../ui/PinInput';

/** The small door back to the staff screens: the clinic PIN, with a wait after wrong guesses. */
export function StaffUnlock() {
  const { unlock, clearError } = usePatientActions();
  const error = usePatientStore((s) => s.error);
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
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
              void unlock(pin).then((opened) => {
                setPin('');
                if (opened) setOpen(false);
              });
            }}
          >
            <PinInput label="Clinic PIN" value={pin} onChange={setPin} autoFocus />
            {error && (
              <p role="alert" className="warning">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="secondary" onClick={cancel}>
                Cancel
              </button>
              <button type="submit" className="primary" disabled={pin.length < 4}>
                Unlock
              </button>
            </div>
          </form>
        </ModalDialog>
      )}
    </>
  );
}
