import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ArticleLoadError, loadArticleText, serializeArticle } from '../../core/article/load-article';
import { HostError } from '../../core/host-api/contract';
import { createDraftStore } from './drafts/draft-store';
import { openExternalLink } from './external-links';
import { importImage } from './images/import-image';
import type { HostHandlers } from './ipc-router';
import { createPortableHandlers, type PortableDialogs } from './portable/portable-handlers';
import { createSessionState } from './session/session-state';
import type { HostFileSystem } from './storage/file-system';
import { createAutoSnapshots } from './versions/auto-snapshots';
import { createVersionHandlers } from './versions/version-handlers';
import { createVersionStore } from './versions/version-store';

export interface HostDialogs extends PortableDialogs {
  /** Absolute path of the image the user picked, or null when they cancelled. */
  pickImageFile(): Promise<string | null>;
  /** Absolute path of the draft file the user picked, or null when they cancelled. */
  pickDraftFile(): Promise<string | null>;
}

export interface HostDeps {
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
}

/** Every host call, implemented over injected folders, file system, dialogs and clock. Electron's main and the e2e rig both use this. */
export function createHostHandlers(deps: HostDeps): HostHandlers {
  const { fs, dialogs } = deps;
  const newId = deps.newId ?? randomUUID;
  const log = deps.log ?? console.warn;
  const drafts = createDraftStore({ fs, draftsFolder: deps.draftsFolder, log });
  const session = createSessionState({ fs, stateFolder: deps.stateFolder });
  const versions = createVersionStore({ fs, clock: deps.clock, draftFolder: (id) => path.join(deps.draftsFolder, id) });
  const autoSnapshots = createAutoSnapshots({ versions, clock: deps.clock, loadStored: (id) => drafts.load(id), log });

  return {
    getAppInfo: async () => ({ version: deps.appVersion, platform: deps.platform, draftsFolder: deps.draftsFolder }),

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
  };
}
