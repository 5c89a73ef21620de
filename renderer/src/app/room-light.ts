import { sessionTicker } from '../session/session-ticker';
import { ROOM_LEVEL_PCT } from '../../../src/light/light-plan';

/**
 * The control window dims its own chrome with the room's light level, through one CSS
 * variable, so the screen never glares in a darkened room.
 */
export function followRoomLight(root: HTMLElement): () => void {
  let last = -1;
  return sessionTicker.subscribe(() => {
    const level = sessionTicker.getState()?.light.levelPct ?? ROOM_LEVEL_PCT;
    const rounded = Math.round(level);
    if (rounded === last) return;
    last = rounded;
    root.style.setProperty('--room-light', String(rounded / 100));
    root.dataset.roomLight = String(rounded);
  });
}
