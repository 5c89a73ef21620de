import { useConnected } from '../../ipc/connection-store';
import { useSessionActions } from '../../session/session-store';
import type { SessionState } from '@domain/session/state-at';
import { useLiveSession } from '../../session/session-ticker';
import { sameBy } from '../../ui/use-external-value';
import { timeOfDay } from '../../ui/time-of-day';
import { useSettling } from '../../ui/use-settling';

const NONE_DUE: SessionState['dueReminders'] = [];
const sameDue = sameBy((due: SessionState['dueReminders']) => due.map((d) => `${d.reminder.id}@${d.dueAt}`).join('|'));

/** Calm cards for due reminders; silent by design, never a sound during a session. */
export function Reminders() {
  const { control } = useSessionActions();
  const due = useLiveSession((s) => s?.dueReminders ?? NONE_DUE, sameDue);
  // A card that slides in takes no click for a second, so a press meant for another control cannot tick it.
  const settling = useSettling(due.map((d) => d.reminder.id).join('|'));
  const connected = useConnected();
  if (due.length === 0) return null;
  return (
    <section className="reminders" aria-label="Reminders">
      {due.map(({ reminder, dueAt }) => (
        <div className="reminder" key={reminder.id}>
          <p>
            {reminder.text} <span className="muted">· due {timeOfDay(dueAt)}</span>
          </p>
          <button
            type="button"
            className="secondary"
            disabled={settling || !connected}
            aria-label={`Done: ${reminder.text}`}
            onClick={() => void control({ type: 'reminderDone', reminderId: reminder.id })}
          >
            Done
          </button>
        </div>
      ))}
    </section>
  );
}
