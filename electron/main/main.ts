// Electron glue: wires the plain modules beside it to Electron. Logic belongs in those modules, where unit tests reach it.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, ClipboardItem, app, clipboard, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { ExportFormat } from '../../core/host-api/contract';
import { respondToAppRequest, type AppRouteFolders } from './app-routes';
import { resolveDataFolders } from './data-folders';
import { createHostEventSender } from './host-events';
import { createDialogFolders } from './dialogs/dialog-folders';
import { createFileDialogs, type FileDialogs, type NativeFileDialogs } from './dialogs/file-dialogs';
import { createHostServices, type HostDialogs } from './host-handlers';
import { withExportExtension } from './export/export-draft';
import { withPortableExtension } from './portable/portable-files';
import { fileExists } from './storage/file-system';
import { createHostRouter } from './ipc-router';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, createTrustedSenderCheck } from './security/app-origin';
import { createNativeShell, listenForLaunchRequests, nativeSpellcheck, type NativeShell } from './native-shell';
import { denyPermissions, guardWebContents } from './security/guards';
import { wireCloseGuard } from './lifecycle/close-wiring';

// main.cjs and preload.cjs sit together in dist/electron; the renderer build in dist/renderer.
const rendererFolder = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Every renderer the app ever creates is sandboxed, not only the main window.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// A data folder of its own (tests, portable setups) gets a browser profile and single-instance lock of its own too.
if (process.env.COPYDESK_DATA_DIR) app.setPath('userData', path.join(path.resolve(process.env.COPYDESK_DATA_DIR), 'profile'));
// Before 'ready': a second Copydesk hands its files to this one, and files asked for at launch wait for the window.
const launch = listenForLaunchRequests();

const EXPORT_FILTERS: Readonly<Record<ExportFormat, Electron.FileFilter>> = {
  html: { name: 'Web page (HTML)', extensions: ['html'] },
  json: { name: 'Copydesk JSON', extensions: ['json'] },
  ninjs: { name: 'IPTC ninjs', extensions: ['json'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  text: { name: 'Plain text', extensions: ['txt'] },
};

const HOUSE_STYLE_FILTER: Electron.FileFilter = { name: 'Copydesk house style', extensions: ['json'] };

/** Electron's dialogs, modal to the main window once there is one. */
const nativeFileDialogs: NativeFileDialogs<BrowserWindow> = {
  showOpenDialog: (owner, options) => (owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options)),
  showSaveDialog: (owner, options) => (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)),
  showMessageBox: (owner, options) => (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options)),
};

function createDialogs({ pick, chooseSaveFile }: FileDialogs): HostDialogs {
  return {
    pickImageFile: () =>
      pick('lead-image', { title: 'Choose a lead image', properties: ['openFile'], filters: [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif'] }] }),
    pickDraftFile: () =>
      pick('draft-file', { title: 'Open a Copydesk draft', properties: ['openFile'], filters: [{ name: 'Copydesk drafts', extensions: ['json'] }] }),
    pickDraftsFolder: () => pick('drafts-folder', { title: 'Choose the drafts folder', properties: ['openDirectory', 'createDirectory'] }),
    pickImportFile: () =>
      pick('import', {
        title: 'Import a wire story, web page or draft',
        properties: ['openFile'],
        filters: [{ name: 'Wire stories (ninjs), web pages, drafts', extensions: ['json', 'html', 'htm'] }, { name: 'All files', extensions: ['*'] }],
      }),
    pickPortableDraftFile: () =>
      pick('portable-draft', { title: 'Open a Copydesk draft file', properties: ['openFile'], filters: [{ name: 'Copydesk draft files', extensions: ['copydesk'] }] }),
    chooseCopyDestination: (suggestedName) =>
      chooseSaveFile('portable-draft', suggestedName, { title: 'Save a copy as', filters: [{ name: 'Copydesk draft files', extensions: ['copydesk'] }] }, withPortableExtension),
    // The hand-off's file goes where copies of drafts go; the dialog says which hand-off it is.
    chooseHandoffDestination: (suggestedName, direction) =>
      chooseSaveFile(
        'portable-draft',
        suggestedName,
        {
          title: direction === 'for-review' ? 'Send for review' : 'Return to reporter',
          buttonLabel: direction === 'for-review' ? 'Send' : 'Return',
          filters: [{ name: 'Copydesk draft files', extensions: ['copydesk'] }],
        },
        withPortableExtension,
      ),
    chooseExportDestination: (suggestedName, format) =>
      chooseSaveFile('export', suggestedName, { title: 'Export', filters: [EXPORT_FILTERS[format]] }, (file) => withExportExtension(file, format)),
    pickHouseStyleFile: () => pick('house-style', { title: 'Import a house style', properties: ['openFile'], filters: [HOUSE_STYLE_FILTER] }),
    chooseHouseStyleDestination: (suggestedName) => chooseSaveFile('house-style', suggestedName, { title: 'Export the house style', filters: [HOUSE_STYLE_FILTER] }),
  };
}

async function start(): Promise<void> {
  await app.whenReady();
  const folders = resolveDataFolders({
    dataDirOverride: process.env.COPYDESK_DATA_DIR,
    documents: app.getPath('documents'),
    userData: app.getPath('userData'),
  });
  const routeFolders: AppRouteFolders = { rendererFolder, draftsFolder: folders.draftsFolder };

  denyPermissions(session.defaultSession);

  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const response = await respondToAppRequest(request.method, url.pathname, routeFolders, fsp);
    return new Response(response.body as ConstructorParameters<typeof Response>[0], { status: response.status, headers: response.headers });
  });

  let native: NativeShell | null = null;
  const sendEvent = createHostEventSender((channel, payload) => native?.window()?.webContents.send(channel, payload));
  const dialogFolders = createDialogFolders({
    fs: fsp,
    stateFolder: folders.stateFolder,
    places: {
      documents: app.getPath('documents'),
      pictures: app.getPath('pictures'),
      draftsFolder: async () => (await services.handlers.getAppInfo({})).draftsFolder,
    },
  });
  const fileDialogs = createFileDialogs({ native: nativeFileDialogs, window: () => native?.window() ?? null, exists: (file) => fileExists(fsp, file), folders: dialogFolders });
  const services = createHostServices({
    ...folders,
    fs: fsp,
    dialogs: createDialogs(fileDialogs),
    clock: () => new Date(),
    openExternal: (url) => shell.openExternal(url),
    appVersion: app.getVersion(),
    platform: process.platform,
    onDraftsFolderChanged: (folder) => {
      routeFolders.draftsFolder = folder;
    },
    spellcheck: nativeSpellcheck,
    clipboard: { write: ({ html, text }) => clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]) },
    emit: sendEvent,
    onFlushDone: () => closing.guard.flushDone(),
  });
  const closing = wireCloseGuard({
    window: () => native?.window() ?? null,
    send: sendEvent,
    flushHost: () => services.flushWrites(),
    unsavedText: services.unsavedText,
  });
  native = await createNativeShell({ services, stateFolder: folders.stateFolder, preloadPath, launch, fileDialogs });
  const router = createHostRouter({
    handlers: native.handlers,
    isTrustedSender: createTrustedSenderCheck(APP_ORIGIN),
    onUnexpectedError: (channel, error) => console.error(`Host call ${channel} failed`, error),
  });
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, args: unknown) => router.dispatch(channel, event.senderFrame?.url, args));
  }

  closing.watchWindow(await native.openMainWindow());
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, APP_ORIGIN, (url) => void shell.openExternal(url)));
app.on('window-all-closed', () => app.quit());

if (!launch.isPrimaryInstance) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error('Copydesk could not start:', error);
    app.exit(1);
  });
}
