import { useState } from 'react';
import { fieldError, type Draft } from '../../stores/editor-model';
import { FormField } from '../../ui/FormField';

/**
 * A number typed in the unit people use (minutes, %), with its reason beside it when it is
 * not accepted. While it has focus it shows exactly what was typed, so "1.50" or "3." is not
 * rewritten under the cursor by the value it stands for.
 */
export function NumberField({
  label,
  hint,
  value,
  draft,
  min,
  max,
  step = 'any',
  onChange,
  onBlur,
}: {
  label: string;
  hint?: string;
  /** The saved value, in the unit shown. */
  value: number;
  draft?: Draft;
  min?: number;
  max?: number;
  step?: number | 'any';
  onChange: (text: string) => void;
  onBlur: () => void;
}) {
  const [typing, setTyping] = useState<string | null>(null);
  const shown = typing ?? (draft ? String(draft.value) : String(value));
  return (
    <FormField label={label} hint={hint} error={fieldError(draft)}>
      <input
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={shown}
        onFocus={() => setTyping(shown)}
        onChange={(e) => {
          setTyping(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={() => {
          setTyping(null);
          onBlur();
        }}
      />
    </FormField>
  );
}
