import type { BoardRoom } from '@domain/board/board-rooms';
import { RoomStateMessage } from '@domain/board/room-state';
import { readRoomTopic } from '@domain/board/topics';

/**
 * What the clinic board hears: each room's last state and availability, and when it last heard
 * from it on this computer's clock. A state held by the broker from before (retained) counts
 * from when it was written, so a room gone long ago is not taken for a fresh one.
 */
export class BoardWatcher {
  private readonly rooms = new Map<string, BoardRoom>();

  constructor(
    private readonly clinicId: string,
    private readonly now: () => number,
    private readonly onRoom: (room: BoardRoom) => void,
  ) {}

  list(): BoardRoom[] {
    return [...this.rooms.values()];
  }

  heard(topic: string, payload: Buffer, retained: boolean): void {
    const place = readRoomTopic(this.clinicId, topic);
    if (!place) return;
    const now = this.now();
    const known = this.rooms.get(place.roomId) ?? { roomId: place.roomId, state: null, online: true, lastHeardAt: 0 };
    let room: BoardRoom;
    if (place.kind === 'availability') {
      const online = payload.toString() === 'online';
      room = { ...known, online, lastHeardAt: online && !retained ? now : known.lastHeardAt };
    } else {
      const state = parseState(payload);
      if (!state) return;
      room = { ...known, state, lastHeardAt: retained ? Math.min(now, state.writtenAt) : now };
    }
    this.rooms.set(place.roomId, room);
    this.onRoom(room);
  }
}

/** A state this board can read; a malformed one, or one of a newer version, is left out. */
function parseState(payload: Buffer): RoomStateMessage | null {
  try {
    const parsed = RoomStateMessage.safeParse(JSON.parse(payload.toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
