import { availabilityTopic, stateTopic } from './topics';
import type { RoomLabel } from './room-state';

/** Home Assistant's default discovery prefix. */
export const DISCOVERY_PREFIX = 'homeassistant';

/** One retained discovery message: where it goes and its JSON. */
export interface DiscoveryMessage {
  topic: string;
  payload: Record<string, unknown>;
}

/** An epoch-ms time of the state as the ISO 8601 text Home Assistant's `timestamp` sensors want; none when absent. */
const isoTime = (value: string, present: string) =>
  `{{ (${value} / 1000) | timestamp_custom('%Y-%m-%dT%H:%M:%S+00:00', false) if ${present} else none }}`;

const ENTITIES = [
  {
    component: 'sensor',
    key: 'phase',
    name: 'Phase',
    extra: { value_template: '{{ value_json.phase or value_json.status }}' },
  },
  {
    component: 'sensor',
    key: 'since_dose',
    name: 'Time since dose',
    extra: {
      value_template: '{{ value_json.sinceDoseSec }}',
      device_class: 'duration',
      unit_of_measurement: 's',
    },
  },
  {
    component: 'sensor',
    key: 'next_check',
    name: 'Next check due',
    extra: { value_template: isoTime('value_json.nextCheck.dueAt', 'value_json.nextCheck'), device_class: 'timestamp' },
  },
  {
    component: 'sensor',
    key: 'earliest_discharge',
    name: 'Earliest discharge',
    extra: {
      value_template: isoTime('value_json.earliestDischargeAt', 'value_json.earliestDischargeAt'),
      device_class: 'timestamp',
    },
  },
  {
    component: 'binary_sensor',
    key: 'check_due',
    name: 'Vitals check due',
    extra: {
      value_template: "{{ 'ON' if value_json.dueChecks | length > 0 else 'OFF' }}",
      payload_on: 'ON',
      payload_off: 'OFF',
      device_class: 'problem',
    },
  },
] as const;

/**
 * Home Assistant MQTT discovery for one room: a device with sensors for the phase, time since
 * dose, next check and earliest discharge, and a binary sensor that is on while a check is due.
 * Each reads the room's own state topic; Home Assistant shows it unavailable when the room is.
 */
export function discoveryMessages(clinicId: string, room: RoomLabel, version: string): DiscoveryMessage[] {
  const nodeId = `stillroom_${clinicId}_${room.id}`.replace(/-/g, '_');
  return ENTITIES.map(({ component, key, name, extra }) => ({
    topic: `${DISCOVERY_PREFIX}/${component}/${nodeId}/${key}/config`,
    payload: {
      name,
      unique_id: `${nodeId}_${key}`,
      object_id: `${nodeId}_${key}`,
      state_topic: stateTopic(clinicId, room.id),
      availability_topic: availabilityTopic(clinicId, room.id),
      payload_available: 'online',
      payload_not_available: 'offline',
      ...extra,
      device: {
        identifiers: [nodeId],
        name: `Stillroom ${room.name}`,
        manufacturer: 'Stillroom',
        model: 'Treatment room',
        sw_version: version,
      },
    },
  }));
}
