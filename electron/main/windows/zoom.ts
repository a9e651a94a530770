/** Chromium zoom levels: 0 is 100 %, each level multiplies by 1.2. Half steps as Electron's own zoom roles take them. */
export const ZOOM_LIMITS = { min: -3, max: 5, step: 0.5 } as const;

export function nextZoomLevel(current: number, direction: 'in' | 'out' | 'reset'): number {
  if (direction === 'reset') return 0;
  const next = current + (direction === 'in' ? ZOOM_LIMITS.step : -ZOOM_LIMITS.step);
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, Math.round(next / ZOOM_LIMITS.step) * ZOOM_LIMITS.step));
}
