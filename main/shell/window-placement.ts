import { z } from 'zod';

export const Rect = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Rect = z.infer<typeof Rect>;

/** Where the control window was when it last moved: its normal (not maximized) bounds and display. */
export const WindowState = z.object({
  bounds: Rect,
  displayId: z.number().int(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** A display as the placement needs it: its id and the part windows may use (no task bar or dock). */
export interface DisplayArea {
  id: number;
  workArea: Rect;
}

export interface Placement {
  bounds: Rect;
  maximized: boolean;
  /** Whether the remembered place was used, or the window was centred on the primary display. */
  restored: boolean;
}

/** The control window's usual and smallest sizes. */
export const CONTROL_WINDOW_SIZE = { width: 1280, height: 800, minWidth: 900, minHeight: 600 };

/**
 * Less than this share of a remembered window on its display (or of the display, for a window
 * larger than it) counts as lost off screen.
 */
const MIN_VISIBLE_SHARE = 0.5;

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** A length no smaller than the window's minimum, unless the area itself is smaller. */
function fit(length: number, min: number, available: number): number {
  return Math.min(Math.max(length, min), available);
}

/** Moves and shrinks a rectangle until it lies wholly inside an area. */
export function clampInto(bounds: Rect, area: Rect, min = { width: 0, height: 0 }): Rect {
  const width = fit(bounds.width, min.width, area.width);
  const height = fit(bounds.height, min.height, area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** A window of the usual size (or smaller, if the display is), centred in an area. */
export function centredIn(area: Rect, size = CONTROL_WINDOW_SIZE): Rect {
  const width = fit(size.width, size.minWidth, area.width);
  const height = fit(size.height, size.minHeight, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the control window opens: where it was, if that display is still connected and at
 * least half the window is on it (then nudged wholly inside); otherwise centred on the
 * primary display. Maximized stays as it was either way.
 */
export function placeWindow(saved: WindowState | null, displays: DisplayArea[], primaryId: number): Placement {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) throw new Error('No display to open the window on.');
  const maximized = saved?.maximized ?? false;
  const display = saved ? displays.find((d) => d.id === saved.displayId) : undefined;
  if (saved && display) {
    const min = { width: CONTROL_WINDOW_SIZE.minWidth, height: CONTROL_WINDOW_SIZE.minHeight };
    const { bounds } = saved;
    const area = display.workArea;
    const visible =
      overlapArea(bounds, area) >= MIN_VISIBLE_SHARE * Math.min(bounds.width * bounds.height, area.width * area.height);
    if (visible) return { bounds: clampInto(bounds, area, min), maximized, restored: true };
  }
  return { bounds: centredIn(primary.workArea), maximized, restored: false };
}
