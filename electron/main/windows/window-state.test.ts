import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempFolder } from '../test-support';
import { createWindowStateStore, PLACEMENT_SAVE_DELAY_MS, placementSaving, restorePlacement, showWhenReady, type WindowState } from './window-state';
import { nextZoomLevel, ZOOM_LIMITS } from './zoom';

const defaults = { width: 1280, height: 860 };
const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: -200, width: 2560, height: 1400 };
const state = (x: number, y: number, width = 1200, height = 800, maximized = false): WindowState => ({ bounds: { x, y, width, height }, maximized });

describe('restoring the window', () => {
  it('opens at the default size, placed by the OS, the first time', () => {
    expect(restorePlacement(null, [laptop], defaults)).toEqual({ width: 1280, height: 860, maximized: false });
  });

  it('puts the window back where it was, on whichever display that was', () => {
    expect(restorePlacement(state(100, 40), [laptop, monitorOnTheRight], defaults)).toEqual({ x: 100, y: 40, width: 1200, height: 800, maximized: false });
    expect(restorePlacement(state(2000, 0, 1600, 1000, true), [laptop, monitorOnTheRight], defaults)).toEqual({ x: 2000, y: 0, width: 1600, height: 1000, maximized: true });
  });

  it('lets the OS place it when its display is gone, keeping the size and the maximized state', () => {
    expect(restorePlacement(state(2000, 0, 1600, 1000, true), [laptop], defaults)).toEqual({ width: 1440, height: 875, maximized: true });
  });

  it('does not restore a window with only a sliver, or its title bar above the screen, visible', () => {
    expect(restorePlacement(state(1400, 100), [laptop], defaults)).not.toHaveProperty('x');
    expect(restorePlacement(state(100, 850), [laptop], defaults)).not.toHaveProperty('x');
    expect(restorePlacement(state(100, -300), [laptop], defaults)).not.toHaveProperty('x');
  });

  it('shrinks a window larger than its display', () => {
    expect(restorePlacement(state(0, 0, 3000, 2000), [laptop], defaults)).toMatchObject({ x: 0, y: 0, width: 1440, height: 875 });
  });
});

describe('showing the window', () => {
  function fakeWindow() {
    const calls: string[] = [];
    let readyToShow: (() => void) | null = null;
    return {
      calls,
      paint: () => readyToShow?.(),
      window: {
        once: (event: 'ready-to-show', listener: () => void) => {
          calls.push(`once ${event}`);
          readyToShow = listener;
        },
        maximize: () => calls.push('maximize'),
        show: () => calls.push('show'),
      },
    };
  }

  it('maximizes a window restored as maximized only when its first frame is ready, then shows it', () => {
    const fake = fakeWindow();
    showWhenReady(fake.window, { maximized: true });
    // Nothing that makes the window visible before the page has painted.
    expect(fake.calls).toEqual(['once ready-to-show']);
    fake.paint();
    expect(fake.calls).toEqual(['once ready-to-show', 'maximize', 'show']);
  });

  it('just shows a window that was not maximized', () => {
    const fake = fakeWindow();
    showWhenReady(fake.window, { maximized: false });
    fake.paint();
    expect(fake.calls).toEqual(['once ready-to-show', 'show']);
  });
});

describe('when the placement is saved', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each(['darwin', 'win32'] as const)('on %s: when a move or resize ends (moved, resized), on maximize changes and on close', (platform) => {
    const saving = placementSaving(platform, vi.fn());
    expect([...saving.immediate].sort()).toEqual(['close', 'maximize', 'moved', 'resized', 'unmaximize']);
    expect(saving.debounced).toEqual([]);
  });

  it('on Linux, where resized and moved never fire: once resize and move events stop', () => {
    const save = vi.fn();
    const saving = placementSaving('linux', save);
    expect(saving.immediate).not.toContain('resized');
    expect(saving.immediate).not.toContain('moved');
    expect([...saving.immediate].sort()).toEqual(['close', 'maximize', 'unmaximize']);
    expect([...saving.debounced].sort()).toEqual(['move', 'resize']);

    // A drag: a resize event at every step, then the window rests.
    for (let step = 0; step < 30; step += 1) {
      saving.saveSoon();
      vi.advanceTimersByTime(PLACEMENT_SAVE_DELAY_MS / 10);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PLACEMENT_SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledOnce();
  });

  it('saves at once on close, without a late second save from a pending move', () => {
    const save = vi.fn();
    const saving = placementSaving('linux', save);
    saving.saveSoon();
    saving.saveNow();
    expect(save).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(PLACEMENT_SAVE_DELAY_MS * 2);
    expect(save).toHaveBeenCalledOnce();
  });
});

describe('window state file', () => {
  let root: string;
  beforeEach(async () => {
    root = await makeTempFolder('window-state');
  });
  afterEach(async () => {
    await fsp.rm(root, { recursive: true, force: true });
  });

  it('round-trips, with fractional bounds (scaled displays) rounded', async () => {
    const store = createWindowStateStore({ fs: fsp, stateFolder: path.join(root, 'state') });
    expect(await store.read()).toBeNull();
    await store.write({ bounds: { x: 10.4, y: 20.6, width: 1200.5, height: 800 }, maximized: true });
    expect(await store.read()).toEqual({ bounds: { x: 10, y: 21, width: 1201, height: 800 }, maximized: true });
  });

  it('treats a corrupt or foreign file as no saved state', async () => {
    const store = createWindowStateStore({ fs: fsp, stateFolder: root });
    await fsp.writeFile(path.join(root, 'window-state.json'), '{"bounds": {"x": "left"}}');
    expect(await store.read()).toBeNull();
    await fsp.writeFile(path.join(root, 'window-state.json'), 'garbage');
    expect(await store.read()).toBeNull();
  });
});

describe('zoom', () => {
  it('steps in and out by half a level within the limits, and resets to 0', () => {
    expect(nextZoomLevel(0, 'in')).toBe(0.5);
    expect(nextZoomLevel(0.5, 'out')).toBe(0);
    expect(nextZoomLevel(ZOOM_LIMITS.max, 'in')).toBe(ZOOM_LIMITS.max);
    expect(nextZoomLevel(ZOOM_LIMITS.min, 'out')).toBe(ZOOM_LIMITS.min);
    expect(nextZoomLevel(3.7, 'reset')).toBe(0);
    expect(nextZoomLevel(0.3, 'in')).toBe(1);
  });
});
