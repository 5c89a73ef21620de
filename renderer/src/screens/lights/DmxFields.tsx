import type { z } from 'zod';
import type { DmxOutputSettings } from '@domain/light/dmx-settings';
import { FormField } from '../../ui/FormField';

export type DmxDraft = z.input<typeof DmxOutputSettings>;

export const NEW_DMX: DmxDraft = {
  protocol: 'sacn',
  host: '',
  interfaceAddress: '',
  universe: 1,
  startChannel: 1,
  fixtures: 1,
  resolution: '8bit',
  curve: 'perceptual',
  priority: 100,
};

const numberValue = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : value);

/** sACN or Art-Net: where the lighting node is and which channels the room's fixtures use. */
export function DmxFields({
  dmx,
  errors,
  onChange,
}: {
  dmx: DmxDraft;
  errors: Map<string, string>;
  onChange: (dmx: DmxDraft) => void;
}) {
  const edit = (patch: Partial<DmxDraft>) => onChange({ ...dmx, ...patch });
  const error = (field: string) => errors.get(`dmx.${field}`);
  const sacn = dmx.protocol === 'sacn';
  return (
    <fieldset className="form-group">
      <legend>DMX</legend>
      <FormField label="Protocol">
        <select value={dmx.protocol} onChange={(e) => edit({ protocol: e.target.value as DmxDraft['protocol'] })}>
          <option value="sacn">sACN (E1.31)</option>
          <option value="artnet">Art-Net</option>
        </select>
      </FormField>
      <FormField
        label="Node address"
        error={error('host')}
        hint={sacn ? 'Leave empty to send by multicast.' : 'The node’s IP address, or the broadcast address.'}
      >
        <input value={dmx.host ?? ''} inputMode="decimal" onChange={(e) => edit({ host: e.target.value })} />
      </FormField>
      <FormField label="Universe" error={error('universe')}>
        <input
          type="number"
          value={numberValue(dmx.universe)}
          onChange={(e) => edit({ universe: e.target.valueAsNumber })}
        />
      </FormField>
      <FormField label="Start channel" error={error('startChannel')}>
        <input
          type="number"
          min={1}
          max={512}
          value={numberValue(dmx.startChannel)}
          onChange={(e) => edit({ startChannel: e.target.valueAsNumber })}
        />
      </FormField>
      <FormField label="Fixtures" error={error('fixtures')} hint="Dimmers on consecutive channels, set together.">
        <input
          type="number"
          min={1}
          value={numberValue(dmx.fixtures)}
          onChange={(e) => edit({ fixtures: e.target.valueAsNumber })}
        />
      </FormField>
      <FormField label="Channels per fixture">
        <select
          value={dmx.resolution ?? '8bit'}
          onChange={(e) => edit({ resolution: e.target.value as DmxDraft['resolution'] })}
        >
          <option value="8bit">One (8-bit)</option>
          <option value="16bit">Two, coarse and fine (16-bit)</option>
        </select>
      </FormField>
      <FormField label="Dimming curve" hint="Perceptual makes low levels step smoothly on most dimmers.">
        <select
          value={dmx.curve ?? 'perceptual'}
          onChange={(e) => edit({ curve: e.target.value as DmxDraft['curve'] })}
        >
          <option value="perceptual">Perceptual</option>
          <option value="linear">Linear</option>
        </select>
      </FormField>
      {sacn && (
        <FormField label="Priority" error={error('priority')}>
          <input
            type="number"
            min={0}
            max={200}
            value={numberValue(dmx.priority)}
            onChange={(e) => edit({ priority: e.target.valueAsNumber })}
          />
        </FormField>
      )}
      <FormField
        label="This computer’s address on the lighting network"
        error={error('interfaceAddress')}
        hint="Optional; leave empty unless the computer has several networks."
      >
        <input value={dmx.interfaceAddress ?? ''} onChange={(e) => edit({ interfaceAddress: e.target.value })} />
      </FormField>
    </fieldset>
  );
}
