import { useState } from 'react';
import { usePatientActions, usePatientStore } from '../../patient/patient-store';
import { PinInput } from '../../ui/PinInput';

/** The small door back to the staff screens: the clinic PIN, with a wait after wrong guesses. */
export function StaffUnlock() {
  const { unlock, clearError } = usePatientActions();
  const error = usePatientStore((s) => s.error);
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  if (!open) {
    return (
      <button type="button" className="link staff-door" onClick={() => setOpen(true)}>
        Staff
      </button>
    );
  }
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="unlock-title" className="dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void unlock(pin).then((opened) => {
            setPin('');
            if (opened) setOpen(false);
          });
        }}
      >
        <h2 id="unlock-title">Staff unlock</h2>
        <PinInput label="Clinic PIN" value={pin} onChange={setPin} autoFocus />
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
              setOpen(false);
            }}
          >
            Cancel
          </button>
          <button type="submit" className="primary" disabled={pin.length < 4}>
            Unlock
          </button>
        </div>
      </form>
    </div>
  );
}
