import { useState } from 'react';
import { useBooted } from '../../booted';
import { ModalDialog } from '../../ui/ModalDialog';
import { clockTimeInput, doseMomentFromTime, timeOfDay } from '../../ui/time-of-day';
import { useSettling } from '../../ui/use-settling';

/** Staff correct when the dose was given, to the minute, between the start of the session and now. */
export function DoseTimeDialog({
  doseAt,
  startedAt,
  onSave,
  onCancel,
}: {
  doseAt: number;
  startedAt: number;
  onSave: (doseAt: number) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(clockTimeInput(doseAt));
  const settling = useSettling();
  const { sessionClock } = useBooted();
  const chosen = doseMomentFromTime(text, startedAt, sessionClock.now());
  return (
    <ModalDialog title="When was the dose given?" onCancel={onCancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen !== null) onSave(chosen);
        }}
      >
        <label className="dose-time">
          Dose given at
          <input
            type="time"
            value={text}
            aria-describedby="dose-time-hint"
            aria-invalid={chosen === null ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <p id="dose-time-hint" className={chosen === null ? 'field-error' : 'muted'}>
          {chosen === null
            ? `Choose a time between the start of the session (${timeOfDay(startedAt)}) and now.`
            : 'Reminders and the earliest discharge count from this time. The change is kept in the session’s record.'}
        </p>
        <div className="dialog-actions">
          <button type="button" className="secondary" autoFocus onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={settling || chosen === null}>
            Save dose time
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
