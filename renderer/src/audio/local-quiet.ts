import { create } from 'zustand';
import { QUIET_FADE_MS, SOUND_BACK_FADE_MS } from '@domain/audio/sound-plan';
import { Envelope } from '@domain/session/ramp';

interface LocalQuiet {
  /** Quiet pressed while the services could not be reached; the page fades the sound itself. */
  quiet: boolean;
  /** The page's own fade, on performance.now(). */
  envelope: Envelope;
  actions: {
    set(quiet: boolean): void;
    /** The session's own plan is silent now: the page's fade can go, unheard. */
    handOver(): void;
  };
}

/**
 * Quiet now must work even when the web host is gone: the sound plays in this page, so the page
 * fades it out itself (and back in with Resume sound). Once the services are back, the session
 * is told and takes the quiet over.
 */
export const useLocalQuiet = create<LocalQuiet>()((set, get) => ({
  quiet: false,
  envelope: new Envelope(1),
  actions: {
    set: (quiet) => {
      if (quiet === get().quiet) return;
      get().envelope.rampTo(performance.now(), quiet ? 0 : 1, quiet ? QUIET_FADE_MS : SOUND_BACK_FADE_MS);
      set({ quiet });
    },
    handOver: () => set({ quiet: false, envelope: new Envelope(1) }),
  },
}));

/** How loud the page lets the room be now, 0..1, on top of the session's own plan. */
export const localQuietGain = () => useLocalQuiet.getState().envelope.valueAt(performance.now());

/** The session's state as the console shows it: quiet when the page has quieted the room itself. */
export function withLocalQuiet<S extends { sound: { quiet: boolean } }>(state: S): S {
  return useLocalQuiet.getState().quiet ? { ...state, sound: { ...state.sound, quiet: true } } : state;
}
