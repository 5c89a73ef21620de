import { create } from 'zustand';
import type { BoardRoom } from '@domain/board/board-rooms';
import type { BoardView } from '@domain/ipc/contract';
import { api, onEvent } from '../ipc/client';
import { attemptFor } from './attempt';

interface BoardStore {
  board: Omit<BoardView, 'rooms' | 'clockNow'> | null;
  rooms: Record<string, BoardRoom>;
  /** The main process's clock less this page's, so "how long ago" reads the same in both. */
  clockOffset: number;
  error: string | null;
  actions: { load(): Promise<void> };
}

/**
 * Rooms heard within this long are shown together: fifty rooms each saying something every second
 * are one update of the board every tenth of a second, not fifty.
 */
const BATCH_MS = 100;

/** Every room the clinic board heard from; each room's news arrives on its own. */
export const useBoardStore = create<BoardStore>()((set) => {
  let pending: Record<string, BoardRoom> = {};
  let flush: ReturnType<typeof setTimeout> | null = null;
  let offset = 0;
  onEvent('board.room', ({ room, clockNow }) => {
    pending[room.roomId] = room;
    offset = clockNow - Date.now();
    flush ??= setTimeout(() => {
      const heard = pending;
      pending = {};
      flush = null;
      set((s) => ({ rooms: { ...s.rooms, ...heard }, clockOffset: offset }));
    }, BATCH_MS);
  });
  onEvent('network.changed', ({ settings, connection }) =>
    set((s) => ({
      board: s.board && { ...s.board, enabled: settings.enabled, clinicId: settings.clinicId, connection },
    })),
  );
  const attempt = attemptFor(set);
  return {
    board: null,
    rooms: {},
    clockOffset: 0,
    error: null,
    actions: {
      load: async () => {
        const view = await attempt(() => api['board.get']({}));
        if (!view) return;
        const { rooms, clockNow, ...board } = view;
        set({ board, rooms: Object.fromEntries(rooms.map((r) => [r.roomId, r])), clockOffset: clockNow - Date.now() });
      },
    },
  };
});
