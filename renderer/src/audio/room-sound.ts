import { useSyncExternalStore } from 'react';
import { mediaUrl } from '../ipc/client';
import { sessionTicker } from '../session/session-ticker';
import { useSessionStore } from '../session/session-store';
import { AudioEngine } from './audio-engine';

/** Gains are re-aimed this often, each change ramped over a little more than this. */
const RECONCILE_MS = 250;

/** The room's one audio engine, following the live session's sound plan. */
export const roomSound = new AudioEngine((mediaPath) => mediaUrl('assets', mediaPath));

let timer: ReturnType<typeof setInterval> | null = null;

function follow(): void {
  // After a restart, sound waits until staff choose Resume session.
  const waiting = useSessionStore.getState().snapshot?.awaitingResume ?? false;
  roomSound.reconcile(waiting ? null : (sessionTicker.compute()?.sound ?? null));
}

// Runs only while there is a session (or sound still fading out of one).
useSessionStore.subscribe((store) => {
  follow();
  if (store.snapshot && !timer) timer = setInterval(follow, RECONCILE_MS);
  if (!store.snapshot && timer) {
    clearInterval(timer);
    timer = null;
  }
});

export function useAudioSnapshot() {
  return useSyncExternalStore(roomSound.subscribe, roomSound.getSnapshot);
}
