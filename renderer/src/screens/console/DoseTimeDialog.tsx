import { useState } from 'react';
import { sessionClock } from '../../session/session-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { timeOfDay } from '../../ui/time-of-day';
import { useSettling } from '../../ui/use-settling';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** "10:42" for an input of type time, in the computer's time zone. */
const inputValue = (ms: number) => {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
};

/**
 * The moment a typed clock time means within a session that started at `startedAt` and runs
 * now: that time on the day the session started, or the next day for a session that crossed
 * midnight. The minute the session started counts from its start. Null when it lies outside.
 */
export function doseMomentFromTime(text: string, startedAt: number, now: number): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const day = new Date(startedAt);
  day.setHours(Number(match[1]), Number(match[2]), 0, 0);
  for (const candidate of [day.getTime(), day.getTime() + DAY]) {
    const at = Math.floor(candidate / MINUTE) === Math.floor(startedAt / MINUTE) ? startedAt : candidate;
    if (at >= startedAt && at <= now) return at;
  }
  return null;
}

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
  const [text, setText] = useState(inputValue(doseAt));
  const settling = useSettling();
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
