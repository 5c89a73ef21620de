import { useConnected } from '../../ipc/connection-store';
import { useSessionActions } from '../../session/session-store';
import { sessionTicker, useLiveSession } from '../../session/session-ticker';
import { timeOfDay } from '../../ui/time-of-day';
import { useSettling } from '../../ui/use-settling';

/** Calm cards for due reminders; silent by design, never a sound during a session. */
export function Reminders() {
  const { control } = useSessionActions();
  const dueIds = useLiveSession((s) => s?.dueReminders.map((d) => d.reminder.id).join('|') ?? '');
  // A card that slides in takes no click for a second, so a press meant for another control cannot tick it.
  const settling = useSettling(dueIds);
  const connected = useConnected();
  const due = sessionTicker.getState()?.dueReminders ?? [];
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
