import type { SessionState } from '@domain/session/state-at';
import { useLocalQuiet, withLocalQuiet } from '../../audio/local-quiet';
import { useConnected } from '../../ipc/connection-store';
import { useSessionStore } from '../../session/session-store';
import { sessionTicker, useLiveSession } from '../../session/session-ticker';
import { useSettling } from '../../ui/use-settling';
import { consoleControls, type ConsoleControl } from './controls';

const controlsKey = (s: SessionState | null) =>
  s
    ? `${s.status}|${s.paused}|${s.sound.quiet}|${s.light.staffLight}|${s.phaseIndex}|${s.awaitingDose}|${s.dose !== null}`
    : '';

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
  useLiveSession(controlsKey);
  // While the services are out of reach only Quiet now can answer (the sound plays in this page).
  const connected = useConnected();
  useLocalQuiet((s) => s.quiet);
  const live = sessionTicker.getState();
  if (!run || !live || live.status === 'closed') return <section className="controls" aria-hidden="true" />;
  const state = withLocalQuiet(live);
  return (
    <section className="controls" aria-label="Session controls">
      {consoleControls(state, run).map((c) => (
        <ControlButton
          key={c.slot}
          control={connected || c.slot === 'quiet' ? c : { ...c, available: false }}
          onPress={() => onPress(c)}
        />
      ))}
    </section>
  );
}
