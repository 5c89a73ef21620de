import { useState } from 'react';
import { usePatientActions, usePatientStore } from '../../stores/patient-store';
import { NewPinFields, newPinReady, PinInput } from '../../ui/PinInput';

/** Setting or changing the clinic PIN that closes the staff screens while the patient screen is shown. */
export function StaffPin() {
  const { setPin } = usePatientActions();
  const pinSet = usePatientStore((s) => s.staff?.pinSet ?? false);
  const error = usePatientStore((s) => s.error);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="form-group"
      aria-labelledby="pin-title"
      onSubmit={(event) => {
        event.preventDefault();
        void setPin(next, pinSet ? current : undefined).then((ok) => {
          setSaved(ok);
          if (ok) [setCurrent, setNext, setAgain].forEach((clear) => clear(''));
        });
      }}
    >
      <h2 id="pin-title">Clinic PIN</h2>
      <p>
        Staff enter it to leave the patient screen. It keeps patients out of the settings; it does not protect them from
        someone with access to this computer’s files.
      </p>
      {pinSet && <PinInput label="Current PIN" value={current} onChange={setCurrent} />}
      <NewPinFields pin={next} again={again} onPin={setNext} onAgain={setAgain} />
      <button type="submit" disabled={!newPinReady(next, again) || (pinSet && current.length < 4)}>
        {pinSet ? 'Change the PIN' : 'Set the PIN'}
      </button>
      {saved && <p role="status">The PIN is saved.</p>}
      {error && !saved && (
        <p role="alert" className="warning">
          {error}
        </p>
      )}
    </form>
  );
}
