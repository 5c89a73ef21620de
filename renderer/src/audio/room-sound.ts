import { useSyncExternalStore } from 'react';
import { mediaUrl } from '../ipc/client';
import { sessionTicker } from '../session/session-ticker';
import { useSessionStore } from '../session/session-store';
import { AudioEngine } from './audio-engine';
import { useVolumeStore } from './volume-store';

/** Gains are re-aimed this often, each change ramped over a little more than this. */
const RECONCILE_MS = 250;

/** The room's one audio engine, following the live session's sound plan. */
export const roomSound = new AudioEngine(mediaUrl);

let timer: ReturnType<typeof setInterval> | null = null;

function follow(): void {
  const { snapshot } = useSessionStore.getState();
  const state = sessionTicker.compute();
  // After a restart, sound waits until staff choose Resume session.
  roomSound.reconcile(snapshot?.awaitingResume ? null : (state?.sound ?? null));
  const finished = !state || (state.status === 'closed' && state.sound.voices.length === 0);
  if (!finished && !timer) timer = setInterval(follow, RECONCILE_MS);
  if (finished && timer) {
    clearInterval(timer);
    timer = null;
  }
}

useSessionStore.subscribe(follow);

// Volume changes are ramped by the engine like every other gain, so they never jump.
const applyVolume = ({ master, comfort }: { master: number; comfort: number }) => {
  roomSound.setVolume(master * comfort);
  follow();
};
applyVolume(useVolumeStore.getState());
useVolumeStore.subscribe(applyVolume);

declare global {
  interface Window {
    /** Read-only measurements for support staff and the end-to-end tests. */
    stillroomDiagnostics?: { outputLevelDb(): number };
  }
}
window.stillroomDiagnostics = { outputLevelDb: () => roomSound.levelDb() };

export function useAudioSnapshot() {
  return useSyncExternalStore(roomSound.subscribe, roomSound.getSnapshot);
}
