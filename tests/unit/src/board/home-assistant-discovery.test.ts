import { describe, expect, it } from 'vitest';
import { discoveryMessages } from '@domain/board/home-assistant-discovery';

// Home Assistant's MQTT discovery: `<prefix>/<component>/<node_id>/<object_id>/config`, retained JSON with
// a unique_id, the state topic, availability and the device the entity belongs to.
const TOPIC = /^homeassistant\/(sensor|binary_sensor)\/[a-zA-Z0-9_-]+\/[a-zA-Z0-9_-]+\/config$/;

describe('Home Assistant discovery', () => {
  const messages = discoveryMessages('northside', { id: 'r-7k2m9q', name: 'Room 3' }, '0.1.0');

  it('announces the room as one device with four sensors and a "vitals check due" binary sensor', () => {
    expect(messages.map((m) => [m.topic.split('/')[1], m.payload.name])).toEqual([
      ['sensor', 'Phase'],
      ['sensor', 'Time since dose'],
      ['sensor', 'Next check due'],
      ['sensor', 'Earliest discharge'],
      ['binary_sensor', 'Vitals check due'],
    ]);
    const devices = new Set(messages.map((m) => JSON.stringify(m.payload.device)));
    expect(devices.size).toBe(1);
    expect(messages[0]!.payload.device).toMatchObject({
      identifiers: ['stillroom_northside_r_7k2m9q'],
      name: 'Stillroom Room 3',
    });
  });

  it('follows the discovery format: topic, unique ids, the room state and its availability', () => {
    for (const { topic, payload } of messages) {
      expect(topic).toMatch(TOPIC);
      expect(payload).toMatchObject({
        state_topic: 'stillroom/northside/r-7k2m9q/state',
        availability_topic: 'stillroom/northside/r-7k2m9q/availability',
        payload_available: 'online',
        payload_not_available: 'offline',
      });
      expect(typeof payload.value_template).toBe('string');
    }
    expect(new Set(messages.map((m) => m.payload.unique_id)).size).toBe(messages.length);
    expect(messages[1]!.payload).toMatchObject({ device_class: 'duration', unit_of_measurement: 's' });
    expect(messages[2]!.payload).toMatchObject({ device_class: 'timestamp' });
    expect(messages[4]!.payload).toMatchObject({ payload_on: 'ON', payload_off: 'OFF' });
  });
});
