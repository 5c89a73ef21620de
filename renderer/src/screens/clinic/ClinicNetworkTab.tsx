import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { brokerUrlWarning, type ClinicNetworkSettings } from '@domain/board/network-settings';
import type { NetworkView } from '@domain/ipc/contract';
import { networkStore } from '../../stores/network-store';
import { FormField } from '../../ui/FormField';
import { Switch } from '../../ui/Switch';
import './network.css';

const CONNECTION_WORDS: Record<NetworkView['connection']['state'], string> = {
  off: 'Off',
  connecting: 'Connecting…',
  connected: 'Connected',
  refused: 'Refused',
  unreachable: 'Cannot reach the broker',
};

/** What this computer does on the network besides connecting. */
const ROOM_SWITCHES = [
  ['publishRoom', 'This computer is a treatment room: publish what it is doing'],
  ['homeAssistantDiscovery', 'Announce this room to Home Assistant'],
] as const;

/** How the room's link to the broker is doing, with the reason when it is not up. */
function ConnectionStatus({ connection }: { connection: NetworkView['connection'] }) {
  return (
    <p role="status" className={`network-connection network-${connection.state}`}>
      <strong>{CONNECTION_WORDS[connection.state]}</strong>
      {connection.reason && <span> {connection.reason}</span>}
    </p>
  );
}

/** This room on the clinic network (MQTT): off until staff set it up, for the clinic board and Home Assistant. */
export function ClinicNetworkTab() {
  const view = useStore(networkStore, (s) => s.view);
  const { load } = useStore(networkStore, (s) => s.actions);
  useEffect(() => void load(), [load]);
  return view ? <NetworkForm view={view} /> : null;
}

function NetworkForm({ view }: { view: NetworkView }) {
  const { save } = useStore(networkStore, (s) => s.actions);
  const saving = useStore(networkStore, (s) => s.saving);
  const [draft, setDraft] = useState<ClinicNetworkSettings>(view.settings);
  const [password, setPassword] = useState('');
  const change = (part: Partial<ClinicNetworkSettings>) => setDraft((d) => ({ ...d, ...part }));
  const warning = brokerUrlWarning(draft.brokerUrl);
  const submit = async () => {
    if (await save(draft, password === '' ? undefined : password)) setPassword('');
  };

  return (
    <form
      className="network-tab"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p>
        Rooms publish what they are doing (phase, clocks, checks due, earliest discharge; nothing about the patient) to
        the clinic’s MQTT broker, where the <strong>Clinic board</strong> at the nurses’ station and Home Assistant can
        read it.
      </p>
      <section className="form-group" aria-labelledby="network-room">
        <h2 id="network-room">This room</h2>
        <p>
          <strong>{view.roomName}</strong>, room id <code data-testid="room-id">{view.roomId}</code>. The room id is its
          user name on the broker and stays the same when the room is renamed.
        </p>
        <ConnectionStatus connection={view.connection} />
      </section>
      <fieldset className="form-group">
        <legend>Broker</legend>
        <Switch
          label="Connect this room to the clinic network"
          checked={draft.enabled}
          onChange={(enabled) => change({ enabled })}
        />
        <FormField
          label="Broker address"
          hint={view.presets.url ? 'Preset by this computer’s installation.' : 'Like mqtts://broker.clinic.lan:8883'}
        >
          <input value={draft.brokerUrl} onChange={(e) => change({ brokerUrl: e.target.value })} />
        </FormField>
        {warning && (
          <p role="note" className="warning">
            {warning}
          </p>
        )}
        <FormField label="Clinic id" hint="The same in every room of the clinic, like northside.">
          <input value={draft.clinicId} onChange={(e) => change({ clinicId: e.target.value })} />
        </FormField>
        <FormField
          label="Password"
          hint={
            view.presets.passwordFile
              ? 'Read from a file this computer’s installation names.'
              : view.passwordSet
                ? `A password is stored${view.secretsEncrypted ? '' : ' (unencrypted: this computer has no keychain)'}; type a new one only to replace it.`
                : 'The broker password for this room’s id.'
          }
        >
          <input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
        </FormField>
        <FormField
          label="CA certificate file (optional)"
          hint={
            view.presets.ca
              ? 'Preset by this computer’s installation.'
              : 'A PEM file, for a broker whose certificate the clinic signed itself.'
          }
        >
          <input value={draft.caFile} onChange={(e) => change({ caFile: e.target.value })} />
        </FormField>
        {ROOM_SWITCHES.map(([setting, label]) => (
          <Switch key={setting} label={label} checked={draft[setting]} onChange={(on) => change({ [setting]: on })} />
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          Save and connect
        </button>
      </div>
    </form>
  );
}
