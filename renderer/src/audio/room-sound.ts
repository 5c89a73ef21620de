import type { SoundPlan } from '@domain/audio/sound-plan';
import { useRoom } from '../booted';
import type { SessionState } from '@domain/session/state-at';
import type { SessionStoreApi } from '../session/session-store';
import type { SessionTicker } from '../session/session-ticker';
import { useExternalValue } from '../ui/use-external-value';
import { AudioEngine, type AudioSnapshot } from './audio-engine';
import { localQuietGain, useLocalQuiet } from './local-quiet';
import { PatientAudio, type PatientAudioSnapshot } from './patient-audio';
import { createRoomPorts } from './room-mixer';
import { useVolumeStore } from './volume-store';

/** While gains move (fades, crossfades) they are re-aimed this often, each change ramped. */
const MOVING_MS = 250;
/** A look this long after a move is due, so the gains have begun to change by then. */
const PAST_DUE_MS = 5;

/**
 * Each voice's overall gain, exactly: a plan that holds still gives the same figures every time,
 * and a fade under way differs at once, however little it has moved.
 */
const gainsOf = (plan: SoundPlan | null) =>
  plan ? plan.voices.map((v) => `${v.key}=${v.gain * plan.master}`).join('|') : '';

/**
 * The next look: soon while anything moves; while all holds still, the moment the next fade or
 * track is due. Nothing else needs a look between the ticker's own wake-ups, which come at least
 * once a second and catch a track that stopped.
 */
function nextLookMs(plan: SoundPlan | null, steady: boolean, timeScale: number): number {
  const dueMs = ((plan?.nextChangeInSec ?? Infinity) * 1000) / timeScale + PAST_DUE_MS;
  return steady ? dueMs : Math.min(MOVING_MS, dueMs);
}

interface RoomSoundDeps {
  store: SessionStoreApi;
  ticker: SessionTicker;
  mediaUrl: (root: string, path: string) => string;
}

/**
 * The room's one audio engine, following the live session's sound plan on the session ticker's
 * wake-ups (it asks the ticker to wake sooner while gains move), and the patient's previews on
 * the same measured output.
 */
export function startRoomSound({ store, ticker, mediaUrl }: RoomSoundDeps): {
  sound: AudioEngine;
  patientAudio: PatientAudio;
} {
  const sound = new AudioEngine(mediaUrl, createRoomPorts());
  const patientAudio = new PatientAudio(mediaUrl, (howl) => sound.measure(howl));
  let lastGains = '';

  /** Brings the engine to the plan of the ticker's state, and says when it wants to look again. */
  const follow = (state: SessionState | null) => {
    const { snapshot } = store.getState();
    // After a restart, sound waits until staff choose Resume session. Quiet pressed while the
    // services were out of reach fades the room here, on top of the plan.
    const planned = snapshot?.awaitingResume ? null : (state?.sound ?? null);
    if (useLocalQuiet.getState().quiet && planned?.quiet && planned.master === 0) {
      useLocalQuiet.getState().actions.handOver();
    }
    const local = localQuietGain();
    const plan = planned && local < 1 ? { ...planned, master: planned.master * local } : planned;
    sound.reconcile(plan);
    const gains = gainsOf(plan);
    const steady = gains === lastGains && !sound.busy();
    lastGains = gains;
    const finished = !state || (state.status === 'closed' && state.sound.voices.length === 0);
    if (!finished) ticker.wakeWithin(nextLookMs(plan, steady, snapshot?.timeScale ?? 1));
  };

  ticker.subscribe(() => follow(ticker.getState()));
  useLocalQuiet.subscribe(() => ticker.refresh());

  // A session the patient chose for starts at the comfort level they set with the test tone. A
  // session already running when the window loaded keeps the volumes staff have now; the window
  // may have loaded before the sound started, so what it already holds counts as that.
  const atStart = store.getState();
  let comfortAppliedFor: string | null | undefined = atStart.loaded ? (atStart.snapshot?.run.id ?? null) : undefined;
  store.subscribe(({ snapshot, loaded }) => {
    const run = snapshot?.run ?? null;
    if (!loaded) return;
    if (comfortAppliedFor === undefined) comfortAppliedFor = run?.id ?? null;
    if (!run || run.id === comfortAppliedFor) return;
    comfortAppliedFor = run.id;
    if (run.patient) useVolumeStore.getState().actions.setComfort(run.patient.comfort);
  });

  // Volume changes are ramped by the engine like every other gain, so they never jump.
  const applyVolume = ({ master, comfort }: { master: number; comfort: number }) => {
    sound.setVolume(master * comfort);
    ticker.refresh();
  };
  applyVolume(useVolumeStore.getState());
  useVolumeStore.subscribe(applyVolume);

  window.stillroomDiagnostics = { outputLevelDb: () => sound.levelDb(), soundLog: () => sound.recentLog() };
  return { sound, patientAudio };
}

declare global {
  interface Window {
    /** Read-only measurements for support staff and the end-to-end tests. */
    stillroomDiagnostics?: { outputLevelDb(): number; soundLog(): string[] };
  }
}

/** One value of what the engine plays; re-renders only when `equal` says it changed. */
export function useAudioSnapshot<T>(select: (snapshot: AudioSnapshot) => T, equal?: (a: T, b: T) => boolean): T {
  const { sound } = useRoom();
  return useExternalValue(sound.subscribe, sound.getSnapshot, select, equal);
}

/** The patient's previews and test tone, and what plays of them now. */
export function usePatientAudio(): { patientAudio: PatientAudio; playing: PatientAudioSnapshot } {
  const { patientAudio } = useRoom();
  const playing = useExternalValue(patientAudio.subscribe, patientAudio.getSnapshot, (s) => s);
  return { patientAudio, playing };
}
