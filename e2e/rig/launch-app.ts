import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { resolveDataFolders } from '../../electron/main/data-folders';
import type { HostEventName } from '../../core/host-api/contract';
import { createHostEventSender, type HostEventSender } from '../../electron/main/host-events';
import { createHostServices, type HostServices } from '../../electron/main/host-handlers';
import { createHostRouter } from '../../electron/main/ipc-router';
import { createTrustedSenderCheck } from '../../electron/main/security/app-origin';
import type { SettingsPatch, ThemeChoice } from '../../core/settings/settings-schema';
import type { Person } from '../../core/review/review-schema';
import { startAppServer } from './app-server';
import { rigBridgeScript } from './build-bridge';
import { FakeDialogs } from './fake-dialogs';
import { describeProblems, guardContext, watchPage, type PageProblems } from './page-guard';
import { RIG_DROP_FOLDER, RIG_EVENT_DELIVERY, RIG_TRANSPORT_BINDING } from './rig-binding';

export const DEFAULT_RENDERER_FOLDER = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface LaunchOptions {
  browser: Browser;
  /** Folder for drafts (`drafts/`) and state (`state/`), as COPYDESK_DATA_DIR in the app. A new temp folder when omitted. */
  dataDir?: string;
  /** The renderer build to serve; dist/renderer by default. */
  rendererFolder?: string;
  /**
   * Who is working, stored in the settings before the first start unless the data folder has settings
   * already: RIG_USER by default, so the first-run prompt stays away; null for a first run that asks.
   */
  user?: Person | null;
}

/** Who is working in a test that does not say. */
export const RIG_USER: Person = { name: 'Copydesk user', initials: 'CU' };

/** Settings naming the user, as if the first-run prompt had been answered; settings already there are kept. */
async function seedUser(stateFolder: string, user: Person): Promise<void> {
  await fsp.mkdir(stateFolder, { recursive: true });
  const settings: SettingsPatch = { user, userPromptAnswered: true };
  await fsp.writeFile(path.join(stateFolder, 'settings.json'), JSON.stringify(settings), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

/** One running Copydesk: the production renderer in Chromium, the real host handlers in this process. */
export interface CopydeskApp {
  page: Page;
  /** The app's own origin, http://127.0.0.1:<port>; it stands where app://copydesk is in Electron. */
  origin: string;
  dataDir: string;
  draftsFolder: string;
  stateFolder: string;
  dialogs: FakeDialogs;
  /** Links the app handed to the system browser or mail client, in order. */
  externalOpened: string[];
  /** What the app wrote to the system clipboard (writeClipboard), in order. */
  clipboard: Array<{ html: string; text: string }>;
  /** What the page did wrong so far: requests to other origins, CSP violations, uncaught errors. */
  problems: PageProblems;
  /** For a test that provokes a CSP violation on purpose: violations matching the pattern are not problems. */
  expectCspViolation(pattern: RegExp): void;
  /** Throws, listing every problem, unless the page behaved. */
  assertNoProblems(): void;
  /** Sends a host event to the page, as Electron's main does with webContents.send. */
  emitHostEvent: HostEventSender<Promise<void>>;
  /** Files a test puts here can be dropped on the page by name (the rig's stand-in for webUtils.getPathForFile). */
  dropFolder: string;
  /** What the OS does on a double-click, `copydesk <file>` or a second instance: open the file into the library, then tell the page. */
  openFromOs(file: string): Promise<void>;
  /** Events the host handlers sent to the page by themselves (saveStatusChanged, draftChangedOnDisk…), in order, since launch. */
  hostEventsSent: { name: HostEventName; payload: unknown }[];
  /**
   * Kills the app without closing it: the page gets no flushRequested and no beforeunload, and from
   * this moment its host calls are dropped unanswered (so nothing more reaches the disk from it).
   * Follow with restart() to relaunch on the same data folder, as after a crash. localStorage is kept
   * as it was at the crash. Saves the host had already accepted may still finish, as they would if
   * only the renderer had died.
   */
  crash(): Promise<void>;
  /**
   * From now until the next restart, the page's saves never finish (a disk that stops answering):
   * what is typed from here on is only in the recovery copies, so a crash is certain to leave unsaved text.
   */
  holdSaves(): void;
  /** Quits and relaunches on the same data folder: fresh handlers, fresh page, localStorage kept as Electron keeps it. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function launchCopydesk(options: LaunchOptions): Promise<CopydeskApp> {
  const dataDir = options.dataDir ?? (await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-e2e-')));
  const folders = resolveDataFolders({ dataDirOverride: dataDir, documents: '', userData: '' });
  const user = options.user === undefined ? RIG_USER : options.user;
  if (user) await seedUser(folders.stateFolder, user);
  // The asset route follows the library when the user moves it (chooseDraftsFolder), as in Electron's main.
  const routeFolders = { rendererFolder: options.rendererFolder ?? DEFAULT_RENDERER_FOLDER, draftsFolder: folders.draftsFolder };
  const server = await startAppServer(routeFolders);
  const bridge = await rigBridgeScript();
  const dialogs = new FakeDialogs();
  const externalOpened: string[] = [];
  const clipboard: CopydeskApp['clipboard'] = [];
  const problems: PageProblems = { foreignRequests: [], cspViolations: [], pageErrors: [] };
  const expectedCspViolations: RegExp[] = [];

  const dropFolder = path.join(dataDir, 'dropped');
  await fsp.mkdir(dropFolder, { recursive: true });

  const hostEventsSent: CopydeskApp['hostEventsSent'] = [];
  let crashed: { storageState: Awaited<ReturnType<BrowserContext['storageState']>> } | null = null;

  async function open(storageState?: Awaited<ReturnType<BrowserContext['storageState']>>): Promise<{ context: BrowserContext; page: Page; services: HostServices; dropCalls(): void; holdSaves(): void; settle(): Promise<void> }> {
    let pageForEvents: Page | null = null;
    let dropped = false;
    let savesHeld = false;
    // Events the handlers send reach this launch's page only, the way webContents.send reaches its window.
    const sendToPage = createHostEventSender((channel, payload) =>
      pageForEvents
        ?.evaluate(
          ([deliver, eventChannel, eventPayload]) => (window as unknown as Record<string, (c: string, p: unknown) => void>)[deliver](eventChannel, eventPayload),
          [RIG_EVENT_DELIVERY, channel, payload] as const,
        )
        .catch(() => undefined),
    );
    const services = createHostServices({
      ...folders,
      fs: fsp,
      dialogs,
      clock: () => new Date(),
      openExternal: async (url) => void externalOpened.push(url),
      clipboard: { write: (data) => void clipboard.push(data) },
      appVersion: '0.0.0-e2e',
      platform: process.platform,
      onDraftsFolderChanged: (folder) => {
        routeFolders.draftsFolder = folder;
      },
      emit: (name, payload) => {
        if (dropped) return;
        hostEventsSent.push({ name, payload });
        void sendToPage(name, payload);
      },
    });
    // Electron's main sets nativeTheme.themeSource from the theme setting, which is what prefers-color-scheme
    // answers in the page; here emulateMedia does the same, so the renderer's one mechanism is tested.
    let page: Page | null = null;
    const followTheme = async (theme: ThemeChoice) => page?.emulateMedia({ colorScheme: theme === 'system' ? null : theme });
    const router = createHostRouter({
      handlers: {
        ...services.handlers,
        async updateSettings(patch) {
          const result = await services.handlers.updateSettings(patch);
          await followTheme(result.settings.theme);
          return result;
        },
      },
      isTrustedSender: createTrustedSenderCheck(server.origin),
      onUnexpectedError: (channel, error) => problems.pageErrors.push(`Host call ${channel} failed unexpectedly: ${String(error)}`),
    });
    const context = await options.browser.newContext({ storageState });
    await guardContext(context, server.origin, problems);
    const callsInFlight = new Set<Promise<unknown>>();
    await context.exposeBinding(RIG_TRANSPORT_BINDING, ({ frame }, channel: string, args: unknown) => {
      // After crash() the host is gone, and held saves never finish: such calls are never answered.
      if (dropped || (savesHeld && channel === 'saveDraft')) return new Promise<never>(() => undefined);
      const reply = router.dispatch(channel, frame.url(), args);
      callsInFlight.add(reply);
      void reply.finally(() => callsInFlight.delete(reply));
      return reply;
    });
    await context.addInitScript(
      ([name, folder]) => Object.defineProperty(window, name, { value: folder }),
      [RIG_DROP_FOLDER, dropFolder] as const,
    );
    await context.addInitScript({ content: bridge });
    page = await context.newPage();
    await followTheme((await services.settings.get()).settings.theme);
    watchPage(page, problems, expectedCspViolations);
    pageForEvents = page;
    await page.goto(`${server.origin}/`);
    return {
      context,
      page,
      services,
      dropCalls() {
        dropped = true;
      },
      holdSaves() {
        savesHeld = true;
      },
      /** Waits for the host calls the page had made, then writes what the host still has queued, as a quit does. */
      async settle() {
        await Promise.allSettled([...callsInFlight]);
        await services.flushWrites();
      },
    };
  }

  let current = await open();
  const app: CopydeskApp = {
    page: current.page,
    origin: server.origin,
    dataDir,
    ...folders,
    dialogs,
    externalOpened,
    clipboard,
    problems,
    expectCspViolation(pattern) {
      expectedCspViolations.push(pattern);
    },
    emitHostEvent: createHostEventSender((channel, payload) =>
      app.page.evaluate(
        ([deliver, eventChannel, eventPayload]) => (window as unknown as Record<string, (c: string, p: unknown) => void>)[deliver](eventChannel, eventPayload),
        [RIG_EVENT_DELIVERY, channel, payload] as const,
      ),
    ),
    hostEventsSent,
    dropFolder,
    async openFromOs(file) {
      const { article, compare } = await current.services.openDraftAtPath(file);
      await app.emitHostEvent('openDraftRequested', compare ? { draftId: article.id, compare } : { draftId: article.id });
    },
    assertNoProblems() {
      const report = describeProblems(problems);
      if (report) throw new Error(report);
    },
    async crash() {
      current.dropCalls();
      current.services.dispose();
      crashed = { storageState: await current.context.storageState() };
      await current.context.close(); // Playwright runs no beforeunload on context.close
    },
    holdSaves() {
      current.holdSaves();
    },
    async restart() {
      let storageState;
      if (crashed) {
        storageState = crashed.storageState;
        crashed = null;
      } else {
        storageState = await current.context.storageState();
        current.services.dispose();
        await current.context.close();
      }
      current = await open(storageState);
      app.page = current.page;
    },
    async close() {
      current.services.dispose();
      await current.context.close();
      await current.settle();
      await server.close();
    },
  };
  return app;
}
