import crypto from 'node:crypto';
import { z } from 'zod';
import { RoomId } from '@domain/board/topics';
import { openValidatedStore, type StoreFactory } from '../document-store';

const RoomIdentityDocument = z.object({ roomId: RoomId });

/** Ten letters and digits with nothing that reads alike (no 0/o, 1/l): "r-" and 10 of 32 characters. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
function newRoomId(): string {
  const bytes = crypto.randomBytes(10);
  return `r-${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

/**
 * The room's id on the clinic network: made once per install and kept, so renaming the room or
 * two rooms of one name break nothing. It is also the room's user name on the broker. A managed
 * install may give its own (STILLROOM_MQTT_USERNAME).
 */
export function roomIdentity(dataDir: string, storeFactory: StoreFactory, preset: string | undefined): string {
  if (preset !== undefined) return RoomId.parse(preset);
  const { store } = openValidatedStore(storeFactory, {
    name: 'room-id',
    cwd: dataDir,
    schema: RoomIdentityDocument,
    defaults: { roomId: newRoomId() },
  });
  return store.store.roomId;
}
