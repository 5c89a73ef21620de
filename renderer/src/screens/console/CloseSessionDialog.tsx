import { useId, useState } from 'react';
import type { ChecklistItem } from '@domain/session/checklist';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { timeOfDay } from '../../ui/time-of-day';

/**
 * Closing with something left undone asks first: it names the checklist items not ticked, and
 * before the earliest discharge it asks why, from the clinic's list (never free text, so nothing
 * about the patient reaches the history). Both answers are recorded.
 */
export function CloseSessionDialog({
  unchecked,
  earliestDischargeAt,
  reasons,
  onCancel,
  onClose,
}: {
  unchecked: string[];
  /** Set when the session would close before its earliest discharge. */
  earliestDischargeAt: number | null;
  reasons: ChecklistItem[];
  onCancel: () => void;
  onClose: (answer: { reasonId?: string; uncheckedConfirmed: boolean }) => void;
}) {
  const [reasonId, setReasonId] = useState<string | null>(null);
  const early = earliestDischargeAt !== null;
  const legendId = useId();
  return (
    <ConfirmDialog
      title={early ? 'Close before the earliest discharge?' : 'Close with items not ticked?'}
      cancelLabel="Keep the session open"
      confirmLabel="Close session"
      confirmDisabled={early && reasonId === null}
      onCancel={onCancel}
      onConfirm={() => onClose({ reasonId: reasonId ?? undefined, uncheckedConfirmed: unchecked.length > 0 })}
    >
      {unchecked.length > 0 && (
        <>
          <p>These discharge items are not ticked:</p>
          <ul className="unchecked-items">
            {unchecked.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <p className="muted">Closing anyway records them in the session history as not done.</p>
        </>
      )}
      {early && (
        <fieldset className="close-reasons" aria-labelledby={legendId}>
          <legend id={legendId}>
            The earliest discharge is {timeOfDay(earliestDischargeAt)}. Why does the session close now?
          </legend>
          {reasons.map((reason) => (
            <label key={reason.id}>
              <input
                type="radio"
                name="close-reason"
                value={reason.id}
                checked={reasonId === reason.id}
                onChange={() => setReasonId(reason.id)}
              />
              {reason.label}
            </label>
          ))}
        </fieldset>
      )}
    </ConfirmDialog>
  );
}
