import { watch as watchFs } from 'node:fs';
import path from 'node:path';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';

/**
 * Watches one folder; `listener` gets the name of the entry that changed (null when the platform does
 * not say). Returns the stop function, or null when the folder cannot be watched (yet).
 */
export type WatchFolder = (folder: string, listener: (fileName: string | null) => void) => (() => void) | null;

export interface DiskWatchDeps {
  fs: Pick<HostFileSystem, 'readFile'>;
  watchFolder: WatchFolder;
  /** `<draftsFolder>/<id>/article.json` as it is now. */
  articleFile: (draftId: string) => string;
  /** Called once per foreign change (until it is resolved). */
  onForeignChange: (draftId: string) => void;
  /** Quiet time after the last event before the file is read (sync tools write in bursts). */
  settleMs?: number;
  setTimer?: (run: () => void, delayMs: number) => () => void;
}

export interface DiskWatch {
  /** Starts watching; for a draft whose folder does not exist yet, call again after its first save. */
  watch(draftId: string): void;
  unwatch(draftId: string): void;
  /** This app wrote or read `text` as the draft's file: seeing it on disk is not a foreign change. Remembered for watched drafts only. */
  noteOwn(draftId: string, text: string): void;
  /** True from a foreign change until resolve(). */
  hasConflict(draftId: string): boolean;
  resolve(draftId: string, textNowOnDisk: string | null): void;
  dispose(): void;
}

/** How many of our own recent texts to remember per draft: a write in flight and the one before it, with room to spare. */
const OWN_TEXTS_KEPT = 4;

function defaultSetTimer(run: () => void, delayMs: number): () => void {
  const timer = setTimeout(run, delayMs);
  timer.unref?.();
  return () => clearTimeout(timer);
}

/**
 * Notices when another program (a sync tool, an editor) changes a draft's file while it is open.
 * Watches the draft's folder rather than the file, because saves replace the file by rename. An
 * event is a foreign change only if the file's text is none of the texts this app recently wrote or
 * read, so our own atomic saves never raise it.
 */
export function createDiskWatch(deps: DiskWatchDeps): DiskWatch {
  const settleMs = deps.settleMs ?? 150;
  const setTimer = deps.setTimer ?? defaultSetTimer;
  /** Watched drafts; `stop` is null while the folder could not be watched yet. */
  const watchers = new Map<string, { stop: (() => void) | null; cancelCheck: (() => void) | null }>();
  const ownTexts = new Map<string, string[]>();
  const conflicts = new Set<string>();

  async function check(draftId: string): Promise<void> {
    if (conflicts.has(draftId) || !watchers.has(draftId)) return;
    let text: string | null;
    try {
      text = await deps.fs.readFile(deps.articleFile(draftId), 'utf8');
    } catch (error) {
      // Gone: moved to the trash by this app (which unwatches first) or deleted by something else.
      if (!isMissingFileError(error)) return;
      text = null;
    }
    if (text !== null && (ownTexts.get(draftId) ?? []).includes(text)) return;
    if (!watchers.has(draftId) || conflicts.has(draftId)) return;
    conflicts.add(draftId);
    deps.onForeignChange(draftId);
  }

  return {
    watch(draftId) {
      const existing = watchers.get(draftId);
      if (existing?.stop) return;
      const file = deps.articleFile(draftId);
      const entry = existing ?? { stop: null, cancelCheck: null };
      watchers.set(draftId, entry);
      entry.stop = deps.watchFolder(path.dirname(file), (fileName) => {
        if (fileName !== null && fileName !== path.basename(file)) return;
        entry.cancelCheck?.();
        entry.cancelCheck = setTimer(() => {
          entry.cancelCheck = null;
          void check(draftId);
        }, settleMs);
      });
    },

    unwatch(draftId) {
      const entry = watchers.get(draftId);
      entry?.cancelCheck?.();
      entry?.stop?.();
      watchers.delete(draftId);
      ownTexts.delete(draftId);
    },

    noteOwn(draftId, text) {
      if (!watchers.has(draftId)) return;
      const texts = ownTexts.get(draftId) ?? [];
      if (texts.at(-1) === text) return;
      texts.push(text);
      if (texts.length > OWN_TEXTS_KEPT) texts.shift();
      ownTexts.set(draftId, texts);
    },

    hasConflict: (draftId) => conflicts.has(draftId),

    resolve(draftId, textNowOnDisk) {
      conflicts.delete(draftId);
      if (textNowOnDisk !== null) this.noteOwn(draftId, textNowOnDisk);
    },


    dispose() {
      for (const draftId of [...watchers.keys()]) this.unwatch(draftId);
    },
  };
}

/** The real watcher: node's fs.watch on the folder, never keeping the process alive, silent when the folder goes away. */
export const watchFolderWithFs: WatchFolder = (folder, listener) => {
  try {
    const watcher = watchFs(folder, { persistent: false }, (_event, fileName) => listener(fileName === null ? null : String(fileName)));
    watcher.on('error', () => watcher.close());
    return () => watcher.close();
  } catch {
    return null; // folder not there yet (a draft never saved)
  }
};
