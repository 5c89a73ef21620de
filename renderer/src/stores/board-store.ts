import { create } from 'zustand';
import type { BoardRoom } from '../../../src/board/board-rooms';
import type { BoardView } from '../../../src/ipc/contract';
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

/** Every room the clinic board heard from; each room's news arrives on its own. */
export const useBoardStore = create<BoardStore>()((set) => {
  onEvent('board.room', ({ room, clockNow }) =>
    set((s) => ({ rooms: { ...s.rooms, [room.roomId]: room }, clockOffset: clockNow - Date.now() })),
  );
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
