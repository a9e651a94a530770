// Electron glue for OS integration: menus, context menu, window placement, zoom, theme, spelling,
// printing and files opened from the OS. The decisions live in the plain modules it imports.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, nativeTheme, screen, session, shell, type MenuItemConstructorOptions } from 'electron';
import type { Settings } from '../../core/settings/settings-schema';
import type { FileDialogs } from './dialogs/file-dialogs';
import { createHostEventSender } from './host-events';
import type { HostServices } from './host-handlers';
import type { HostHandlers } from './ipc-router';
import { applicationMenuTemplate } from './menus/application-menu';
import { contextMenuTemplate } from './menus/context-menu';
import { APP_ID } from './os-open/app-identity';
import { filesFromArguments } from './os-open/launch-arguments';
import { createOpenQueue } from './os-open/open-queue';
import { createOsOpenedDrafts } from './os-open/os-opened-drafts';
import { createRecentDocuments } from './os-open/recent-documents';
import { trackRecentDocuments } from './os-open/recent-tracking';
import { pdfOptions, printFailureToReport, printOptions, suggestedPdfName, withPdfExtension } from './print/print-options';
import { APP_ENTRY_URL } from './security/app-origin';
import { DEFAULT_WINDOW_SIZE, mainWindowOptions } from './security/window-options';
import { describeSpellcheck, spellcheckLanguagesToUse, type SpellcheckInfo } from './spellcheck/spellcheck-languages';
import { writeFileAtomic } from './storage/atomic-write';
import { createWindowStateStore, placementSaving, restorePlacement, showWhenReady } from './windows/window-state';
import { nextZoomLevel } from './windows/zoom';

/** The single-instance lock and the files the OS asks us to open (see os-open/open-queue.ts). */
export interface LaunchRequests {
  /** False when another Copydesk is already running: it was handed our files and this one must quit. */
  isPrimaryInstance: boolean;
  /** Takes the files asked for so far and hands every later one to `open`. */
  drain(open: (file: string) => void): string[];
}

/** Call before app 'ready': takes the single-instance lock and starts listening for files to open. */
export function listenForLaunchRequests(): LaunchRequests {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const isPrimaryInstance = app.requestSingleInstanceLock();
  // `electron <app> <file>` in development; the packaged executable takes files directly.
  const firstPositionalIsApp = process.defaultApp === true;
  const queue = createOpenQueue(filesFromArguments(process.argv, { cwd: process.cwd(), firstPositionalIsApp }));

  app.on('open-file', (event, file) => {
    event.preventDefault();
    queue.request(file);
  });
  app.on('second-instance', (_event, argv, cwd) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    for (const file of filesFromArguments(argv, { cwd, firstPositionalIsApp })) queue.request(file);
  });

  return { isPrimaryInstance, drain: queue.drain };
}

/** The host handlers' `spellcheck` dependency: what this machine's spellchecker offers and uses. */
export function nativeSpellcheck(): SpellcheckInfo {
  return describeSpellcheck({
    platform: process.platform,
    available: session.defaultSession.availableSpellCheckerLanguages,
    chosen: session.defaultSession.getSpellCheckerLanguages(),
  });
}

function applySettings(settings: Settings): void {
  nativeTheme.themeSource = settings.theme;
  // macOS checks with the system spellchecker in the languages of System Settings; this call does nothing there.
  if (process.platform !== 'darwin') {
    session.defaultSession.setSpellCheckerLanguages(
      spellcheckLanguagesToUse({
        wanted: settings.spellcheckLanguages,
        osLanguages: app.getPreferredSystemLanguages(),
        available: session.defaultSession.availableSpellCheckerLanguages,
      }),
    );
  }
}

export interface NativeShell {
  /** The host calls as the renderer gets them: recent documents tracked, settings changes applied. */
  handlers: HostHandlers;
  window(): BrowserWindow | null;
  /** Creates the main window where it was last time, with menus, and loads the app. */
  openMainWindow(): Promise<BrowserWindow>;
}

export async function createNativeShell(options: {
  services: HostServices;
  stateFolder: string;
  preloadPath: string;
  launch: LaunchRequests;
  fileDialogs: FileDialogs;
}): Promise<NativeShell> {
  const { services, stateFolder } = options;
  const recent = createRecentDocuments({ fs: fsp, stateFolder });
  const windowState = createWindowStateStore({ fs: fsp, stateFolder });
  let settings = (await services.settings.get()).settings;
  let recentFiles = await recent.list();
  let mainWindow: BrowserWindow | null = null;
  // Commands shown only while the page has a handler for them (command table: hiddenUntilHandled).
  const availableCommands = new Set<string>();
  applySettings(settings);

  const sendEvent = createHostEventSender((channel, payload) => mainWindow?.webContents.send(channel, payload));
  const osOpened = createOsOpenedDrafts((opened) => sendEvent('openDraftRequested', opened));
  const report = (title: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (mainWindow) void dialog.showMessageBox(mainWindow, { type: 'error', message: title, detail: message });
    else dialog.showErrorBox(title, message);
  };

  function rememberRecent(file: string): void {
    app.addRecentDocument(file);
    recent.add(file).then(
      (files) => {
        recentFiles = files;
        setMenu();
      },
      (error: unknown) => console.warn('Could not update the recent documents list', error),
    );
  }

  async function changeSettings(patch: Partial<Settings>): Promise<void> {
    settings = await services.settings.update(patch);
    applySettings(settings);
    setMenu();
  }

  async function zoom(direction: 'in' | 'out' | 'reset'): Promise<void> {
    const zoomLevel = nextZoomLevel(settings.zoomLevel, direction);
    mainWindow?.webContents.setZoomLevel(zoomLevel);
    await changeSettings({ zoomLevel });
  }

  async function openFromOs(file: string): Promise<void> {
    try {
      const { article, compare } = await services.openDraftAtPath(file);
      rememberRecent(file);
      osOpened.opened(compare ? { draftId: article.id, compare } : { draftId: article.id });
    } catch (error) {
      report(`Copydesk could not open “${path.basename(file)}”.`, error);
    }
  }

  async function saveAsPdf(): Promise<void> {
    const window = mainWindow;
    if (!window) return;
    const { draftId } = await tracked.getLastSession({});
    const slug = draftId ? (await handlers.loadDraft({ id: draftId }).catch(() => null))?.article.slug ?? '' : '';
    const file = await options.fileDialogs.chooseSaveFile('pdf', suggestedPdfName(slug), { title: 'Save as PDF', filters: [{ name: 'PDF', extensions: ['pdf'] }] }, withPdfExtension);
    if (file === null) return;
    const pdf = await window.webContents.printToPDF(pdfOptions(app.getLocale()));
    await writeFileAtomic(fsp, file, pdf);
  }

  function menuTemplate(): MenuItemConstructorOptions[] {
    return applicationMenuTemplate({
      platform: process.platform,
      isDevelopment: !app.isPackaged,
      recentDocuments: recentFiles,
      theme: settings.theme,
      availableCommands,
      sendCommand: (command) => sendEvent('menuCommand', { command }),
      openRecent: (file) => void openFromOs(file),
      clearRecent: () => {
        app.clearRecentDocuments();
        recentFiles = [];
        setMenu();
        void recent.clear();
      },
      setTheme: (theme) => void changeSettings({ theme }).catch((error: unknown) => report('Could not change the appearance.', error)),
      zoom: (direction) => void zoom(direction).catch((error: unknown) => report('Could not keep the zoom level.', error)),
      print: () =>
        mainWindow?.webContents.print(printOptions(), (printed, failureReason) => {
          const failure = printFailureToReport(printed, failureReason);
          if (failure) report('Printing failed.', failure);
        }),
      saveAsPdf: () => void saveAsPdf().catch((error: unknown) => report('Could not save the PDF.', error)),
    });
  }

  function setMenu(): void {
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));
  }

  const tracked = trackRecentDocuments(services.handlers, {
    draftFile: async (draftId) => path.join((await services.handlers.getAppInfo({})).draftsFolder, draftId, 'article.json'),
    remember: rememberRecent,
  });
  const handlers: HostHandlers = {
    ...tracked,
    getLastSession: async (args) => osOpened.lastSession(await tracked.getLastSession(args)),
    async setAvailableCommands({ ids }) {
      availableCommands.clear();
      for (const id of ids) availableCommands.add(id);
      setMenu();
      return {};
    },
    async updateSettings(patch) {
      const result = await tracked.updateSettings(patch);
      settings = result.settings;
      applySettings(settings);
      mainWindow?.webContents.setZoomLevel(settings.zoomLevel);
      setMenu();
      return result;
    },
  };

  async function openMainWindow(): Promise<BrowserWindow> {
    // Files asked for at launch open first, so the page starts on the last of them.
    for (const file of options.launch.drain((file) => void openFromOs(file))) await openFromOs(file);

    const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
    const placement = restorePlacement(await windowState.read(), workAreas, DEFAULT_WINDOW_SIZE);
    const window = new BrowserWindow(mainWindowOptions(options.preloadPath, placement));
    mainWindow = window;
    showWhenReady(window, placement);
    // A debounced save may fire after the window is gone; a destroyed window throws on every getter.
    const saving = placementSaving(process.platform, () => {
      if (!window.isDestroyed()) void windowState.write({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }).catch(() => undefined);
    });
    for (const event of saving.immediate) window.on(event as 'close', saving.saveNow);
    for (const event of saving.debounced) window.on(event as 'resize', saving.saveSoon);
    window.on('closed', () => {
      mainWindow = null;
      osOpened.pageGone();
    });
    // Ctrl+wheel and pinch: kept like the menu's zoom.
    window.webContents.on('zoom-changed', (_event, direction) => void zoom(direction).catch(() => undefined));
    window.webContents.on('did-finish-load', () => {
      window.webContents.setZoomLevel(settings.zoomLevel);
      osOpened.pageLoaded();
    });
    window.webContents.on('context-menu', (_event, params) => {
      const template = contextMenuTemplate(params, {
        availableCommands,
        replaceMisspelling: (suggestion) => window.webContents.replaceMisspelling(suggestion),
        addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
        sendCommand: (command) => sendEvent('menuCommand', { command }),
        openLink: (url) => void shell.openExternal(url),
      });
      if (template.length) Menu.buildFromTemplate(template).popup({ window });
    });
    setMenu();
    await window.loadURL(APP_ENTRY_URL);
    return window;
  }

  return { handlers, window: () => mainWindow, openMainWindow };
}
