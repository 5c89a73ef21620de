import { useLocalQuiet, withLocalQuiet } from '../../audio/local-quiet';
import { useConnected } from '../../ipc/connection-store';
import { useSessionStore } from '../../session/session-store';
import { useLiveSession } from '../../session/session-ticker';
import { sameBy } from '../../ui/use-external-value';
import { useSettling } from '../../ui/use-settling';
import { consoleControls, type ConsoleControl } from './controls';

/** The same buttons: each slot shows the same words, pressed and available alike. */
const sameControls = sameBy((controls: ConsoleControl[] | null) =>
  controls ? controls.map((c) => `${c.slot}:${c.label}:${c.pressed}:${c.available}`).join('|') : '',
);

/** One console control; one whose meaning just changed under the hand waits a second. */
function ControlButton({ control: c, onPress }: { control: ConsoleControl; onPress: () => void }) {
  const settling = useSettling(c.label);
  return (
    <button
      type="button"
      className={`control control-${c.slot}`}
      aria-pressed={c.pressed}
      aria-keyshortcuts={c.keyLabel || undefined}
      disabled={!c.available || (c.settles === true && settling)}
      onClick={onPress}
    >
      <span>{c.label}</span>
      {c.keyLabel && <kbd aria-hidden="true">{c.keyLabel}</kbd>}
    </button>
  );
}

/** The session's controls, each always in its own slot, so none moves under the hand. */
export function ControlGrid({ onPress }: { onPress: (c: ConsoleControl) => void }) {
  const run = useSessionStore((s) => s.snapshot?.run);
  // While the services are out of reach only Quiet now can answer (the sound plays in this page).
  const connected = useConnected();
  const localQuiet = useLocalQuiet((s) => s.quiet);
  const controls = useLiveSession(
    (s) => (run && s && s.status !== 'closed' ? consoleControls(localQuiet ? withLocalQuiet(s) : s, run) : null),
    sameControls,
  );
  if (!controls) return <section className="controls" aria-hidden="true" />;
  return (
    <section className="controls" aria-label="Session controls">
      {controls.map((c) => (
        <ControlButton
          key={c.slot}
          control={connected || c.slot === 'quiet' ? c : { ...c, available: false }}
          onPress={() => onPress(c)}
        />
      ))}
    </section>
  );
}
