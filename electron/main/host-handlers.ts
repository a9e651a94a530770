import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Article } from '../../core/article/article-schema';
import { HostError, type HostEventName, type HostEventPayload, type SaveStatus } from '../../core/host-api/contract';
import { createDiskConflictHandlers } from './drafts/disk-conflict-handlers';
import { createDiskWatch, watchFolderWithFs, type WatchFolder } from './drafts/disk-watch';
import { createDraftStore } from './drafts/draft-store';
import { createDraftTrash } from './drafts/draft-trash';
import { createLibraryHandlers } from './drafts/library-handlers';
import { missingImageWarnings } from './drafts/read-draft-file';
import { createDraftsLocation } from './drafts/drafts-location';
import { exportDraft, type ExportDialogs } from './export/export-draft';
import { openExternalLink } from './external-links';
import { importImage, storeImageBytes } from './images/import-image';
import { importDraftFromFile } from './import/import-article-file';
import type { HostHandlers } from './ipc-router';
import { importArticleJsonFile, openDraftAtPath, openDroppedFile } from './os-open/open-draft-path';
import { createRecoveryHandlers } from './recovery/recovery-handlers';
import { createRecoveryStore } from './recovery/recovery-store';
import { createUnsavedText, type UnsavedText } from './lifecycle/unsaved-text';
import { createPortableHandlers, type PortableDialogs } from './portable/portable-handlers';
import { createIncomingCompares } from './review/incoming-compares';
import { createRoundTripHandlers, type RoundTripDialogs } from './review/round-trip-handlers';
import type { IncomingCompare } from './drafts/incoming-draft';
import { createSessionState } from './session/session-state';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';
import { createHouseStyleStore } from './style/house-style-store';
import type { SpellcheckInfo } from './spellcheck/spellcheck-languages';
import type { HostFileSystem } from './storage/file-system';
import { withFsErrorsInWords } from './host-call-errors';
import { fsReasonInWords } from './storage/describe-fs-error';
import { createAutoSnapshots } from './versions/auto-snapshots';
import { createVersionHandlers } from './versions/version-handlers';
import { createVersionStore } from './versions/version-store';

export interface HostDialogs extends PortableDialogs, RoundTripDialogs, Partial<ExportDialogs> {
  /** Absolute path of the image the user picked, or null when they cancelled. */
  pickImageFile(): Promise<string | null>;
  /** Absolute path of the draft file the user picked, or null when they cancelled. */
  pickDraftFile(): Promise<string | null>;
  /** Absolute path of the folder the user picked for the drafts library, or null when they cancelled. */
  pickDraftsFolder?(): Promise<string | null>;
  /** Absolute path of a wire story, HTML page or draft to import, or null when they cancelled. */
  pickImportFile?(): Promise<string | null>;
  /** Absolute path of a house style file to import, or null when they cancelled. */
  pickHouseStyleFile?(): Promise<string | null>;
  /** Where to write the exported house style, or null when they cancelled. */
  chooseHouseStyleDestination?(suggestedName: string): Promise<string | null>;
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
  /** Sends host events to the renderer (saveStatusChanged, draftChangedOnDisk). */
  emit?: <Name extends HostEventName>(name: Name, payload: HostEventPayload<Name>) => unknown;
  /** Watches a draft's folder for changes by other programs; fs.watch by default. */
  watchFolder?: WatchFolder;
  /** The renderer's flushDone call: it has saved after flushRequested (see lifecycle/close-guard). */
  onFlushDone?: () => void;
  /** Spelling languages on offer and in use (Electron's session); absent where the host has no spellchecker to configure. */
  spellcheck?: () => SpellcheckInfo;
  /** The system clipboard (Electron's clipboard.write); absent where there is none. */
  clipboard?: { write(data: { html: string; text: string }): Promise<void> | void };
}

/** The host calls, plus what Electron's main does outside them: opening files the OS hands over, reading settings. */
export interface HostServices {
  handlers: HostHandlers;
  /**
   * Brings a .copydesk file, article.json or draft folder into the library (command line, file manager,
   * Open Recent); `compare` when it is another copy of a library draft to compare (openDraftRequested carries it).
   */
  openDraftAtPath(file: string): Promise<{ article: Article; compare?: IncomingCompare }>;
  settings: SettingsStore;
  /** Tries every queued save and recovery copy now and resolves with the saves that still failed: before the app quits. */
  flushWrites(): Promise<unknown>;
  /** Before the app quits: drafts whose newest text is on disk nowhere, and saving them to a folder the user picks. */
  unsavedText: Pick<UnsavedText, 'lost' | 'saveElsewhere'>;
  /** Stops watching drafts' folders. */
  dispose(): void;
}

/** Calls that work without the drafts folder: settings, app info, links. Every other call first checks the folder is there. */
const WITHOUT_DRAFTS_FOLDER = new Set<string>(['getAppInfo', 'getSettings', 'updateSettings', 'getHouseStyle', 'saveHouseStyle', 'importHouseStyle', 'exportHouseStyle', 'chooseDraftsFolder', 'useDefaultDraftsFolder', 'openExternal', 'setAvailableCommands']);
// Crash recovery and closing must work even while the drafts folder is gone: they keep the text safe meanwhile.
for (const name of ['writeRecovery', 'clearRecovery', 'getSaveStatus', 'flushDone', 'unwatchDraft']) WITHOUT_DRAFTS_FOLDER.add(name);

/** Every host call, implemented over injected folders, file system, dialogs and clock. Electron's main and the e2e rig both use this. */
export function createHostHandlers(deps: HostDeps): HostHandlers {
  return createHostServices(deps).handlers;
}

export function createHostServices(deps: HostDeps): HostServices {
  const { fs, dialogs } = deps;
  const newId = deps.newId ?? randomUUID;
  const log = deps.log ?? console.warn;
  const settings = createSettingsStore({ fs, stateFolder: deps.stateFolder, clock: deps.clock });
  const houseStyle = createHouseStyleStore({ fs, stateFolder: deps.stateFolder, clock: deps.clock });
  const location = createDraftsLocation({ fs, defaultFolder: deps.draftsFolder, settings, onChanged: deps.onDraftsFolderChanged });
  const emit: NonNullable<HostDeps['emit']> = (name, payload) => {
    try {
      const sent = deps.emit?.(name, payload);
      if (sent instanceof Promise) sent.catch((error: unknown) => log(`Could not send ${name}: ${String(error)}`));
    } catch (error) {
      log(`Could not send ${name}: ${String(error)}`);
    }
  };
  const saveStatus = new Map<string, SaveStatus>();
  const reportSave = (status: SaveStatus) => {
    saveStatus.set(status.draftId, status);
    emit('saveStatusChanged', status);
  };
  const lastSavedAt = (draftId: string) => {
    const status = saveStatus.get(draftId);
    return status?.state === 'saved' ? status.savedAt : (status?.lastSavedAt ?? null);
  };
  /** The article this run last saved or loaded per draft, for compareWithDisk. */
  const lastSaved = new Map<string, Article>();
  const drafts = createDraftStore({
    fs,
    draftsFolder: location.current,
    log,
    clock: deps.clock,
    indexFile: path.join(deps.stateFolder, 'library-index.json'),
    onSaved: (draftId, savedAt) => reportSave({ draftId, state: 'saved', savedAt: savedAt.toISOString() }),
    onSaveFailed: (draftId, error, retryInMs) => reportSave({ draftId, state: 'failed', message: error.message, retryInMs, lastSavedAt: lastSavedAt(draftId) }),
    onOwnText: (draftId, text) => diskWatch.noteOwn(draftId, text),
  });
  const diskWatch = createDiskWatch({
    fs,
    watchFolder: deps.watchFolder ?? watchFolderWithFs,
    articleFile: drafts.articleFile,
    onForeignChange: (draftId) => emit('draftChangedOnDisk', { draftId }),
  });
  /** The draft open in the window, watched for changes by other programs (loading or saving another switches). */
  let openDraftId: string | null = null;
  const openDraft = (draftId: string) => {
    if (openDraftId !== null && openDraftId !== draftId) diskWatch.unwatch(openDraftId);
    openDraftId = draftId;
    diskWatch.watch(draftId); // again after a first save: the folder exists only then
  };
  const recovery = createRecoveryStore({ fs, stateFolder: deps.stateFolder, clock: deps.clock, log });
  const unsaved = createUnsavedText({ fs, drafts, recovery, clock: deps.clock });
  const trash = createDraftTrash({ fs, libraryFolder: location.current, clock: deps.clock });
  const session = createSessionState({ fs, stateFolder: deps.stateFolder });
  /** Which draft to reopen is a comfort: failing to note it (a full disk) must not fail the save or open it came with. */
  const rememberDraft = (id: string) =>
    session.rememberDraft(id).catch((error: unknown) => log(`Could not note draft ${id} to reopen next time: ${fsReasonInWords(error)}`));
  const versions = createVersionStore({
    fs,
    clock: deps.clock,
    draftFolder: (id) => path.join(location.current(), id),
    // A hand-off's version is the base the other copy compares against: never pruned.
    pinned: async (id) => new Set((await drafts.load(id)).review.handoffs.map((handoff) => handoff.versionId)),
  });
  const recoveryHandlers = createRecoveryHandlers({ recovery, drafts, versions, log });
  const autoSnapshots = createAutoSnapshots({ versions, clock: deps.clock, loadStored: (id) => drafts.load(id), log });

  /** A save the size rule refused: the text goes to the recovery store so it survives until the reporter shortens it. */
  const keepTooLargeInRecovery = async (error: unknown, article: Article, revision: number | undefined): Promise<never> => {
    if (!(error instanceof HostError && error.code === 'too-large')) throw error;
    const kept = await recovery.write(article.id, article, revision ?? 0).then(
      () => 'Your text is kept as a recovery copy; shorten the article and save again.',
      (failure: unknown) => `The recovery copy could not be written either (${failure instanceof Error ? failure.message : String(failure)}): keep the window open and shorten the article.`,
    );
    throw new HostError('too-large', `${error.message} ${kept}`);
  };

  const openDeps = { fs, drafts, versions, incoming: createIncomingCompares(), createdBy: `Copydesk ${deps.appVersion}`, newId };

  const pickImage = async ({ draftId }: { draftId: string }) => {
    const file = await dialogs.pickImageFile();
    return file === null ? null : importImage(fs, file, drafts.assetsFolder(draftId));
  };

  const handlers: HostHandlers = {
    getAppInfo: async () => ({ version: deps.appVersion, platform: deps.platform, draftsFolder: location.current() }),

    listDrafts: () => drafts.list(),

    async loadDraft({ id }) {
      // Watched before reading, so the text read is known as ours; a draft that fails to open leaves the previous one open.
      const previous = openDraftId;
      openDraft(id);
      let article;
      try {
        article = await drafts.load(id);
      } catch (error) {
        if (previous !== null && previous !== id) openDraft(previous);
        throw error;
      }
      diskWatch.resolve(id, null); // what is on disk now is what the window shows
      await rememberDraft(id);
      lastSaved.set(id, article);
      const warnings = await missingImageWarnings(fs, drafts.draftFolder(id), article);
      return warnings.length > 0 ? { article, warnings } : { article };
    },

    async saveDraft({ article, revision }) {
      if (diskWatch.hasConflict(article.id)) {
        throw new HostError(
          'conflict',
          `${drafts.articleFile(article.id)} was changed by another program since Copydesk last saved it. Nothing was overwritten: reload it, keep yours (theirs is kept as a version), or compare.`,
        );
      }
      openDraft(article.id); // before the save, so the watcher knows this text as ours
      const saved = unsaved.received(article);
      await autoSnapshots.beforeSave(article);
      await drafts.save(article).catch((error: unknown) => keepTooLargeInRecovery(error, article, revision));
      saved();
      lastSaved.set(article.id, article);
      openDraft(article.id);
      await rememberDraft(article.id);
      // The draft is saved: a recovery copy that could not be removed is dropped as matching on the next start.
      if (revision !== undefined) await recovery.savedUpTo(article.id, revision).catch((error: unknown) => log(`Could not remove the recovery copy of ${article.id}: ${fsReasonInWords(error)}`));
      return { savedAt: lastSavedAt(article.id) ?? deps.clock().toISOString() };
    },

    getSaveStatus: async ({ draftId }) => saveStatus.get(draftId) ?? null,

    ...recoveryHandlers,

    async writeRecovery(args) {
      const kept = unsaved.received({ ...args.article, id: args.draftId });
      const result = await recoveryHandlers.writeRecovery(args);
      kept();
      return result;
    },

    ...createLibraryHandlers({
      fs,
      drafts,
      trash,
      clock: deps.clock,
      newId,
      beforeDelete: (id) => {
        diskWatch.unwatch(id);
        unsaved.forget(id);
      },
    }),

    ...createDiskConflictHandlers({ fs, drafts, versions, watch: diskWatch, lastSaved: (id) => lastSaved.get(id) ?? null }),

    flushDone: async () => {
      deps.onFlushDone?.();
      return {};
    },

    async openDraftFile() {
      const file = await dialogs.pickDraftFile();
      if (file === null) return null;
      const { article, compare } = await importArticleJsonFile(openDeps, file);
      await rememberDraft(article.id);
      return compare ? { article, compare } : { article };
    },

    async getLastSession() {
      const { lastDraftId } = await session.read();
      return { draftId: lastDraftId && (await drafts.exists(lastDraftId)) ? lastDraftId : null };
    },

    pickLeadImage: pickImage,
    pickBodyImage: pickImage,

    storeImage: ({ draftId, bytes, name }) => storeImageBytes(fs, bytes, name?.trim() || 'The pasted image', drafts.assetsFolder(draftId)),

    openExternal: ({ url }) => openExternalLink(url, deps.openExternal),

    // Only the native shell has menus to show them in (native-shell.ts wraps this).
    setAvailableCommands: async () => ({}),

    ...createVersionHandlers({ drafts, versions, log, onRestored: autoSnapshots.afterRestore }),
    ...createPortableHandlers({ ...openDeps, dialogs }),
    ...createRoundTripHandlers({ ...openDeps, dialogs, clock: deps.clock, onSaved: autoSnapshots.afterRestore }),

    getSettings: () => settings.get(),

    updateSettings: async (patch) => ({ settings: await settings.update(patch) }),

    getHouseStyle: () => houseStyle.get(),

    saveHouseStyle: ({ style }) => houseStyle.save(style),

    async importHouseStyle() {
      const file = (await dialogs.pickHouseStyleFile?.()) ?? null;
      return file === null ? null : houseStyle.importFrom(file);
    },

    async exportHouseStyle() {
      const { style } = await houseStyle.get();
      const file = (await dialogs.chooseHouseStyleDestination?.(`${style.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'House style'}.json`)) ?? null;
      if (file === null) return null;
      await houseStyle.exportTo(file);
      return { file };
    },

    async chooseDraftsFolder() {
      const folder = (await dialogs.pickDraftsFolder?.()) ?? null;
      return folder === null ? null : { draftsFolder: await location.use(folder) };
    },

    useDefaultDraftsFolder: async () => ({ draftsFolder: await location.use(null) }),

    async openDroppedFile({ path: file, draftId }) {
      const result = await openDroppedFile(openDeps, file, draftId);
      if (result.kind === 'draft') await rememberDraft(result.article.id);
      return result;
    },

    getSpellcheckLanguages: async () => deps.spellcheck?.() ?? { available: [], chosen: [], managedByOs: false },

    exportDraft: ({ draftId, format, images }) =>
      exportDraft(
        {
          fs,
          drafts,
          dialogs: { chooseExportDestination: async (name, chosen) => (await dialogs.chooseExportDestination?.(name, chosen)) ?? null },
          afterExport: (article) => autoSnapshots.afterExport(article),
        },
        draftId,
        format,
        { images },
      ),

    async writeClipboard(data) {
      if (!deps.clipboard) throw new HostError('internal', 'This Copydesk has no clipboard to write to.');
      await deps.clipboard.write(data);
      return {};
    },

    async importArticleFile() {
      const file = (await dialogs.pickImportFile?.()) ?? null;
      if (file === null) return null;
      const imported = await importDraftFromFile({ fs, drafts, newId, clock: deps.clock }, file);
      await rememberDraft(imported.article.id);
      return imported;
    },
  };

  const guarded = guardDraftsFolder(handlers, location);
  return {
    handlers: guarded,
    openDraftAtPath: (file) =>
      withFsErrorsInWords('openDroppedFile', async () => {
        await location.ready();
        await location.ensureAvailable();
        const { article, notes, compare } = await openDraftAtPath(openDeps, file);
        for (const note of notes) log(note);
        await rememberDraft(article.id);
        return compare ? { article, compare } : { article };
      }),
    settings,
    async flushWrites() {
      const failed = await drafts.flush();
      await recovery.flush();
      return failed;
    },
    unsavedText: unsaved,
    dispose: () => diskWatch.dispose(),
  };
}

/**
 * Runs every call after the settings are read, and every call that needs the drafts folder after
 * checking it is there; a raw file-system error from any call reaches the user in words.
 */
function guardDraftsFolder(handlers: HostHandlers, location: ReturnType<typeof createDraftsLocation>): HostHandlers {
  const guarded: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (args: unknown) => Promise<unknown>][]) {
    guarded[name] = (args) =>
      withFsErrorsInWords(name, async () => {
        await location.ready();
        if (!WITHOUT_DRAFTS_FOLDER.has(name)) await location.ensureAvailable();
        return handler(args);
      });
  }
  return guarded as HostHandlers;
}
