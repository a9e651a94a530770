import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write';
import type { HostFileSystem } from '../storage/file-system';

const RectangleSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });
export type Rectangle = z.infer<typeof RectangleSchema>;

const WindowStateSchema = z.object({ bounds: RectangleSchema, maximized: z.boolean() });
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface WindowPlacement {
  /** Absent: let the OS place the window (centred on the primary display). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** How much of the window must lie on a display for its old position to count as visible: enough to grab the title bar. */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where the window opens: where it was last time if that is still on a connected display (a
 * monitor may have been unplugged since), else centred by the OS at the saved size, shrunk to fit
 * the primary display's work area.
 */
export function restorePlacement(saved: WindowState | null, workAreas: readonly Rectangle[], defaults: { width: number; height: number }): WindowPlacement {
  if (!saved) return { ...defaults, maximized: false };
  const { bounds } = saved;
  const home = workAreas.find((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height && bounds.y >= area.y;
  });
  if (home) {
    return { x: bounds.x, y: bounds.y, width: Math.min(bounds.width, home.width), height: Math.min(bounds.height, home.height), maximized: saved.maximized };
  }
  const primary = workAreas[0];
  return {
    width: primary ? Math.min(bounds.width, primary.width) : bounds.width,
    height: primary ? Math.min(bounds.height, primary.height) : bounds.height,
    maximized: saved.maximized,
  };
}

/** `<stateFolder>/window-state.json`. A missing or corrupt file means the default placement. */
export function createWindowStateStore({ fs, stateFolder }: { fs: HostFileSystem; stateFolder: string }) {
  const file = path.join(stateFolder, 'window-state.json');
  return {
    async read(): Promise<WindowState | null> {
      try {
        const parsed = WindowStateSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async write(state: WindowState): Promise<void> {
      const rounded = { ...state, bounds: RectangleSchema.parse(Object.fromEntries(Object.entries(state.bounds).map(([key, value]) => [key, Math.round(value)]))) };
      await fs.mkdir(stateFolder, { recursive: true });
      await writeFileAtomic(fs, file, `${JSON.stringify(rounded)}\n`);
    },
  };
}

/** The parts of a BrowserWindow that showing it touches; tests pass a fake. */
export interface WindowToShow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  maximize(): void;
  show(): void;
}

/**
 * Shows the window once its first frame is painted, maximizing it there when it was maximized: maximize()
 * on a window that has not painted yet shows it at once, empty, until the page arrives.
 */
export function showWhenReady(window: WindowToShow, placement: Pick<WindowPlacement, 'maximized'>): void {
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
}

export type PlacementEvent = 'close' | 'maximize' | 'unmaximize' | 'resized' | 'moved' | 'resize' | 'move';

/** How long a Linux window must rest before its bounds are saved: `resize`/`move` fire at every step of a drag. */
export const PLACEMENT_SAVE_DELAY_MS = 500;

export interface PlacementSaving {
  /** Events after which the placement is saved at once. */
  immediate: readonly PlacementEvent[];
  /** Events after which it is saved once they stop for PLACEMENT_SAVE_DELAY_MS. */
  debounced: readonly PlacementEvent[];
  saveNow(): void;
  saveSoon(): void;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * When the placement is saved, besides on close (a quit that beats the close write then loses nothing):
 * when a move or resize ends. macOS and Windows say so (`moved`, `resized`); Linux has only the step
 * events `move` and `resize`, so there the last of a burst saves.
 */
export function placementSaving(platform: NodeJS.Platform, save: () => void, timers: Timers = systemTimers): PlacementSaving {
  const reportsEnd = platform === 'darwin' || platform === 'win32';
  let pending: unknown = null;
  const cancel = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  return {
    immediate: ['close', 'maximize', 'unmaximize', ...(reportsEnd ? (['resized', 'moved'] as const) : [])],
    debounced: reportsEnd ? [] : ['resize', 'move'],
    saveNow() {
      cancel();
      save();
    },
    saveSoon() {
      cancel();
      pending = timers.setTimeout(() => {
        pending = null;
        save();
      }, PLACEMENT_SAVE_DELAY_MS);
    },
  };
}
