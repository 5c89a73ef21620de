import { z } from 'zod';

/**
 * A clinic's or a room's id as one level of an MQTT topic: lower-case letters, digits, dashes and
 * underscores, so it can never carry a wildcard (`+`, `#`) or a level separator (`/`).
 */
const topicLevel = (what: string) =>
  z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, `the ${what} is lower-case letters, digits, - and _, like "northside"`);

export const ClinicId = topicLevel('clinic id');
export const RoomId = topicLevel('room id');

export const TOPIC_ROOT = 'stillroom';

/** Retained: the room's state (`RoomStateMessage`). */
export const stateTopic = (clinicId: string, roomId: string) => `${TOPIC_ROOT}/${clinicId}/${roomId}/state`;
/** `online` while the room is connected; the broker publishes `offline`, the room's last will, when it is gone. */
export const availabilityTopic = (clinicId: string, roomId: string) =>
  `${TOPIC_ROOT}/${clinicId}/${roomId}/availability`;

/** What the clinic board subscribes to: every room's state and availability. */
export const boardTopics = (clinicId: string) => [stateTopic(clinicId, '+'), availabilityTopic(clinicId, '+')];

/** The room and kind of a topic the board hears, or null for one that is not a room's. */
export function readRoomTopic(
  clinicId: string,
  topic: string,
): { roomId: string; kind: 'state' | 'availability' } | null {
  const [root, clinic, roomId, kind, ...rest] = topic.split('/');
  if (root !== TOPIC_ROOT || clinic !== clinicId || rest.length > 0) return null;
  if (kind !== 'state' && kind !== 'availability') return null;
  return RoomId.safeParse(roomId).success ? { roomId: roomId!, kind } : null;
}
