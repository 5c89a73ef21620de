import { useState } from 'react';
import type { z } from 'zod';
import type { HueGroupedLightChoice, HueSettings } from '@domain/light/hue-settings';
import { api } from '../../ipc/client';
import { FormField } from '../../ui/FormField';
import { errorMessage } from '@domain/error-message';

export type HueDraft = Omit<z.input<typeof HueSettings>, 'applicationKeyRef'>;

export const NEW_HUE: HueDraft = { bridgeHost: '', bridgeId: '', groupedLight: { id: '', name: '', kind: 'room' } };

/** A Hue bridge found by its address, paired with its link button, and one of its rooms or zones. */
export function HueFields({
  hue,
  errors,
  onChange,
}: {
  hue: HueDraft;
  errors: Map<string, string>;
  onChange: (hue: HueDraft) => void;
}) {
  const [groups, setGroups] = useState<HueGroupedLightChoice[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (patch: Partial<HueDraft>) => onChange({ ...hue, ...patch });
  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };
  const bridge = { host: hue.bridgeHost, bridgeId: hue.bridgeId };

  return (
    <fieldset className="form-group">
      <legend>Philips Hue</legend>
      <p className="muted">
        Tested against a simulated Hue bridge that follows Hue’s published local API, not yet against a real bridge.
      </p>
      <FormField
        label="Bridge address"
        error={errors.get('hue.bridgeHost')}
        hint="Shown in the Hue app under Settings, Bridges."
      >
        <input value={hue.bridgeHost} onChange={(e) => edit({ bridgeHost: e.target.value, bridgeId: '' })} />
      </FormField>
      <div className="form-actions">
        <button
          type="button"
          disabled={busy !== null || hue.bridgeHost.trim() === ''}
          onClick={() =>
            void run('Finding the bridge…', async () => {
              const found = await api['lights.hueIdentify']({ host: hue.bridgeHost });
              edit({ bridgeId: found.bridgeId });
            })
          }
        >
          Find bridge
        </button>
        {hue.bridgeId && <span>Bridge {hue.bridgeId}</span>}
      </div>
      {hue.bridgeId && (
        <>
          <p>Press the round link button on the bridge, then choose Pair within 30 seconds.</p>
          <div className="form-actions">
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void run('Pairing…', async () => setGroups(await api['lights.huePair'](bridge)))}
            >
              Pair
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() => void run('Reading rooms…', async () => setGroups(await api['lights.hueGroups'](bridge)))}
            >
              Already paired: show rooms
            </button>
          </div>
        </>
      )}
      {busy && <p role="status">{busy}</p>}
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
      {(groups.length > 0 || hue.groupedLight.id) && (
        <FormField label="Room or zone" error={errors.get('hue.groupedLight.id')}>
          <select
            value={hue.groupedLight.id}
            onChange={(e) => {
              const chosen = groups.find((g) => g.id === e.target.value);
              if (chosen) edit({ groupedLight: chosen });
            }}
          >
            {!groups.some((g) => g.id === hue.groupedLight.id) && (
              <option value={hue.groupedLight.id}>{hue.groupedLight.name || 'Choose a room or zone'}</option>
            )}
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.kind === 'room' ? 'Room' : 'Zone'}: {group.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
    </fieldset>
  );
}
