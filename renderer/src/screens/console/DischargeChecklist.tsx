import { useSessionActions } from '../../session/session-store';
import { sessionTicker, useLiveSession } from '../../session/session-ticker';

/** The clinic's discharge checklist, ticked during recovery; each tick is kept in the run log. */
export function DischargeChecklist() {
  const { control } = useSessionActions();
  useLiveSession((s) => s?.checklist.map((item) => `${item.id}:${item.done}`).join('|') ?? '');
  const items = sessionTicker.getState()?.checklist ?? [];
  if (items.length === 0) return null;
  return (
    <fieldset className="checklist">
      <legend>Before discharge</legend>
      {items.map((item) => (
        <label key={item.id} className={item.done ? 'done' : undefined}>
          <input
            type="checkbox"
            checked={item.done}
            onChange={(event) => void control({ type: 'checklist', itemId: item.id, done: event.target.checked })}
          />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}
