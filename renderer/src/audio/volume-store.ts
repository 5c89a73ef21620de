import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface VolumeStore {
  /** Staff's overall volume for the room, 0..1. */
  master: number;
  /** The level the patient found comfortable, 0..1. */
  comfort: number;
  actions: {
    setMaster(value: number): void;
    setComfort(value: number): void;
  };
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Volumes, kept on this computer between sessions (only these two numbers are persisted). */
export const useVolumeStore = create<VolumeStore>()(
  persist(
    (set) => ({
      master: 0.8,
      comfort: 1,
      actions: {
        setMaster: (value) => set({ master: clamp(value) }),
        setComfort: (value) => set({ comfort: clamp(value) }),
      },
    }),
    {
      name: 'stillroom-volume',
      partialize: ({ master, comfort }) => ({ master, comfort }),
    },
  ),
);
