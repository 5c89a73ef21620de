import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { LightOutputDraft, LightOutputKind } from '@domain/light/light-output';
import { useAppActions } from '../../app/app-store';
import { useLightsActions, useLightsStore } from '../../stores/lights-store';
import { AmbientDisplayPanel } from './AmbientDisplayPanel';
import { LightPlanPreview } from './LightPlanPreview';
import { OutputCard } from './OutputCard';
import { SoundOutputPanel } from './SoundOutputPanel';
import { draftOf, newDraft, OutputForm } from './OutputForm';
import './lights.css';

/** Setting up the room's light and sound: the sound output, the ambient display and the light outputs. */
export function LightsScreen() {
  const { show } = useAppActions();
  const { load, clearError } = useLightsActions();
  const outputs = useLightsStore((s) => s.outputs);
  const secretsEncrypted = useLightsStore((s) => s.secretsEncrypted);
  const error = useLightsStore((s) => s.error);
  const [editing, setEditing] = useState<z.input<typeof LightOutputDraft> | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const add = (kind: LightOutputKind) => {
    clearError();
    setEditing(newDraft(kind));
  };

  return (
    <main className="lights">
      <nav className="sheet-actions" aria-label="Light actions">
        <button type="button" className="secondary" onClick={() => show('room')}>
          Back
        </button>
      </nav>
      <h1>Lights and sound</h1>
      {error && (
        <p role="alert" className="warning">
          {error}
        </p>
      )}
      <SoundOutputPanel />
      <AmbientDisplayPanel />
      <section className="lights-panel" aria-labelledby="outputs-title">
        <h2 id="outputs-title">Light outputs</h2>
        <p className="muted">
          Each output follows the session’s light level within its own range. Staff light reaches all of them within a
          second. DMX (sACN and Art-Net) cannot hear back from the lights, so it says “Sending” rather than “Connected”:
          press Test and look at the room.
        </p>
        {!secretsEncrypted && (
          <p className="muted">
            This computer has no keychain: Hue keys and Home Assistant tokens are kept unencrypted.
          </p>
        )}
        {outputs.length === 0 && !editing && <p>No outputs yet. The ambient display and this screen still dim.</p>}
        <ul className="stack-list" aria-label="Light outputs">
          {outputs.map((view) => (
            <OutputCard key={view.output.id} view={view} onEdit={() => setEditing(draftOf(view.output))} />
          ))}
        </ul>
        {editing ? (
          <OutputForm key={editing.id ?? editing.kind} initial={editing} onDone={() => setEditing(null)} />
        ) : (
          <div className="form-actions">
            <button type="button" onClick={() => add('dmx')}>
              Add DMX output
            </button>
            <button type="button" onClick={() => add('hue')}>
              Add Philips Hue output
            </button>
            <button type="button" onClick={() => add('homeAssistant')}>
              Add Home Assistant output
            </button>
          </div>
        )}
      </section>
      <LightPlanPreview outputs={outputs} />
    </main>
  );
}
