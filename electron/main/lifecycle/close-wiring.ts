// Electron glue: holds window close, app quit and OS shutdown/logout until the renderer has saved (see close-guard.ts).
import { app, dialog, powerMonitor, type BrowserWindow } from 'electron';
import type { HostEventSender } from '../host-events';
import { createCloseGuard, type CloseGuard, type LostTextDeps } from './close-guard';
import { lostTextChoice, lostTextMessageBox } from './lost-text-dialog';
import { lostTextOf, type UnsavedText } from './unsaved-text';

export interface CloseWiringOptions {
  window: () => BrowserWindow | null;
  send: HostEventSender<unknown>;
  /** Writes the host's queued saves (HostServices.flushWrites). */
  flushHost: () => Promise<unknown>;
  /** Text on disk nowhere at close (HostServices.unsavedText). */
  unsavedText: Pick<UnsavedText, 'lost' | 'saveElsewhere'>;
}

/** The native message box and folder picker in front of the unsaved-text check, attached to the window when there is one. */
function nativeLostTextDeps(options: CloseWiringOptions): LostTextDeps {
  return lostTextOf(options.unsavedText, {
    async ask(question) {
      const { box, choices } = lostTextMessageBox(question);
      const owner = options.window();
      const { response } = owner && !owner.isDestroyed() ? await dialog.showMessageBox(owner, box) : await dialog.showMessageBox(box);
      return lostTextChoice(choices, response);
    },
    async pickFolder() {
      const picker: Electron.OpenDialogOptions = {
        title: 'Save the unsaved changes in…',
        buttonLabel: 'Save Here',
        defaultPath: app.getPath('home'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const owner = options.window();
      const result = owner && !owner.isDestroyed() ? await dialog.showOpenDialog(owner, picker) : await dialog.showOpenDialog(picker);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  });
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
    lostText: nativeLostTextDeps(options),
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
