import { describe, expect, it } from 'vitest';
import {
  CONTROL_WINDOW_SIZE,
  placeWindow,
  type DisplayArea,
  type WindowState,
} from '../../../../main/shell/window-placement';
import { WindowStateStore } from '../../../../main/shell/window-state-store';
import fs from 'node:fs';
import path from 'node:path';
import { fileStores, tempDir } from '../../../support/services';

// A laptop (primary, with a task bar at the bottom) and a room TV to its left.
const laptop: DisplayArea = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const tv: DisplayArea = { id: 2, workArea: { x: -3840, y: 0, width: 3840, height: 2160 } };

const onTv: WindowState = { bounds: { x: -3000, y: 200, width: 1400, height: 900 }, displayId: 2, maximized: false };

describe('where the control window opens', () => {
  it('the first time: the usual size, centred on the primary display', () => {
    expect(placeWindow(null, [tv, laptop], 1)).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      maximized: false,
      restored: false,
    });
  });

  it('where it was, on the display it was on, even left of the primary one', () => {
    expect(placeWindow(onTv, [laptop, tv], 1)).toEqual({ bounds: onTv.bounds, maximized: false, restored: true });
  });

  it('maximized again if it was maximized', () => {
    expect(placeWindow({ ...onTv, maximized: true }, [laptop, tv], 1)).toMatchObject({
      bounds: onTv.bounds,
      maximized: true,
      restored: true,
    });
  });

  it('centred on the primary display when its display is no longer connected', () => {
    const placement = placeWindow({ ...onTv, maximized: true }, [laptop], 1);
    expect(placement).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      maximized: true,
      restored: false,
    });
  });

  it('centred on the primary display when most of it would be off its display', () => {
    const offEdge: WindowState = {
      bounds: { x: 1500, y: 100, width: 1200, height: 800 },
      displayId: 1,
      maximized: false,
    };
    expect(placeWindow(offEdge, [laptop], 1).restored).toBe(false);
  });

  it('nudged wholly onto its display when only a little hangs over the edge (under the task bar here)', () => {
    const overEdge: WindowState = {
      bounds: { x: 800, y: 400, width: 1200, height: 800 },
      displayId: 1,
      maximized: false,
    };
    expect(placeWindow(overEdge, [laptop], 1)).toEqual({
      bounds: { x: 720, y: 240, width: 1200, height: 800 },
      maximized: false,
      restored: true,
    });
  });

  it('shrunk to its display when the display got smaller (a lower resolution)', () => {
    const big: WindowState = { bounds: { x: 0, y: 0, width: 3800, height: 2100 }, displayId: 1, maximized: false };
    expect(placeWindow(big, [laptop], 1)).toEqual({ bounds: laptop.workArea, maximized: false, restored: true });
  });

  it('never smaller than the window’s minimum size, even if it was saved smaller', () => {
    const tiny: WindowState = { bounds: { x: 10, y: 10, width: 300, height: 200 }, displayId: 1, maximized: false };
    const { bounds } = placeWindow(tiny, [laptop], 1);
    expect(bounds).toEqual({
      x: 10,
      y: 10,
      width: CONTROL_WINDOW_SIZE.minWidth,
      height: CONTROL_WINDOW_SIZE.minHeight,
    });
  });

  it('no larger than a small primary display', () => {
    const small: DisplayArea = { id: 7, workArea: { x: 0, y: 0, width: 1024, height: 700 } };
    expect(placeWindow(null, [small], 7).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('on the first display when the one named primary is not in the list', () => {
    expect(placeWindow(null, [laptop], 99).bounds).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });
});

describe('the remembered window place (window-state.json)', () => {
  it('is kept across restarts', () => {
    const dataDir = tempDir();
    expect(new WindowStateStore(dataDir, fileStores).load()).toBeNull();
    expect(new WindowStateStore(dataDir, fileStores).save(onTv)).toBe(true);
    expect(new WindowStateStore(dataDir, fileStores).load()).toEqual(onTv);
  });

  it('ignores a place that cannot be right and keeps the last good one', () => {
    const store = new WindowStateStore(tempDir(), fileStores);
    store.save(onTv);
    expect(store.save({ ...onTv, bounds: { ...onTv.bounds, width: 0 } })).toBe(false);
    expect(store.load()).toEqual(onTv);
  });

  it('moves a damaged file aside and opens centred', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'window-state.json'), '{"control": {"bounds": "everywhere"}}');
    const store = new WindowStateStore(dataDir, fileStores);
    expect(store.load()).toBeNull();
    expect(store.notice).toMatch(/window-state\.json could not be read/);
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith('window-state.unreadable-'))).toBe(true);
  });
});
