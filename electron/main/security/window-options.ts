import type { BrowserWindowConstructorOptions } from 'electron';

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;

/** Where the window opens (electron/main/windows/window-state.ts); it cannot touch webPreferences. */
export type WindowPlacementOptions = Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height'>;

/** The main window. Every webPreferences line is a protection; security-policy.test.ts fails if one goes. */
export function mainWindowOptions(preloadPath: string, placement: WindowPlacementOptions = DEFAULT_WINDOW_SIZE): BrowserWindowConstructorOptions {
  return {
    // Both or neither: without a position the OS centres the window.
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: 720,
    minHeight: 480,
    title: 'Copydesk',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
