// Electron glue: wires the plain modules beside it to Electron. Logic belongs in those modules, where unit tests reach it.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, protocol, session, shell, type WebContents } from 'electron';
import { respondToAppRequest, type AppRouteFolders } from './app-routes';
import { resolveDataFolders } from './data-folders';
import { createHostHandlers, type HostDialogs } from './host-handlers';
import { createHostRouter } from './ipc-router';
import { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME, createTrustedSenderCheck } from './security/app-origin';
import { decideWindowOpen, mayNavigate, mayNavigateFrame, mayUsePermission } from './security/navigation-policy';
import { mainWindowOptions } from './security/window-options';

// main.cjs and preload.cjs sit together in dist/electron; the renderer build in dist/renderer.
const rendererFolder = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// Every renderer the app ever creates is sandboxed, not only the main window.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, APP_ORIGIN)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame && !mayNavigateFrame(details.url, APP_ORIGIN)) details.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url, APP_ORIGIN)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
}

function createDialogs(window: () => BrowserWindow | null): HostDialogs {
  const pick = async (options: Electron.OpenDialogOptions) => {
    const owner = window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    pickImageFile: () =>
      pick({ title: 'Choose a lead image', properties: ['openFile'], filters: [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif'] }] }),
    pickDraftFile: () =>
      pick({ title: 'Open a Copydesk draft', properties: ['openFile'], filters: [{ name: 'Copydesk drafts', extensions: ['json'] }] }),
    pickDraftsFolder: () => pick({ title: 'Choose the drafts folder', properties: ['openDirectory', 'createDirectory'] }),
    pickPortableDraftFile: () =>
      pick({ title: 'Open a Copydesk draft file', properties: ['openFile'], filters: [{ name: 'Copydesk draft files', extensions: ['copydesk'] }] }),
    chooseCopyDestination: async (suggestedName) => {
      const owner = window();
      const options: Electron.SaveDialogOptions = {
        title: 'Save a copy as',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'Copydesk draft files', extensions: ['copydesk'] }],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
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

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(mayUsePermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => mayUsePermission(permission));

  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const response = await respondToAppRequest(request.method, url.pathname, routeFolders, fsp);
    return new Response(response.body as ConstructorParameters<typeof Response>[0], { status: response.status, headers: response.headers });
  });

  let mainWindow: BrowserWindow | null = null;
  const router = createHostRouter({
    handlers: createHostHandlers({
      ...folders,
      fs: fsp,
      dialogs: createDialogs(() => mainWindow),
      clock: () => new Date(),
      openExternal: (url) => shell.openExternal(url),
      appVersion: app.getVersion(),
      platform: process.platform,
      onDraftsFolderChanged: (folder) => {
        routeFolders.draftsFolder = folder;
      },
    }),
    isTrustedSender: createTrustedSenderCheck(APP_ORIGIN),
    onUnexpectedError: (channel, error) => console.error(`Host call ${channel} failed`, error),
  });
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, args: unknown) => router.dispatch(channel, event.senderFrame?.url, args));
  }

  mainWindow = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY_URL);
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
app.on('window-all-closed', () => app.quit());

start().catch((error: unknown) => {
  console.error('Copydesk could not start:', error);
  app.exit(1);
});
