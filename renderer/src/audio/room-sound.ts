import { useSyncExternalStore } from 'react';
import { mediaUrl } from '../ipc/client';
import { sessionTicker } from '../session/session-ticker';
import { AudioEngine } from './audio-engine';

/** The room's one audio engine, following the live session's sound plan. */
export const roomSound = new AudioEngine((mediaPath) => mediaUrl('assets', mediaPath));

sessionTicker.subscribe(() => roomSound.reconcile(sessionTicker.getState()?.sound ?? null));

export function useAudioSnapshot() {
  return useSyncExternalStore(roomSound.subscribe, roomSound.getSnapshot);
}
