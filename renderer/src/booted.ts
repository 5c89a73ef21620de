import { createContext, useContext } from 'react';
import type { AudioEngine } from './audio/audio-engine';
import type { OutputWatch } from './audio/output-watch';
import type { PatientAudio } from './audio/patient-audio';
import type { SoundOutput } from './audio/sound-output';
import type { Client } from './ipc/client';
import type { SessionClock } from './session/session-clock';
import type { SessionStoreApi } from './session/session-store';
import type { SessionTicker } from './session/session-ticker';

/** The control window's sound: the room's engine, the patient's previews, the output and its meter. */
export interface Room {
  sound: AudioEngine;
  patientAudio: PatientAudio;
  output: SoundOutput;
  outputWatch: OutputWatch;
}

/** Everything boot() made, once per window, handed to the screens through BootedContext. */
export interface Booted {
  client: Client;
  sessionClock: SessionClock;
  sessionStore: SessionStoreApi;
  sessionTicker: SessionTicker;
  /** Null in the ambient display, which never loads the sound engine. */
  room: Room | null;
}

export const BootedContext = createContext<Booted | null>(null);

export function useBooted(): Booted {
  const booted = useContext(BootedContext);
  if (!booted) throw new Error('Render inside <BootedContext.Provider value={await boot(…)}>.');
  return booted;
}

export function useRoom(): Room {
  const { room } = useBooted();
  if (!room) throw new Error('This window has no room sound (the ambient display).');
  return room;
}
