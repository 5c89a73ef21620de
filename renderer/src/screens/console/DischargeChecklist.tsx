import { useConnected } from '../../ipc/connection-store';
import { useSessionActions } from '../../session/session-store';
import type { SessionState } from '@domain/session/state-at';
import { useLiveSession } from '../../session/session-ticker';
import { sameBy } from '../../ui/use-external-value';
import { useSettling } from '../../ui/use-settling';

const NO_ITEMS: SessionState['checklist'] = [];
const sameItems = sameBy((items: SessionState['checklist']) =>
  items.map((item) => `${item.id}:${item.done}:${item.label}`).join('\n'),
);

/**
 * The discharge checklist (the clinic's items, then the program's own), ticked during
 * recovery; each tick is kept in the run log. It appears after End treatment, under the hand
 * that pressed it, so it takes no clicks for its first second.
 */
export function DischargeChecklist() {
  const { control } = useSessionActions();
  const settling = useSettling();
  const connected = useConnected();
  const items = useLiveSession((s) => s?.checklist ?? NO_ITEMS, sameItems);
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
