/** Digits only, at most twelve: what a clinic PIN can be. */
const digits = (value: string) => value.replace(/\D/g, '').slice(0, 12);

/** A clinic PIN field: digits only, hidden, never offered for autofill. */
export function PinInput({
  label,
  value,
  onChange,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (pin: string) => void;
  autoFocus?: boolean;
}) {
  return (
    <label className="sheet-field">
      {label}
      <input
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        autoFocus={autoFocus}
        value={value}
        onChange={(e) => onChange(digits(e.target.value))}
      />
    </label>
  );
}

/** A new PIN typed twice, saying when the two differ. */
export function NewPinFields({
  pin,
  again,
  onPin,
  onAgain,
}: {
  pin: string;
  again: string;
  onPin: (pin: string) => void;
  onAgain: (pin: string) => void;
}) {
  return (
    <>
      <PinInput label="New PIN (4 to 12 digits)" value={pin} onChange={onPin} />
      <PinInput label="The new PIN again" value={again} onChange={onAgain} />
      {again !== '' && again !== pin && <p className="field-error">The two PINs differ.</p>}
    </>
  );
}

/** True when a new PIN is long enough and typed the same twice. */
export const newPinReady = (pin: string, again: string) => pin.length >= 4 && pin === again;
