import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ArticleLoadError, loadArticleText, serializeArticle } from '../../core/article/load-article';
import { HostError } from '../../core/host-api/contract';
import { createDraftStore } from './drafts/draft-store';
import { createDraftsLocation } from './drafts/drafts-location';
import { openExternalLink } from './external-links';
import { importImage } from './images/import-image';
import type { HostHandlers } from './ipc-router';
import { createPortableHandlers, type PortableDialogs } from './portable/portable-handlers';
import { createSessionState } from './session/session-state';
import { createSettingsStore } from './settings/settings-store';
import type { HostFileSystem } from './storage/file-system';
import { createAutoSnapshots } from './versions/auto-snapshots';
import { createVersionHandlers } from './versions/version-handlers';
import { createVersionStore } from './versions/version-store';

export interface HostDialogs extends PortableDialogs {
  /** Absolute path of the image the user picked, or null when they cancelled. */
  pickImageFile(): Promise<string | null>;
  /** Absolute path of the draft file the user picked, or null when they cancelled. */
  pickDraftFile(): Promise<string | null>;
  /** Absolute path of the folder the user picked for the drafts library, or null when they cancelled. */
  pickDraftsFolder?(): Promise<string | null>;
}

export interface HostDeps {
  /** The default drafts folder; the user may choose another in settings. */
  draftsFolder: string;
  stateFolder: string;
  fs: HostFileSystem;
  dialogs: HostDialogs;
  clock: () => Date;
  openExternal: (url: string) => Promise<void>;
  appVersion: string;
  platform: string;
  newId?: () => string;
  log?: (message: string) => void;
  /** Told when the library moves to another folder (the app's asset route must follow). */
  onDraftsFolderChanged?: (folder: string) => void;
}

/** Calls that work without the drafts folder: settings, app info, links. Every other call first checks the folder is there. */
const WITHOUT_DRAFTS_FOLDER = new Set<string>(['getAppInfo', 'getSettings', 'updateSettings', 'chooseDraftsFolder', 'useDefaultDraftsFolder', 'openExternal']);

/** Every host call, implemented over injected folders, file system, dialogs and clock. Electron's main and the e2e rig both use this. */
export function createHostHandlers(deps: HostDeps): HostHandlers {
  const { fs, dialogs } = deps;
  const newId = deps.newId ?? randomUUID;
  const log = deps.log ?? console.warn;
  const settings = createSettingsStore({ fs, stateFolder: deps.stateFolder, clock: deps.clock });
  const location = createDraftsLocation({ fs, defaultFolder: deps.draftsFolder, settings, onChanged: deps.onDraftsFolderChanged });
  const drafts = createDraftStore({ fs, draftsFolder: location.current, log });
  const session = createSessionState({ fs, stateFolder: deps.stateFolder });
  const versions = createVersionStore({ fs, clock: deps.clock, draftFolder: (id) => path.join(location.current(), id) });
  const autoSnapshots = createAutoSnapshots({ versions, clock: deps.clock, loadStored: (id) => drafts.load(id), log });

  const handlers: HostHandlers = {
    getAppInfo: async () => ({ version: deps.appVersion, platform: deps.platform, draftsFolder: location.current() }),

    listDrafts: () => drafts.list(),

    async loadDraft({ id }) {
      const article = await drafts.load(id);
      await session.rememberDraft(id);
      return { article };
    },

    async saveDraft({ article }) {
      await autoSnapshots.beforeSave(article);
      await drafts.save(article);
      await session.rememberDraft(article.id);
      return { savedAt: deps.clock().toISOString() };
    },

    async openDraftFile() {
      const file = await dialogs.pickDraftFile();
      if (file === null) return null;
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        throw new HostError('bad-file', `Could not read “${path.basename(file)}”: ${error instanceof Error ? error.message : String(error)}`);
      }
      let article;
      try {
        article = loadArticleText(text, file).article;
      } catch (error) {
        if (error instanceof ArticleLoadError) throw new HostError('bad-file', error.message);
        throw error;
      }
      // A different draft with the same id is already in the library: keep both rather than overwrite it.
      if (await drafts.exists(article.id)) {
        const stored = await drafts.load(article.id).catch(() => null);
        if (!stored || serializeArticle(stored) !== serializeArticle(article)) article = { ...article, id: newId() };
      }
      await drafts.save(article);
      await session.rememberDraft(article.id);
      return { article };
    },

    async getLastSession() {
      const { lastDraftId } = await session.read();
      return { draftId: lastDraftId && (await drafts.exists(lastDraftId)) ? lastDraftId : null };
    },

    async pickLeadImage({ draftId }) {
      const file = await dialogs.pickImageFile();
      if (file === null) return null;
      return importImage(fs, file, drafts.assetsFolder(draftId));
    },

    openExternal: ({ url }) => openExternalLink(url, deps.openExternal),

    ...createVersionHandlers({ drafts, versions, log, onRestored: autoSnapshots.afterRestore }),
    ...createPortableHandlers({ fs, drafts, dialogs, createdBy: `Copydesk ${deps.appVersion}`, newId }),

    getSettings: () => settings.get(),

    updateSettings: async (patch) => ({ settings: await settings.update(patch) }),

    async chooseDraftsFolder() {
      const folder = (await dialogs.pickDraftsFolder?.()) ?? null;
      return folder === null ? null : { draftsFolder: await location.use(folder) };
    },

    useDefaultDraftsFolder: async () => ({ draftsFolder: await location.use(null) }),
  };

  return guardDraftsFolder(handlers, location);
}

/** Runs every call after the settings are read, and every call that needs the drafts folder after checking it is there. */
function guardDraftsFolder(handlers: HostHandlers, location: ReturnType<typeof createDraftsLocation>): HostHandlers {
  const guarded: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (args: unknown) => Promise<unknown>][]) {
    guarded[name] = async (args) => {
      await location.ready();
      if (!WITHOUT_DRAFTS_FOLDER.has(name)) await location.ensureAvailable();
      return handler(args);
    };
  }
  return guarded as HostHandlers;
}
