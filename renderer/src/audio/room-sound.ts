import { useSyncExternalStore } from 'react';
import { mediaUrl } from '../ipc/client';
import { sessionTicker } from '../session/session-ticker';
import { useSessionStore } from '../session/session-store';
import type { SoundPlan } from '@domain/audio/sound-plan';
import { AudioEngine } from './audio-engine';
import { createRoomPorts } from './room-mixer';
import { PatientAudio } from './patient-audio';
import { localQuietGain, useLocalQuiet } from './local-quiet';
import { useVolumeStore } from './volume-store';

/** While gains move (fades, crossfades) they are re-aimed this often, each change ramped. */
const MOVING_MS = 250;
/**
 * While nothing moves the plan is checked twice a second: a fade that begins meanwhile starts at
 * most this late, from where it would have been, and a track that stops is caught within a second.
 */
const STEADY_MS = 500;

/** The room's one audio engine, following the live session's sound plan. */
export const roomSound = new AudioEngine(mediaUrl, createRoomPorts());

/** Previews and the test tone on the patient screen, on the same measured output. */
export const patientAudio = new PatientAudio(mediaUrl, (howl) => roomSound.measure(howl));

let timer: ReturnType<typeof setTimeout> | null = null;
let lastGains = '';

/** Each voice's overall gain, to tell whether anything moved since the last look. */
const gainsOf = (plan: SoundPlan | null) =>
  plan ? plan.voices.map((v) => `${v.key}=${(v.gain * plan.master).toFixed(3)}`).join('|') : '';

/** The next look: sooner while anything moves, and on the moment a waiting track is due to begin. */
function nextLookMs(plan: SoundPlan | null, steady: boolean, timeScale: number): number {
  const wait = steady ? STEADY_MS : MOVING_MS;
  const startsInSec = Math.min(...(plan?.voices ?? []).map((v) => v.startsInSec ?? Infinity));
  return Math.min(wait, Math.max(0, (startsInSec * 1000) / timeScale) + 5);
}

/** Brings the engine to the plan of `state`: the ticker's when the session changed, else worked out now. */
function follow(state = sessionTicker.compute()): void {
  const { snapshot } = useSessionStore.getState();
  // After a restart, sound waits until staff choose Resume session. Quiet pressed while the
  // services were out of reach fades the room here, on top of the plan.
  const planned = snapshot?.awaitingResume ? null : (state?.sound ?? null);
  if (useLocalQuiet.getState().quiet && planned?.quiet && planned.master === 0) {
    useLocalQuiet.getState().actions.handOver();
  }
  const local = localQuietGain();
  const plan = planned && local < 1 ? { ...planned, master: planned.master * local } : planned;
  roomSound.reconcile(plan);
  const gains = gainsOf(plan);
  const steady = gains === lastGains && !roomSound.busy();
  lastGains = gains;
  if (timer) clearTimeout(timer);
  timer = null;
  const finished = !state || (state.status === 'closed' && state.sound.voices.length === 0);
  if (!finished) timer = setTimeout(() => follow(), nextLookMs(plan, steady, snapshot?.timeScale ?? 1));
}

// The ticker works out the state once per change of the session; the sound uses that same state.
sessionTicker.subscribe(() => follow(sessionTicker.getState()));
useLocalQuiet.subscribe(() => follow());

// A session the patient chose for starts at the comfort level they set with the test tone. A
// session already running when the window loaded keeps the volumes staff have now.
let comfortAppliedFor: string | null | undefined;
useSessionStore.subscribe(({ snapshot, loaded }) => {
  const run = snapshot?.run ?? null;
  if (!loaded) return;
  if (comfortAppliedFor === undefined) comfortAppliedFor = run?.id ?? null;
  if (!run || run.id === comfortAppliedFor) return;
  comfortAppliedFor = run.id;
  if (run.patient) useVolumeStore.getState().actions.setComfort(run.patient.comfort);
});

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
    stillroomDiagnostics?: { outputLevelDb(): number; soundLog(): string[] };
  }
}
window.stillroomDiagnostics = { outputLevelDb: () => roomSound.levelDb(), soundLog: () => roomSound.recentLog() };

export function useAudioSnapshot() {
  return useSyncExternalStore(roomSound.subscribe, roomSound.getSnapshot);
}
