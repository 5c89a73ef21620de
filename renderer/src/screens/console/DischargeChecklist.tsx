import { useConnected } from '../../ipc/connection-store';
import { useSessionActions } from '../../session/session-store';
import { sessionTicker, useLiveSession } from '../../session/session-ticker';
import { useSettling } from '../../ui/use-settling';

/**
 * The discharge checklist (the clinic's items, then the program's own), ticked during
 * recovery; each tick is kept in the run log. It appears after End treatment, under the hand
 * that pressed it, so it takes no clicks for its first second.
 */
export function DischargeChecklist() {
  const { control } = useSessionActions();
  const settling = useSettling();
  const connected = useConnected();
  useLiveSession((s) => s?.checklist.map((item) => `${item.id}:${item.done}`).join('|') ?? '');
  const items = sessionTicker.getState()?.checklist ?? [];
  if (items.length === 0) return null;
  return (
    <fieldset className="checklist" disabled={settling || !connected}>
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
