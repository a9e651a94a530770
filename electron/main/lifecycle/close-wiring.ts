// Electron glue: holds window close, app quit and OS shutdown/logout until the renderer has saved (see close-guard.ts).
import { app, powerMonitor, type BrowserWindow } from 'electron';
import type { HostEventSender } from '../host-events';
import { createCloseGuard, type CloseGuard } from './close-guard';

export interface CloseWiringOptions {
  window: () => BrowserWindow | null;
  send: HostEventSender<unknown>;
  /** Writes the host's queued saves (HostServices.flushWrites). */
  flushHost: () => Promise<unknown>;
}

/** Creates the guard; call `watchWindow` for the main window once it exists. The renderer's flushDone goes to `guard.flushDone`. */
export function wireCloseGuard(options: CloseWiringOptions): { guard: CloseGuard; watchWindow(window: BrowserWindow): void } {
  const guard = createCloseGuard({
    requestFlush: (reason) => {
      const window = options.window();
      if (!window || window.isDestroyed() || window.webContents.isCrashed()) return false;
      options.send('flushRequested', { reason });
      return true;
    },
    flushHost: options.flushHost,
    log: (message) => console.warn(message),
  });
  const quit = () => app.quit();

  app.on('before-quit', (event) => {
    if (guard.attempt('quit', quit)) event.preventDefault();
  });
  // Linux and macOS: preventDefault asks the OS to wait while we save, then we quit.
  powerMonitor.on('shutdown', (event?: Electron.Event) => {
    if (guard.attempt('shutdown', quit)) event?.preventDefault();
  });

  return {
    guard,
    watchWindow(window) {
      window.on('close', (event) => {
        if (guard.attempt('close', () => window.close())) event.preventDefault();
      });
      // Windows: shutdown or logout may be delayed while we save; once 'session-end' fires it cannot.
      window.on('query-session-end', (event) => {
        if (guard.attempt('shutdown', quit)) event.preventDefault();
      });
      window.on('session-end', () => void guard.attempt('shutdown', quit));
    },
  };
}
