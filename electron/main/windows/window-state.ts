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
