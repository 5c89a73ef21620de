import type { SessionTicker } from '../session/session-ticker';
import { ROOM_LEVEL_PCT } from '@domain/light/light-plan';

/** Steps of the window's own dimming: finer than the eye can tell on dark chrome. */
const STEP_PCT = 2;

/**
 * The control window dims its own chrome with the room's light level, through one CSS
 * variable, so the screen never glares in a darkened room. Each change restyles the whole
 * page, so it moves in small steps rather than on every fraction of a percent.
 */
export function followRoomLight(root: HTMLElement, sessionTicker: SessionTicker): () => void {
  let last = -1;
  return sessionTicker.subscribe(() => {
    const level = sessionTicker.getState()?.light.levelPct ?? ROOM_LEVEL_PCT;
    const rounded = Math.round(level / STEP_PCT) * STEP_PCT;
    if (rounded === last) return;
    last = rounded;
    root.style.setProperty('--room-light', String(rounded / 100));
    root.dataset.roomLight = String(rounded);
  });
}
