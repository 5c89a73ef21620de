import { useSessionActions } from '../../session/session-store';
import { sessionTicker, useLiveSession } from '../../session/session-ticker';

/** Calm cards for due reminders; silent by design, never a sound during a session. */
export function Reminders() {
  const { control } = useSessionActions();
  useLiveSession((s) => s?.dueReminders.map((d) => d.reminder.id).join('|') ?? '');
  const due = sessionTicker.getState()?.dueReminders ?? [];
  if (due.length === 0) return null;
  return (
    <section className="reminders" aria-label="Reminders">
      {due.map(({ reminder }) => (
        <div className="reminder" key={reminder.id}>
          <p>{reminder.text}</p>
          <button
            type="button"
            className="secondary"
            onClick={() => void control({ type: 'reminderDone', reminderId: reminder.id })}
          >
            Done
          </button>
        </div>
      ))}
    </section>
  );
}
